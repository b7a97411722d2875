#!/usr/bin/env bash
# Prints the directory of CPython 3.14's Lib (the reference interpreter's stdlib
# and test suite), fetching the interpreter first if needed (ci/fetch-cpython.sh).
set -euo pipefail

python=$("$(dirname "$0")/fetch-cpython.sh")
"$python" -c 'import os; print(os.path.dirname(os.__file__))'
