#!/usr/bin/env bash
# Records the expected output of the differential corpus tests/programs/ from the
# reference CPython 3.14: for every program AREA/NAME.py (not mod_*.py, nothing under
# a pkg_* directory) NAME.expected gets its stdout and NAME.status its exit status
# (only when not 0). Each runs in its own directory with PYTHONHASHSEED=0, stdin
# from /dev/null and a 30 s timeout. Stale .expected/.status files are removed.
# Review the result with `git diff tests/programs`; see tests/programs.rs.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
programs=$root/tests/programs
python=$("$root/ci/fetch-cpython.sh")

find "$programs" \( -name '*.expected' -o -name '*.status' \) -type f | while read -r out; do
  [ -f "${out%.*}.py" ] || rm -v -- "$out"
done
find "$programs" -name '*.py' -not -name 'mod_*' -not -path '*/pkg_*' -type f | sort | while read -r prog; do
  dir=$(dirname "$prog")
  name=$(basename "$prog" .py)
  status=0
  (cd "$dir" && PYTHONHASHSEED=0 PYTHONDONTWRITEBYTECODE=1 timeout 30 "$python" -X utf8 "$name.py" </dev/null >"$name.expected" 2>/dev/null) || status=$?
  if [ "$status" = 0 ]; then
    rm -f "$dir/$name.status"
  else
    echo "$status" >"$dir/$name.status"
  fi
  if [ "$status" = 124 ]; then echo "timed out: ${prog#"$programs"/}" >&2; fi
done
