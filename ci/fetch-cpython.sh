#!/usr/bin/env bash
# Makes a CPython 3.14 reference interpreter and its Lib available to the project.
#
# Prints the path of a runnable `python3.14` wrapper on stdout. Uses, in order:
#   1. $FERROPY_REF_PYTHON if set,
#   2. a cached copy in .cache/cpython (made by an earlier run of this script),
#   3. a fresh download of Debian unstable's python3.14 packages (and the shared
#      libraries they load), extracted into .cache/cpython.
# Debian's binary needs unstable's libc, so the wrapper runs it through the
# extracted dynamic loader with --library-path. Nothing here touches the system's
# apt state: lists and downloads live under the cache folder.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cache=${FERROPY_CACHE:-$root/.cache}/cpython
wrapper=$cache/bin/python3.14

if [ -n "${FERROPY_REF_PYTHON:-}" ]; then
  echo "$FERROPY_REF_PYTHON"
  exit 0
fi
# Tests running at once wait for one fetch instead of undoing one another's.
mkdir -p "$(dirname "$cache")"
exec 9>"$cache.lock"
flock 9
if [ -x "$wrapper" ] && [ -f "$cache/.complete" ]; then
  echo "$wrapper"
  exit 0
fi

echo "fetching CPython 3.14 from Debian unstable into $cache" >&2
rm -rf "$cache"
apt_dir=$cache/apt
mkdir -p "$apt_dir/lists/partial" "$apt_dir/archives/partial" "$cache/root" "$cache/bin"
echo 'deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian unstable main' \
  >"$apt_dir/sources.list"
apt_opts=(
  -q
  -oDir::Etc::SourceList="$apt_dir/sources.list"
  -oDir::Etc::SourceParts=/dev/null
  -oDir::State::Lists="$apt_dir/lists"
  -oDir::Cache="$apt_dir"
  -oDir::Cache::archives="$apt_dir/archives"
  -oAPT::Get::List-Cleanup=0
  -oDebug::NoLocking=1
)
apt-get "${apt_opts[@]}" update >&2

packages=(
  python3.14 python3.14-minimal libpython3.14-minimal libpython3.14-stdlib libpython3.14-testsuite
  libc6 libexpat1 zlib1g libssl3t64 libbz2-1.0 libffi8 liblzma5 libncursesw6 libreadline8t64
  libsqlite3-0 libtinfo6 libuuid1 libzstd1 libmpdec4 libdb5.3t64 libgdbm6t64 media-types
)
(cd "$apt_dir/archives" && apt-get "${apt_opts[@]}" download "${packages[@]}" >&2)
for deb in "$apt_dir"/archives/*.deb; do
  dpkg-deb -x "$deb" "$cache/root"
done
rm -rf "$apt_dir"

loader=$cache/root/usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2
[ -e "$loader" ] || loader=$cache/root/lib64/ld-linux-x86-64.so.2
libpath=$cache/root/usr/lib/x86_64-linux-gnu:$cache/root/lib/x86_64-linux-gnu
cat >"$wrapper" <<WRAP
#!/bin/sh
# CPython 3.14 from Debian unstable, run through its own libc (made by ci/fetch-cpython.sh).
PYTHONHOME="$cache/root/usr" exec "$loader" --library-path "$libpath" "$cache/root/usr/bin/python3.14" "\$@"
WRAP
chmod +x "$wrapper"
"$wrapper" -c 'import sys, ast; assert sys.version_info[:2] == (3, 14), sys.version' >&2
touch "$cache/.complete"
echo "$wrapper"
