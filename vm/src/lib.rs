//! ferropy's evaluator: executes code objects produced by `compiler` on the
//! object model of `runtime`.
//!
//! So far: the `builtins` module ([`builtins::make_builtins`]).

pub mod builtins;
