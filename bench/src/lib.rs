//! Rust-side benchmark workloads (none yet). The harness comparing ferropy
//! with CPython 3.14 is `bench/harness.py`; see bench/README.md.
