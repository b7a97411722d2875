#!/usr/bin/env bash
# Prints the directory $FERROPY_CACHE/NAME (default cache: .cache) holding what
# `python3.14 ci/SCRIPT DIR LIB` writes when run under the reference interpreter
# over its own Lib, making it if missing or stale. It is keyed on the
# reference's version, SCRIPT and ci/reference_runner.py (the driver the
# *_reference.py scripts share), and made under a lock, so tests
# running at once wait for one another instead of generating twice.
#   ci/reference-data.sh NAME SCRIPT
set -euo pipefail

name=$1 script=$2
ci=$(cd "$(dirname "$0")" && pwd)
cache=${FERROPY_CACHE:-$(dirname "$ci")/.cache}
out=$cache/$name
python=$("$ci/fetch-cpython.sh")
lib=$("$ci/cpython-lib.sh")
key=$({ "$python" -c 'import sys; print(sys.version)'; cat "$ci/$script" "$ci/reference_runner.py"; } | sha256sum | cut -d' ' -f1)

mkdir -p "$cache"
exec 9>"$cache/$name.lock"
flock 9
if [ "$(cat "$out/.key" 2>/dev/null)" != "$key" ]; then
  echo "making $out with $script over $lib" >&2
  rm -rf "$out" "$out.tmp"
  "$python" "$ci/$script" "$out.tmp" "$lib"
  echo "$key" >"$out.tmp/.key"
  mv "$out.tmp" "$out"
fi
echo "$out"
