#!/usr/bin/env bash
# Builds ferropy (the `dist` profile: release with LTO) and runs the parallel demo (ci/demo_parallel.py:
# the same CPU-bound work on 1 thread and on N threads) free-threaded, then
# in GIL-emulation mode, then under CPython 3.14 (fetched from Debian's
# archive into .cache if missing) for comparison.
#   THREADS   threads to use (default: the number of cores)
set -euo pipefail
cd "$(dirname "$0")/.."

cargo build --profile dist --quiet --bin ferropy
ferropy=target/dist/ferropy
python=$(ci/fetch-cpython.sh)
threads=${THREADS:-$(nproc)}

"$ferropy" ci/demo_parallel.py "$threads"
"$ferropy" -X gil=1 ci/demo_parallel.py "$threads"
"$python" ci/demo_parallel.py "$threads"
