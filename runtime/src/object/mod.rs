//! The object core: the PEP 703 header every object starts with, its
//! allocation and layout, biased reference counting, [`PyRef`] (the safe
//! owning handle) and [`Locked`] (payload state under the object's mutex).
//! All of the runtime's raw pointers and `unsafe` outside `lock/` live here.

mod alloc;
#[cfg(not(loom))]
mod allocator;
mod atomic_ref;
pub mod ebr;
mod handle;
mod header;
mod layout;
mod locked;
mod ref_cache;
mod ref_map;
mod ref_vec;
mod refcount;
mod shared_arc;
mod stack;

pub(crate) use alloc::{enable_free_lists, release_free_lists};
#[cfg(not(loom))]
pub use allocator::Allocator;
pub use atomic_ref::{AtomicRef, Retired, give_up_deferred};
pub use handle::{Immortal, PyRef, Typed};
pub use header::ObjectHeader;
pub use layout::Layout;
pub use locked::Locked;
/// The thread's reference cache (see `ref_cache`): `flush` before blocking.
pub use ref_cache::{
    flush as flush_ref_cache, flush_if_full as flush_ref_cache_if_full, held as ref_cache_held,
};
pub use ref_map::{Lookup, MapWriter, RefMap};
pub use ref_vec::{RefVec, Writer};
pub(crate) use refcount::QueuedRef;
pub use shared_arc::SharedArc;
pub use stack::{StackRef, Values};

/// The address of a value that lives for the whole process (a type), as a
/// number: an identity to key caches by, never turned back into a pointer.
#[inline]
pub fn static_address<T>(value: &'static T) -> usize {
    std::ptr::from_ref(value).addr()
}

#[cfg(all(test, not(loom)))]
mod tests;
