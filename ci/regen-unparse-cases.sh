#!/usr/bin/env bash
# Regenerates the expected outputs of compiler/tests/unparse_cases: NAME.out
# beside each NAME.py, the strings CPython 3.14 makes of its annotations
# (format: ci/unparse_reference.py). Review the diff before committing.
set -euo pipefail

ci=$(cd "$(dirname "$0")" && pwd)
python=$("$ci/fetch-cpython.sh")
"$python" "$ci/unparse_reference.py" --beside "$(dirname "$ci")/compiler/tests/unparse_cases"
