//! Many-thread Python programs (`programs/`) checking the runtime's
//! invariants under contention; `tests/stress.rs` runs them with the release
//! ferropy binary in both modes.
