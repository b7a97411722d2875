//! Biased reference counting (PEP 703). The owning thread counts its
//! references in `ref_local` with plain loads and stores; every other thread
//! counts in `ref_shared` with atomic read-modify-writes. The live references
//! (handles plus merge-queue entries) always number
//! `ref_local + (ref_shared >> SHARED_SHIFT)`, though the shared part may go
//! negative while the owner still counts locally.
//!
//! - A non-owner whose decrement would take a default-state shared count
//!   below zero instead marks it queued and hands its reference to the
//!   owner's merge queue (`threads::brc`); the owner merges at its next safe
//!   point: it folds the local count into the shared one (state merged, no
//!   owner) minus the queue's reference, and frees the object at zero.
//! - When the owner's local count reaches zero it frees the object if the
//!   shared word is 0, else marks it merged and gives up ownership, so the
//!   shared count alone decides from then on.
//! - An immortal object (local count `u32::MAX`) is never counted.

use super::alloc;
use super::header::{
    IMMORTAL, NO_OWNER, ObjectHeader, SHARED_ONE, SHARED_SHIFT, STATE_MASK, STATE_MERGED,
    STATE_QUEUED, STATE_WEAKREFS,
};
use crate::sync::Ordering::{AcqRel, Acquire, Relaxed};
use crate::threads::brc;
use std::ptr::NonNull;

/// What a decrement leaves to do once the header is no longer borrowed.
enum Outcome {
    Alive,
    Free,
    Queue,
}

#[inline]
pub(super) fn owned_by_current_thread(header: &ObjectHeader) -> bool {
    brc::current_thread_id() == Some(header.tid.load(Relaxed))
}

/// Adds a reference. A count that reaches `u32::MAX` makes the object
/// immortal: a leak, never a premature free.
#[inline]
pub(super) fn incref(header: &ObjectHeader) {
    let local = header.ref_local.load(Relaxed);
    if local == IMMORTAL {
        return;
    }
    if owned_by_current_thread(header) {
        header.ref_local.store(local + 1, Relaxed);
    } else {
        header.ref_shared.fetch_add(SHARED_ONE, Relaxed);
    }
}

/// Adds a reference when that writes nothing shared: the object is
/// immortal (nothing to count) or this thread owns it. False for an object
/// another thread owns, left uncounted.
#[inline]
pub(super) fn incref_if_local(header: &ObjectHeader) -> bool {
    let local = header.ref_local.load(Relaxed);
    if local == IMMORTAL {
        return true;
    }
    if owned_by_current_thread(header) {
        header.ref_local.store(local + 1, Relaxed);
        return true;
    }
    false
}

/// Whether the caller's reference is the only one (see
/// `PyRef::is_unique`): owned by this thread, counted once locally, and
/// the shared word 0 (no shared references, none queued, not merged).
#[inline]
pub(super) fn is_unique(header: &ObjectHeader) -> bool {
    header.ref_local.load(Relaxed) == 1
        && owned_by_current_thread(header)
        // Acquire: other threads' uses of the object happen before their
        // decrements (Release), so before the caller reuses it.
        && header.ref_shared.load(Acquire) == 0
}

/// Makes the object immortal, if this thread owns it (only the owner writes
/// the local count) or it is immortal already; says whether it is now.
/// Outstanding references stay valid: immortal objects are never freed,
/// and a count update racing with this one only changes the shared count.
pub(super) fn immortalize(header: &ObjectHeader) -> bool {
    if header.ref_local.load(Relaxed) == IMMORTAL {
        return true;
    }
    if !owned_by_current_thread(header) {
        return false;
    }
    header.ref_local.store(IMMORTAL, Relaxed);
    true
}

/// Gives up one reference, freeing the object if it was the last. The
/// common case (an owner's count staying above zero) is inlined; the rest
/// is called.
///
/// # Safety
/// The caller owns one reference to the live object `obj`, and does not use
/// the object afterwards.
#[inline]
pub(super) unsafe fn decref(obj: NonNull<ObjectHeader>) {
    let last = {
        // SAFETY: the caller's reference keeps the object alive; it is given
        // up by the last update below, after which `header` is not used.
        let header = unsafe { obj.as_ref() };
        let local = header.ref_local.load(Relaxed);
        if local == IMMORTAL {
            return;
        }
        if !owned_by_current_thread(header) {
            // SAFETY: the caller's guarantees, passed on.
            return unsafe { decref_foreign(obj) };
        }
        // An owner's local count is at least 1: reaching zero ends its
        // ownership (`merge_zero_local`).
        header.ref_local.store(local - 1, Relaxed);
        local == 1
    };
    if last {
        // SAFETY: this thread owns the object and stored its zero.
        unsafe { last_local(obj) }
    }
}

/// [`decref`] once the owner's local count reached zero.
///
/// # Safety
/// As [`merge_zero_local`].
#[inline(never)]
unsafe fn last_local(obj: NonNull<ObjectHeader>) {
    // SAFETY: the caller's guarantees.
    if let Outcome::Free = unsafe { merge_zero_local(obj) } {
        // SAFETY: the count reached zero in this thread's update, so no
        // other reference exists and no other thread frees the object.
        unsafe { alloc::free(obj) }
    }
}

/// [`decref`] by a thread that does not own the object.
///
/// # Safety
/// As [`decref`].
#[inline(never)]
unsafe fn decref_foreign(obj: NonNull<ObjectHeader>) {
    // SAFETY: the caller's guarantees.
    match unsafe { decref_shared(obj) } {
        Outcome::Alive => {}
        // SAFETY: as in `last_local`.
        Outcome::Free => unsafe { alloc::free(obj) },
        Outcome::Queue => brc::queue_for_merge(QueuedRef(obj)),
    }
}

/// The owner's local count just reached zero (`_Py_MergeZeroLocalRefcount`).
///
/// # Safety
/// As [`decref`]; the caller is the owner and stored the zero.
unsafe fn merge_zero_local(obj: NonNull<ObjectHeader>) -> Outcome {
    // SAFETY: borrowed here rather than passed in, so that the borrow may end
    // while another thread frees the object after the last update below; the
    // owner's (now uncounted) reference keeps it alive until then.
    let header = unsafe { obj.as_ref() };
    // Acquire: non-owners' uses happen before their decrements (Release).
    let mut shared = header.ref_shared.load(Acquire);
    if shared == 0 {
        return Outcome::Free;
    }
    // Cleared before the merge is published: from then on another thread
    // may free the object.
    header.tid.store(NO_OWNER, Relaxed);
    loop {
        let merged = shared & !STATE_MASK | STATE_MERGED;
        match header
            .ref_shared
            .compare_exchange_weak(shared, merged, AcqRel, Relaxed)
        {
            Ok(_) if merged == STATE_MERGED => return Outcome::Free,
            Ok(_) => return Outcome::Alive,
            Err(current) => shared = current,
        }
    }
}

/// A non-owner's decrement (`_Py_DecRefShared`).
///
/// # Safety
/// As [`decref`].
unsafe fn decref_shared(obj: NonNull<ObjectHeader>) -> Outcome {
    // SAFETY: as in `merge_zero_local`, with the caller's reference.
    let header = unsafe { obj.as_ref() };
    let mut shared = header.ref_shared.load(Relaxed);
    loop {
        // The first decrement that would go below zero while the owner still
        // counts locally keeps its reference for the merge queue instead.
        let queue = shared == 0 || shared == STATE_WEAKREFS;
        let new = if queue {
            STATE_QUEUED
        } else {
            shared - SHARED_ONE
        };
        match header
            .ref_shared
            .compare_exchange_weak(shared, new, AcqRel, Relaxed)
        {
            Ok(_) if queue => return Outcome::Queue,
            Ok(_) if new == STATE_MERGED => return Outcome::Free,
            Ok(_) => return Outcome::Alive,
            Err(current) => shared = current,
        }
    }
}

/// A reference held by a merge queue: the one a non-owner gave up when it
/// queued the object. Only `threads::brc` holds these.
pub(crate) struct QueuedRef(NonNull<ObjectHeader>);

// SAFETY: a queued reference is an owned reference like a `PyRef`'s; it is
// moved to the owner's queue and merged there (see `merge`).
unsafe impl Send for QueuedRef {}

impl QueuedRef {
    /// The thread whose queue this reference belongs in.
    pub(crate) fn owner(&self) -> usize {
        // SAFETY: the queue's reference keeps the object alive.
        unsafe { self.0.as_ref() }.tid.load(Relaxed)
    }

    /// Folds the local count into the shared one, drops the queue's
    /// reference and frees the object at zero (`_Py_ExplicitMergeRefcount`).
    ///
    /// To be called by the owner thread, or by any thread once the owner has
    /// left `threads::brc`'s registry (after which it never touches its local
    /// counts again): nobody else may read a local count that is still live.
    pub(crate) fn merge(self) {
        let count = {
            // SAFETY: the queue's reference keeps the object alive; it is
            // given up by the update below, after which `header` is not used.
            let header = unsafe { self.0.as_ref() };
            let local = header.ref_local.load(Relaxed) as isize;
            // Cleared before the merge is published: once it is, another
            // thread may free the object.
            header.ref_local.store(0, Relaxed);
            header.tid.store(NO_OWNER, Relaxed);
            let mut shared = header.ref_shared.load(Relaxed);
            loop {
                let count = (shared >> SHARED_SHIFT) + local - 1;
                let merged = count << SHARED_SHIFT | STATE_MERGED;
                match header
                    .ref_shared
                    .compare_exchange_weak(shared, merged, AcqRel, Relaxed)
                {
                    Ok(_) => break count,
                    Err(current) => shared = current,
                }
            }
        };
        if count == 0 {
            // SAFETY: the whole count reached zero in this thread's update, so
            // no other reference exists and no other thread frees the object.
            unsafe { alloc::free(self.0) }
        }
    }
}
