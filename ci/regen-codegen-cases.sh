#!/usr/bin/env bash
# Rewrites the expected results (NAME.out beside NAME.py) of the compile-time
# error corpus in compiler/tests/codegen_cases/errors with what CPython 3.14's
# compile() says (format: ci/compile_reference.py).
set -euo pipefail
ci=$(cd "$(dirname "$0")" && pwd)
python=$("$ci/fetch-cpython.sh")
exec "$python" "$ci/compile_reference.py" --beside "$(dirname "$ci")/compiler/tests/codegen_cases/errors"
