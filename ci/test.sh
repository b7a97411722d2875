#!/usr/bin/env bash
# Runs every check CI runs, doing all setup itself (CPython 3.14 and the
# reference data are fetched or made into .cache when missing or stale; the
# tests would make them too, these steps only time them apart):
# formatting, clippy, the workspace's tests (release profile: the Lib-wide AST
# test parses 54 MB), a short fuzz run of the frontend and one of the
# interpreter (mutated corpus programs: no panic, no crash). Prints a summary; exits 1 if any step failed.
#   FUZZ_SECONDS     length of the frontend fuzz run (default 60)
#   FUZZ_VM_SECONDS  length of the interpreter fuzz run (default 60)
set -uo pipefail
cd "$(dirname "$0")/.."

results=()
failed=0
step() {
  local name=$1 start=$SECONDS
  shift
  echo "=== $name: $*"
  if "$@"; then
    results+=("ok    $name ($((SECONDS - start)) s)")
  else
    results+=("FAIL  $name ($((SECONDS - start)) s)")
    failed=1
  fi
}

if ! cargo fmt --version >/dev/null 2>&1 || ! cargo clippy --version >/dev/null 2>&1; then
  step "rust components" rustup component add rustfmt clippy
fi
step "fetch CPython 3.14" ci/fetch-cpython.sh
step "reference AST dumps" ci/reference-dumps.sh
step "reference token dumps" ci/token-dumps.sh
step "reference literal data" ci/literal-data.sh
step "reference symbol tables" ci/symtable-dumps.sh
step "reference str cases" ci/text-data.sh
step "reference number cases" ci/num-data.sh
step "cargo fmt" cargo fmt --all --check
step "cargo clippy" cargo clippy --workspace --all-targets -- -D warnings
step "cargo test" cargo test --workspace --release --no-fail-fast
step "loom models" env RUSTFLAGS="--cfg loom" CARGO_TARGET_DIR=target/loom cargo test -p loom-tests --release
step "fuzz" cargo run --release -p compiler --example fuzz -- --seconds "${FUZZ_SECONDS:-60}"
step "fuzz vm" python3 ci/fuzz_vm.py --seconds "${FUZZ_VM_SECONDS:-60}"

echo
echo "=== summary"
printf '%s\n' "${results[@]}"
if [ "$failed" = 0 ]; then echo "all passed"; else echo "FAILED"; fi
exit "$failed"
