#!/usr/bin/env bash
# Regenerates the frontend test corpus's expectations from the reference CPython 3.14:
# every compiler/tests/data/**/NAME.py gets NAME.out beside it (exit status, then the
# AST dump or the error line), and .out files whose NAME.py is gone are removed.
# Review the result with `git diff compiler/tests/data`.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
data=$root/compiler/tests/data
python=$("$root/ci/fetch-cpython.sh")

find "$data" -name '*.out' -type f | while read -r out; do
  [ -f "${out%.out}.py" ] || rm -v -- "$out"
done
"$python" "$root/ci/ast_reference.py" --beside "$data"
