//! loom model of reusing an object that its reference count shows as held
//! by one reference only (`PyRef::is_unique`: owned by this thread, one
//! local count, shared word 0), as the eval loop's float arithmetic does
//! when it stores a result into a dying operand (`types::float::result`),
//! run against the production code.
//!
//! The owner removes an item from a vector (`RefVec`, a list's storage)
//! while another thread reads that item without the lock, as a counted
//! reference or as a cached stack reference, loads its value and gives the
//! reference up; the owner then stores a new value into the removed item
//! if it is unique. Removal hands the item over only after a grace period
//! (`ebr`), by which time a reader that loaded it has counted it. The model
//! checks that
//! - the reader sees the item's original value or the item after it,
//!   never a value stored by the reuse (its load happens before the store:
//!   a reader that still holds the item makes it not unique, and one that
//!   gave it up did so with a release the check acquires);
//! - the item is dropped once, after every use (see `support::Probe`).
//!
//! Bounds: at most 3 preemptions per execution (`PREEMPTIONS`;
//! `LOOM_MAX_PREEMPTIONS` overrides it), one reader and one owner.

#![cfg(loom)]

use loom::sync::atomic::{AtomicUsize, Ordering::Relaxed};
use loom_tests::support::{check, spawn};
use runtime::object::{PyRef, RefVec, StackRef, flush_ref_cache};
use runtime::types::{Slots, Type};

static HOLDER: Type = Type::builtin::<RefVec>("holder", None, 0, Slots::NONE);

/// A number object whose value its sole holder may change, as a float's.
struct Number {
    value: AtomicUsize,
    alive: AtomicUsize,
}

impl Drop for Number {
    fn drop(&mut self) {
        self.alive.with_mut(|alive| *alive = 0);
    }
}

static NUMBER: Type = Type::builtin::<Number>("number", None, 0, Slots::NONE);

fn number(value: usize) -> PyRef {
    PyRef::new(
        Number {
            value: AtomicUsize::new(value),
            alive: AtomicUsize::new(1),
        },
        &NUMBER,
    )
}

/// The value of a live number.
fn value(obj: &PyRef) -> usize {
    let n = obj.payload::<Number>().expect("a number");
    assert_eq!(n.alive.load(Relaxed), 1, "object used after its drop");
    n.value.load(Relaxed)
}

fn items(holder: &PyRef) -> &RefVec {
    holder.payload::<RefVec>().expect("a holder")
}

/// The owner makes `[1, 2]`, removes item 0 while another thread reads it
/// (through `read`), and stores 10 into the removed item if it is unique.
fn race(read: fn(&PyRef) -> Option<usize>) {
    check(move || {
        spawn(move || {
            let h = PyRef::new(RefVec::new(vec![number(1), number(2)]), &HOLDER);
            let shared = h.clone();
            let reader = spawn(move || {
                let seen = read(&shared);
                flush_ref_cache();
                seen
            });
            let removed = items(&h).write(&h, |w| w.remove(0)).expect("an item");
            if removed.is_unique() {
                let n = removed.payload::<Number>().expect("a number");
                n.value.store(10, Relaxed);
            }
            let seen = reader.join().unwrap();
            assert!(matches!(seen, Some(1 | 2)), "{seen:?}");
        })
        .join()
        .unwrap();
    });
}

/// The reader counts its reference in the header.
#[test]
fn reuse_races_counted_read() {
    race(|h| Some(value(&items(h).get(0)?)));
}

/// The reader holds a stack reference (cached: another thread owns the
/// item, so the thread's reference cache counts it).
#[test]
fn reuse_races_cached_read() {
    race(|h| {
        let item: StackRef = items(h).get_stack_ref(0)?;
        Some(value(&item))
    });
}
