//! ferropy's evaluator: executes code objects produced by `compiler` on the
//! object model of `runtime`.
//!
//! Empty until issue 3 lands the first slice; see ARCHITECTURE.md for the plan.
