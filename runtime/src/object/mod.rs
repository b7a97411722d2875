//! The object core: the PEP 703 header every object starts with, its
//! allocation, biased reference counting, and [`PyRef`], the safe owning
//! handle. All of the runtime's raw pointers and `unsafe` live here.

mod alloc;
mod handle;
mod header;
mod refcount;
mod type_descr;

pub use handle::PyRef;
pub use header::ObjectHeader;
pub(crate) use refcount::QueuedRef;
pub use type_descr::TypeDescr;

#[cfg(all(test, not(loom)))]
mod tests;
