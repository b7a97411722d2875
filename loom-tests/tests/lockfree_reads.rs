//! loom model of lock-free container reads (`runtime::object::ebr`,
//! `AtomicRef` and `RefVec`, the storage of `list`), run against the
//! production code.
//!
//! A reader thread loads items of a vector without its lock while the owner
//! thread writes under the lock: replaces an item, grows the slot array past
//! its capacity, or removes an item (shifting the rest); or threads swap a
//! standalone slot without a lock (`AtomicRef::swap`, a function's
//! `__defaults__`) while another loads it. The models check that
//! - the reader never uses a freed object: it loads the payload's `alive`
//!   atomic, and the payload's drop writes it through `with_mut`, which loom
//!   reports as a causality violation unless it happens after every such
//!   load (the writer gives replaced references up only after a grace
//!   period);
//! - the reader sees an old or a new item, never a missing one below the
//!   length it could have observed.
//!
//! Bounds: at most 3 preemptions per execution (`PREEMPTIONS`;
//! `LOOM_MAX_PREEMPTIONS` overrides it), one reader and one writer.

#![cfg(loom)]

use loom_tests::support::{check, probe, spawn, tag};
use runtime::object::{AtomicRef, PyRef, RefVec};
use runtime::types::{Slots, Type};

static HOLDER: Type = Type::builtin::<RefVec>("holder", None, 0, Slots::NONE);

/// A vector object holding probes tagged `tags`.
fn holder(tags: &[usize]) -> PyRef {
    PyRef::new(
        RefVec::new(tags.iter().map(|&t| probe(t)).collect()),
        &HOLDER,
    )
}

fn items(holder: &PyRef) -> &RefVec {
    holder.payload::<RefVec>().expect("a holder")
}

/// Item `i`'s tag, read without the lock, after checking it is alive.
fn read(holder: &PyRef, i: usize) -> Option<usize> {
    let item = items(holder).get(i)?;
    Some(tag(&item))
}

/// Runs `write` on a vector of `tags` while another thread reads item
/// `index`; returns what the reader saw.
fn race(tags: &'static [usize], index: usize, write: fn(&PyRef)) -> Option<usize> {
    let h = holder(tags);
    let shared = h.clone();
    let reader = spawn(move || read(&shared, index));
    write(&h);
    reader.join().unwrap()
}

/// `l[0] = new` while a reader loads `l[0]`.
#[test]
fn replace_races_load() {
    check(|| {
        spawn(|| {
            let seen = race(&[1], 0, |h| {
                assert!(items(h).write(h, |w| w.set(0, probe(2))).is_ok());
            });
            assert!(matches!(seen, Some(1 | 2)), "{seen:?}");
        })
        .join()
        .unwrap();
    });
}

/// An append that outgrows the array (publishing a new one and retiring
/// the old) while a reader loads an item the old array held.
#[test]
fn growth_races_load() {
    check(|| {
        spawn(|| {
            let seen = race(&[1], 0, |h| items(h).write(h, |w| w.push(probe(2))));
            assert_eq!(seen, Some(1));
        })
        .join()
        .unwrap();
    });
}

/// `del l[0]` on a two-item list while a reader loads `l[0]`: it sees the
/// removed item or its successor, never a hole.
#[test]
fn removal_races_load() {
    check(|| {
        spawn(|| {
            let seen = race(&[1, 2], 0, |h| {
                let removed = items(h).write(h, |w| w.remove(0));
                assert_eq!(removed.map(|r| tag(&r)), Some(1));
            });
            assert!(matches!(seen, Some(1 | 2)), "{seen:?}");
        })
        .join()
        .unwrap();
    });
}

static SLOT_HOLDER: Type = Type::builtin::<AtomicRef>("slot_holder", None, 0, Slots::NONE);

/// The probe tag in a standalone slot, read without a lock (`get`), after
/// checking it is alive.
fn read_slot(holder: &PyRef) -> Option<usize> {
    let item = slot(holder).get()?;
    Some(tag(&item))
}

fn slot(holder: &PyRef) -> &AtomicRef {
    holder.payload::<AtomicRef>().expect("a slot")
}

/// `f.__defaults__ = new` (a lock-free `AtomicRef::swap`) while a reader
/// loads the slot: the reader sees the old or the new value, alive.
#[test]
fn swap_races_get() {
    check(|| {
        spawn(|| {
            let h = PyRef::new(AtomicRef::new(Some(probe(1))), &SLOT_HOLDER);
            let r = h.clone();
            let reader = spawn(move || read_slot(&r));
            drop(slot(&h).swap(Some(probe(2))));
            let seen = reader.join().unwrap();
            assert!(matches!(seen, Some(1 | 2)), "{seen:?}");
        })
        .join()
        .unwrap();
    });
}

/// Two threads swap the same slot without a lock: each replaced value goes
/// to one of them and is dropped once (loom reports a double drop as a
/// causality violation on the probe), and one new value stays.
#[test]
fn swap_races_swap() {
    check(|| {
        spawn(|| {
            let h = PyRef::new(AtomicRef::new(Some(probe(1))), &SLOT_HOLDER);
            let w = h.clone();
            let writer = spawn(move || drop(slot(&w).swap(Some(probe(2)))));
            drop(slot(&h).swap(Some(probe(3))));
            writer.join().unwrap();
            assert!(matches!(read_slot(&h), Some(2 | 3)));
        })
        .join()
        .unwrap();
    });
}
