//! loom models of every concurrency protocol in `runtime` and `vm`.
//!
//! The first protocols (biased reference counting, the per-object lock, the GIL
//! handoff) arrive with issue 3.
