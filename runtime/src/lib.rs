//! ferropy's object model (PEP 703 object header, biased and deferred reference
//! counting, built-in types, per-object locks, thread states, the cycle GC).
//!
//! Every concurrency protocol here uses the primitives of [`sync`], which
//! loom replaces under `--cfg loom` (see `loom-tests/`).

pub mod err;
pub mod lock;
pub mod num;
pub mod object;
pub mod ops;
pub mod sync;
pub mod text;
pub mod threads;
pub mod types;

pub use err::{PyErr, PyResult};
pub use object::PyRef;
pub use types::init;
