#!/usr/bin/env bash
# Regenerates the expected outputs of compiler/tests/symtable_cases: NAME.out
# beside each NAME.py, as CPython 3.14's symbol table prints (format:
# ci/symtable_reference.py). Review the diff before committing.
set -euo pipefail

ci=$(cd "$(dirname "$0")" && pwd)
python=$("$ci/fetch-cpython.sh")
"$python" "$ci/symtable_reference.py" --beside "$(dirname "$ci")/compiler/tests/symtable_cases"
