//! The header at the start of every object, laid out as CPython's
//! free-threaded `PyObject` (PEP 703), and the encoding of its counts.

use crate::lock::RawMutex;
use crate::sync::{AtomicIsize, AtomicU8, AtomicU32, AtomicUsize};
use crate::types::Type;

/// `tid` of an object no thread owns: its whole count is in `ref_shared`.
pub(super) const NO_OWNER: usize = 0;
/// `ref_local` of an immortal object; increments and decrements skip it.
pub(super) const IMMORTAL: u32 = u32::MAX;

/// `ref_shared` holds `count << SHARED_SHIFT | state`.
pub(super) const SHARED_SHIFT: u32 = 2;
pub(super) const STATE_MASK: isize = 0b11;
/// One reference in `ref_shared`.
pub(super) const SHARED_ONE: isize = 1 << SHARED_SHIFT;
/// The states of `ref_shared`'s low bits. Default: the owner still counts
/// locally. Weakrefs: as default, and weak references may exist. Queued: the
/// object waits in its owner's merge queue. Merged: the owner gave up its
/// local count and the shared count is the whole count.
pub(super) const STATE_WEAKREFS: isize = 1;
pub(super) const STATE_QUEUED: isize = 2;
pub(super) const STATE_MERGED: isize = 3;

/// The PEP 703 object header (32 bytes on 64-bit targets), the first field of
/// every object. A thread *owns* an object while `tid` is its id
/// (`threads::brc::current_thread_id`); only the owner touches `ref_local`.
#[repr(C)]
pub struct ObjectHeader {
    /// The owning thread's id, or [`NO_OWNER`].
    pub(super) tid: AtomicUsize,
    /// Reserved for per-object flags (deferred reference counting, ...);
    /// fixed when the object is made, 0 today.
    flags: u16,
    /// The per-object 1-byte mutex, taken through critical sections.
    mutex: RawMutex,
    /// Bits of the cycle collector.
    gc_bits: AtomicU8,
    /// The owner's count: loaded and stored by the owner only, never RMW.
    pub(super) ref_local: AtomicU32,
    /// Every other thread's count, with its 2-bit state in the low bits.
    pub(super) ref_shared: AtomicIsize,
    /// What the object is and how it is dropped.
    pub(super) ty: &'static Type,
}

impl ObjectHeader {
    /// A new object holding one reference, owned by thread `tid`.
    pub(super) fn owned(tid: usize, ty: &'static Type) -> Self {
        Self::with_counts(tid, 1, 0, ty)
    }

    /// A new object holding one reference and no owner (made by a thread
    /// that has already left the biased-counting registry).
    pub(super) fn unowned(ty: &'static Type) -> Self {
        Self::with_counts(NO_OWNER, 0, SHARED_ONE | STATE_MERGED, ty)
    }

    /// A header whose counts never change.
    pub(super) fn immortal(ty: &'static Type) -> Self {
        Self::with_counts(NO_OWNER, IMMORTAL, 0, ty)
    }

    fn with_counts(tid: usize, local: u32, shared: isize, ty: &'static Type) -> Self {
        Self {
            tid: AtomicUsize::new(tid),
            flags: 0,
            mutex: RawMutex::new(),
            gc_bits: AtomicU8::new(0),
            ref_local: AtomicU32::new(local),
            ref_shared: AtomicIsize::new(shared),
            ty,
        }
    }

    pub fn flags(&self) -> u16 {
        self.flags
    }

    /// The object's mutex, for critical sections on it.
    pub fn mutex(&self) -> &RawMutex {
        &self.mutex
    }

    pub fn gc_bits(&self) -> &AtomicU8 {
        &self.gc_bits
    }

    pub fn type_of(&self) -> &'static Type {
        self.ty
    }
}

#[cfg(test)]
mod tests {
    use super::ObjectHeader;
    use std::mem::{offset_of, size_of};

    #[test]
    #[cfg(target_pointer_width = "64")]
    fn header_layout_is_pep_703s() {
        assert_eq!(size_of::<ObjectHeader>(), 32);
        assert_eq!(offset_of!(ObjectHeader, tid), 0);
        assert_eq!(offset_of!(ObjectHeader, flags), 8);
        assert_eq!(offset_of!(ObjectHeader, mutex), 10);
        assert_eq!(offset_of!(ObjectHeader, gc_bits), 11);
        assert_eq!(offset_of!(ObjectHeader, ref_local), 12);
        assert_eq!(offset_of!(ObjectHeader, ref_shared), 16);
        assert_eq!(offset_of!(ObjectHeader, ty), 24);
    }
}
