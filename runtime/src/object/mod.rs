//! The object core: the PEP 703 header every object starts with, its
//! allocation and layout, biased reference counting, [`PyRef`] (the safe
//! owning handle) and [`Locked`] (payload state under the object's mutex).
//! All of the runtime's raw pointers and `unsafe` outside `lock/` live here.

mod alloc;
mod handle;
mod header;
mod layout;
mod locked;
mod refcount;

pub use handle::PyRef;
pub use header::ObjectHeader;
pub use layout::Layout;
pub use locked::Locked;
pub(crate) use refcount::QueuedRef;

#[cfg(all(test, not(loom)))]
mod tests;
