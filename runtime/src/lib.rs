//! ferropy's object model (PEP 703 object header, biased and deferred reference
//! counting, built-in types, per-object locks, thread states, the cycle GC).
//!
//! Empty until issue 3 lands the first slice; see ARCHITECTURE.md for the plan.
