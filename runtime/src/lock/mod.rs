//! Per-object locking (PEP 703): the 1-byte mutex every object header holds,
//! and the critical sections through which built-in operations take it.
//!
//! - [`raw_mutex`] — the mutex's state byte and its lock/unlock protocol
//!   (CPython's `PyMutex`).
//! - `parking` — where waiters sleep, keyed by the mutex's address
//!   (`parking_lot_core` in production, loom's primitives under `--cfg loom`).
//! - [`critical_section`] — a thread's stack of held object locks, suspended
//!   while the thread blocks so that object locks never deadlock.
//! - [`claim`] — a value one thread at a time claims with one atomic step
//!   and nobody waits for (a generator's suspended frame).

pub mod claim;
pub mod critical_section;
mod parking;
pub mod raw_mutex;

pub use claim::{Claim, Claimable};
pub use raw_mutex::{Detach, RawMutex};
