#!/usr/bin/env bash
# Prints the directory of CPython 3.14's code object summaries of its own Lib,
# one <dir>/python3.14/<path>.out per file (format: ci/code_reference.py),
# making them if missing or stale (see ci/reference-data.sh).
exec "$(dirname "$0")/reference-data.sh" ref-code code_reference.py
