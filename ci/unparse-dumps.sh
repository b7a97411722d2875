#!/usr/bin/env bash
# Prints the directory of the `from __future__ import annotations` strings of
# every annotation in CPython 3.14's Lib, one <dir>/python3.14/<path>.out per
# file (format: ci/unparse_reference.py), making them if missing or stale (see
# ci/reference-data.sh).
exec "$(dirname "$0")/reference-data.sh" ref-unparse unparse_reference.py
