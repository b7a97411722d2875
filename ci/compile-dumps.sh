#!/usr/bin/env bash
# Prints the directory of CPython 3.14's compile() results for its own Lib, one
# <dir>/python3.14/<path>.out per file (format: ci/compile_reference.py),
# making them if missing or stale (see ci/reference-data.sh).
exec "$(dirname "$0")/reference-data.sh" ref-compile compile_reference.py
