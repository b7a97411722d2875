//! The type attribute cache: what a lookup along a type's MRO found for a
//! (type, name) pair, kept per thread so that special-method dispatch and
//! attribute access do not walk the MRO taking a dict lock per class.
//!
//! Validity is one global epoch, a count of the writes to type dicts:
//! `dict.rs` bumps it after every change to a dict marked as a type's
//! ([`super::dict::mark_type_dict`]), however the change is made (class
//! attribute assignment, `del`, `setattr`, class creation).
//! An entry holds the epoch read before its walk and answers only while the
//! epoch is unchanged. The writer bumps with `Release` after its write and
//! the reader loads with `Acquire` before walking, so a reader that sees the
//! new epoch also sees the write; one that sees the old epoch raced with the
//! write, and its answer is filed under the old epoch, which the bump ends.
//!
//! Entries hold strong references to the value found and to the name (so
//! the name's address, which keys the entry, is not reused while the entry
//! lives); types are never freed, so their addresses stay unique. A stale
//! entry keeps its value alive until it is evicted or its thread exits:
//! a class attribute replaced or deleted may outlive its last reference
//! by that long (bounded by the cache's size; CPython frees it at once).
//! With finalizers (`__del__`) this becomes observable, and stale entries
//! will then have to be dropped eagerly (e.g. by the writing thread, and by
//! each thread at its next lookup after an epoch change).

use super::Type;
use crate::object::{PyRef, static_address};
use std::cell::RefCell;
use std::sync::atomic::{AtomicU64, Ordering};

/// Entries per thread (a power of two), in sets of two ([`WAYS`]): a key
/// may sit in either entry of its set, so two hot keys that hash alike do
/// not keep evicting each other.
const SLOTS: usize = 1024;
const WAYS: usize = 2;

/// Writes to type dicts so far.
static EPOCH: AtomicU64 = AtomicU64::new(0);

struct Entry {
    epoch: u64,
    /// The type's address; 0 for an empty entry.
    ty: usize,
    /// The name, whose address keys the entry.
    name: Option<PyRef>,
    value: Option<PyRef>,
}

impl Entry {
    const EMPTY: Entry = Entry {
        epoch: 0,
        ty: 0,
        name: None,
        value: None,
    };
}

thread_local! {
    static CACHE: RefCell<[Entry; SLOTS]> = const { RefCell::new([const { Entry::EMPTY }; SLOTS]) };
}

/// The current epoch: what a type's lookups answer stays the same while
/// it does (caches of attribute sites file their answers under it).
#[inline]
pub fn epoch() -> u64 {
    EPOCH.load(Ordering::Acquire)
}

/// Ends every entry of every thread: a type dict has been written.
#[inline]
pub(crate) fn invalidate() {
    EPOCH.fetch_add(1, Ordering::Release);
}

/// The first entry of the set of (type, name).
#[inline]
fn set_of(ty: usize, name: usize) -> usize {
    let h = (ty ^ name.rotate_left(23)).wrapping_mul(0x9E37_79B9_7F4A_7C15_u64 as usize);
    (h >> (usize::BITS - SLOTS.trailing_zeros())) & (SLOTS - WAYS)
}

impl Entry {
    #[inline]
    fn answers(&self, epoch: u64, ty: usize, name: usize) -> bool {
        self.epoch == epoch && self.ty == ty && self.name.as_ref().is_some_and(|n| n.id() == name)
    }
}

/// The attribute `name` (a str object) of `ty`, from the cache or from
/// `walk` (the uncached lookup along the MRO, which must not run Python
/// code), whose answer is then cached.
#[inline]
pub(crate) fn lookup(
    ty: &'static Type,
    name: &PyRef,
    walk: impl FnOnce() -> Option<PyRef>,
) -> Option<PyRef> {
    let ty_addr = static_address(ty);
    let name_addr = name.id();
    let set = set_of(ty_addr, name_addr);
    let epoch = EPOCH.load(Ordering::Acquire);
    let hit = CACHE.try_with(|cache| {
        let cache = cache.try_borrow().ok()?;
        cache[set..set + WAYS]
            .iter()
            .find(|e| e.answers(epoch, ty_addr, name_addr))
            .map(|e| e.value.clone())
    });
    if let Ok(Some(found)) = hit {
        return found;
    }
    fill(set, epoch, ty_addr, name, walk)
}

/// A miss: walks the MRO and files the answer first in set `set` under
/// `epoch` (the epoch read before the walk); the set's other entries move
/// down a place (the last one is evicted), so the most recently filled
/// keys stay.
#[cold]
#[inline(never)]
fn fill(
    set: usize,
    epoch: u64,
    ty_addr: usize,
    name: &PyRef,
    walk: impl FnOnce() -> Option<PyRef>,
) -> Option<PyRef> {
    let value = walk();
    let entry = Entry {
        epoch,
        ty: ty_addr,
        name: Some(name.clone()),
        value: value.clone(),
    };
    // The entry evicted is dropped after the borrow ends: its value's
    // destructor may run Python code, which may look attributes up.
    let replaced = CACHE.try_with(|cache| {
        let mut cache = cache.try_borrow_mut().ok()?;
        let ways = &mut cache[set..set + WAYS];
        ways.rotate_right(1);
        Some(std::mem::replace(&mut ways[0], entry))
    });
    drop(replaced);
    value
}
