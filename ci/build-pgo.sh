#!/usr/bin/env bash
# Builds ferropy's `dist` profile with profile-guided optimisation, as
# CPython's release builds are (`--enable-optimizations`): an instrumented
# build runs the differential corpus (tests/programs, both modes: the
# training set is the test suite, never the benchmarks), then the final
# build is optimised with the profile it recorded. Prints the binary's path.
#
# Needs llvm-profdata matching rustc's LLVM (rustup's `llvm-tools`, added
# here when rustup is present); without it, prints a note on stderr and
# builds the plain `dist` binary instead.
#
# Output: target/pgo/dist/ferropy (instrumented build in target/pgo-gen, the
# profile in target/pgo-data), apart from target/dist so that switching
# RUSTFLAGS never rebuilds the ordinary profiles.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

host=$(rustc -vV | sed -n 's/^host: //p')
profdata="$(rustc --print sysroot)/lib/rustlib/$host/bin/llvm-profdata"
if [ ! -x "$profdata" ] && command -v rustup >/dev/null; then
  rustup component add llvm-tools >&2 || true
fi
if [ ! -x "$profdata" ]; then
  echo "build-pgo: no llvm-profdata (rustup component llvm-tools); building without PGO" >&2
  cargo build --profile dist --quiet --bin ferropy >&2
  echo "$root/target/dist/ferropy"
  exit 0
fi

data=$root/target/pgo-data
rm -rf "$data"
mkdir -p "$data"
RUSTFLAGS="-Cprofile-generate=$data" CARGO_TARGET_DIR=$root/target/pgo-gen \
  cargo build --profile dist --quiet --bin ferropy >&2

# Training: every corpus program once in each mode, in its own directory as
# the corpus test runs it (outputs are not checked here).
instrumented=$root/target/pgo-gen/dist/ferropy
cd "$root/tests/programs"
grep -v '^#' PASSING | while read -r program; do
  [ -n "$program" ] || continue
  for mode in "" "-X gil=1"; do
    # shellcheck disable=SC2086
    (cd "$(dirname "$program")" &&
      PYTHONHASHSEED=0 timeout 30 "$instrumented" $mode "$(basename "$program")" \
        </dev/null >/dev/null 2>&1) || true
  done
done
cd "$root"

"$profdata" merge -o "$data/merged.profdata" "$data"/*.profraw
RUSTFLAGS="-Cprofile-use=$data/merged.profdata" CARGO_TARGET_DIR=$root/target/pgo \
  cargo build --profile dist --quiet --bin ferropy >&2
echo "$root/target/pgo/dist/ferropy"
