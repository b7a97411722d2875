#!/usr/bin/env bash
# Prints the directory of CPython 3.14's symbol tables of its own Lib, one
# <dir>/python3.14/<path>.out per file (format: ci/symtable_reference.py), making them
# if missing or stale. They are keyed on the reference's version and on
# symtable_reference.py itself, and kept in $FERROPY_CACHE/ref-symtable (default .cache).
set -euo pipefail

ci=$(cd "$(dirname "$0")" && pwd)
cache=${FERROPY_CACHE:-$(dirname "$ci")/.cache}
dumps=$cache/ref-symtable
python=$("$ci/fetch-cpython.sh")
lib=$("$ci/cpython-lib.sh")
key=$({ "$python" -c 'import sys; print(sys.version)'; cat "$ci/symtable_reference.py"; } | sha256sum | cut -d' ' -f1)

mkdir -p "$cache"
exec 9>"$cache/ref-symtable.lock"
flock 9
if [ "$(cat "$dumps/.key" 2>/dev/null)" != "$key" ]; then
  echo "making CPython's reference symbol tables of $lib in $dumps" >&2
  rm -rf "$dumps" "$dumps.tmp"
  "$python" "$ci/symtable_reference.py" "$dumps.tmp" "$lib"
  echo "$key" >"$dumps.tmp/.key"
  mv "$dumps.tmp" "$dumps"
fi
echo "$dumps"
