#!/usr/bin/env bash
# Builds ferropy (release), prints the AST of one Lib file next to CPython's
# verdict on it, then parses all of CPython 3.14's Lib with --parse-only and
# reports the time and throughput.
set -euo pipefail
cd "$(dirname "$0")/.."

cargo build --release --quiet
ferropy=target/release/ferropy
python=$(ci/fetch-cpython.sh)
lib=$(ci/cpython-lib.sh)

file=$lib/__hello__.py
echo "== ferropy --dump-ast $file"
actual=$("$ferropy" --dump-ast "$file")
echo "$actual"
expected=$("$python" -c 'import ast, sys; print(ast.dump(ast.parse(open(sys.argv[1], "rb").read(), sys.argv[1]), include_attributes=True))' "$file")
if [ "$expected" = "$actual" ]; then echo "(identical to CPython 3.14's ast.dump)"; else echo "(DIFFERS from CPython 3.14's ast.dump)"; fi

mapfile -d '' files < <(find "$lib" -name '*.py' -type f -print0 | sort -z)
bytes=$(cat "${files[@]}" | wc -c)
echo
echo "== ferropy --parse-only: all ${#files[@]} files of $lib ($((bytes / 1000000)) MB)"
start=$(date +%s%N)
status=0
"$ferropy" --parse-only "${files[@]}" || status=$?
ns=$(($(date +%s%N) - start))
echo "exit status $status (1: some files are rejected, as CPython rejects them)"
awk -v ns="$ns" -v b="$bytes" 'BEGIN { printf "%.3f s, %.1f MB/s\n", ns / 1e9, b / 1e6 / (ns / 1e9) }'
