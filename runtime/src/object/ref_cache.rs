//! The thread's reference cache: how the eval loop counts its stack
//! references to objects other threads own without writing to them.
//!
//! Biased reference counting makes a thread's references to its own objects
//! cheap, but every reference a thread takes to an object another thread
//! owns is an atomic update of that object's shared count. When several
//! threads read the same objects (a global instance, the items of a global
//! list), their cores take turns owning the object's cache line, and the
//! threads run no faster than one.
//!
//! The cache holds one real reference to each object it has an entry for,
//! and counts the thread's *cached* stack references to it ([`StackRef`]s
//! in frames' value arrays) in the entry, with plain stores. As long as the
//! entry's count is above zero its real reference keeps the object alive;
//! an entry whose count is zero stays until the thread reaches a quiescent
//! point ([`flush`]), so a loop reading the same shared objects touches
//! their headers only to read them.
//!
//! The table is direct-mapped (an object has one possible entry; a second
//! object wanting an occupied entry is counted in its header instead) and
//! made of plain cells in a thread-local without a destructor, so that an
//! update is a hash and two memory accesses. The thread empties it of
//! unreferenced entries when it blocks, when it ends, and at its next eval
//! breaker poll once three quarters of the entries are taken ([`flush`],
//! [`flush_if_full`]).
//!
//! The cache is the thread's alone; a cached reference must be given up by
//! the thread that took it, which is why frames make every reference they
//! hold owned before they move to the heap ([`super::Values::make_owned`]).
//!
//! [`StackRef`]: super::StackRef

use super::handle::PyRef;
use std::cell::Cell;
use std::ptr::NonNull;

/// Entries in the table (a power of two), and how many may hold objects
/// before the thread gives up those no stack refers to: what the cache keeps
/// alive is bounded, even for a thread that never blocks.
const ENTRIES: usize = 16384;
const HIGH_WATER: usize = ENTRIES / 4 * 3;

struct Table {
    /// The address of the object each entry holds one reference to, or 0.
    addr: [Cell<usize>; ENTRIES],
    /// The cached stack references to each entry's object.
    count: [Cell<u32>; ENTRIES],
    /// Entries holding an object.
    used: Cell<usize>,
}

thread_local! {
    static TABLE: Table = const {
        Table {
            addr: [const { Cell::new(0) }; ENTRIES],
            count: [const { Cell::new(0) }; ENTRIES],
            used: Cell::new(0),
        }
    };
}

#[inline]
fn slot(addr: usize) -> usize {
    // Fibonacci hashing of the 16-aligned address.
    (addr >> 4).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - ENTRIES.trailing_zeros())
}

/// Counts one more cached reference to `obj`, taking a real one the first
/// time. False when `obj`'s entry holds another object (or the thread is
/// exiting): the caller counts in the header instead.
#[inline]
pub(super) fn acquire(obj: &PyRef) -> bool {
    let addr = obj.id();
    let i = slot(addr);
    TABLE
        .try_with(|t| {
            let held = t.addr[i].get();
            if held == addr {
                t.count[i].set(t.count[i].get() + 1);
                return true;
            }
            // A full table takes no more until `flush_if_full` empties it:
            // giving references up here could run finalizers inside a
            // caller's pinned read or borrowed cache.
            if held != 0 || t.used.get() >= HIGH_WATER {
                return false;
            }
            // The entry's own reference, given up by `flush`.
            std::mem::forget(obj.clone());
            t.addr[i].set(addr);
            t.count[i].set(1);
            t.used.set(t.used.get() + 1);
            true
        })
        .unwrap_or(false)
}

/// [`flush`] when three quarters of the entries are taken: called where
/// the thread may run Python code (the eval breaker's poll).
#[inline]
pub fn flush_if_full() {
    if TABLE.try_with(|t| t.used.get() >= HIGH_WATER) == Ok(true) {
        flush();
    }
}

/// Counts one more cached reference to the object at `addr`, which already
/// has one (so its entry is there).
#[inline]
pub(super) fn add(addr: usize) {
    update(addr, 1);
}

/// Gives up one cached reference to the object at `addr`.
#[inline]
pub(super) fn release(addr: usize) {
    update(addr, u32::MAX);
}

#[inline]
fn update(addr: usize, delta: u32) {
    let i = slot(addr);
    let _ = TABLE.try_with(|t| {
        // A cached reference is only ever counted on the thread that holds
        // its entry, which stays while the count is above zero.
        debug_assert_eq!(
            t.addr[i].get(),
            addr,
            "a cached reference without its entry"
        );
        t.count[i].set(t.count[i].get().wrapping_add(delta));
    });
}

/// Gives up the cache's references to objects no stack refers to through
/// it: the thread is about to block or end.
pub fn flush() {
    let mut unused = Vec::new();
    let _ = TABLE.try_with(|t| {
        if t.used.get() == 0 {
            return;
        }
        for i in 0..ENTRIES {
            let addr = t.addr[i].get();
            if addr != 0 && t.count[i].get() == 0 {
                t.addr[i].set(0);
                unused.extend(NonNull::new(addr as *mut _).map(|obj| PyRef { obj }));
            }
        }
        t.used.set(t.used.get() - unused.len());
    });
    // The entries' own references (taken in `acquire`), given up with the
    // table consistent: a finalizer may run Python code, which caches.
    drop(unused);
}

/// How many objects the cache holds references to (for tests).
pub fn held() -> usize {
    TABLE.try_with(|t| t.used.get()).unwrap_or(0)
}
