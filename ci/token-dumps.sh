#!/usr/bin/env bash
# Prints the directory of the tokens CPython 3.14's tokenizer gives for its own
# Lib, one <dir>/python3.14/<path>.tokens per file (format:
# ci/token_reference.py), making them if missing or stale (see ci/reference-data.sh).
exec "$(dirname "$0")/reference-data.sh" ref-tokens token_reference.py
