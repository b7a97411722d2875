//! loom models of every concurrency protocol in `runtime` and `vm`, one file
//! per protocol under `tests/`. They explore every interleaving within each
//! model's stated bounds, against the production code built with `--cfg loom`:
//!
//! ```text
//! RUSTFLAGS="--cfg loom" CARGO_TARGET_DIR=target/loom cargo test -p loom-tests --release
//! ```
//!
//! (ci/test.sh runs exactly that.) Without `--cfg loom` the crate is empty.

#[cfg(loom)]
pub mod support;
