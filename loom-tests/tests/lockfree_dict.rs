//! loom model of lock-free map lookups (`runtime::object::RefMap`, the
//! storage of `dict`), run against the production code.
//!
//! A reader thread looks keys up without the map's lock while the owner
//! thread writes under the lock: replaces a value, inserts past the
//! table's room (publishing a new table and retiring the old), deletes an
//! entry, deletes and re-inserts a key. The models check that
//! - the reader never uses a freed key or value: it loads the payload's
//!   `alive` atomic of every key it compares and of the value it gets, and
//!   the payload's drop writes it through `with_mut`, which loom reports
//!   as a causality violation unless it happens after every such load;
//! - the reader sees an old or a new value, never a torn entry (a value
//!   of another key), and always finds a key present throughout.
//!
//! Lookups first test the map's key filter (a bit per hash class, set
//! before an entry is published, recomputed when a table is rebuilt), so
//! the models also check that a key inserted concurrently is found or not,
//! and that a rebuild's new filter keeps every live key's bit.
//!
//! The smallest table has 4 index slots and room for 3 entries. Bounds: at most 3 preemptions per execution (`PREEMPTIONS`;
//! `LOOM_MAX_PREEMPTIONS` overrides it), one reader and one writer.

#![cfg(loom)]

use loom_tests::support::{check, probe, spawn, tag};
use runtime::object::{Lookup, PyRef, RefMap};
use runtime::types::{Slots, Type};

static HOLDER: Type = Type::builtin::<RefMap>("holder", None, 0, Slots::NONE);

/// Keys are probes tagged with their key number; a key's hash is
/// `hash(k)`, so keys 1 and 5 collide (`hash` is 1 for both).
fn hash(k: usize) -> i64 {
    (k % 4) as i64
}

/// Value of key `k` number `n`: tagged `k * 10 + n`.
fn value(k: usize, n: usize) -> PyRef {
    probe(k * 10 + n)
}

fn map(holder: &PyRef) -> &RefMap {
    holder.payload::<RefMap>().expect("a holder")
}

fn set(h: &PyRef, k: usize, v: PyRef) {
    let (_, retired) = map(h).write(h, |w| match w.find(hash(k), |key| Some(tag(key) == k)) {
        Lookup::Found(i) => w.replace_value(i, v),
        Lookup::Missing => drop(w.insert(hash(k), probe(k), v)),
        Lookup::Compare(_) => unreachable!("keys compare natively"),
    });
    drop(retired);
}

fn del(h: &PyRef, k: usize) {
    let (removed, retired) =
        map(h).write(h, |w| match w.find(hash(k), |key| Some(tag(key) == k)) {
            Lookup::Found(i) => w.remove(i),
            _ => None,
        });
    let (key, _) = removed.expect("present");
    assert_eq!(tag(&key), k);
    drop(retired);
}

/// A map holding keys `keys`, each with its value number 0.
fn holder(keys: &[usize]) -> PyRef {
    let h = PyRef::new(RefMap::default(), &HOLDER);
    for &k in keys {
        set(&h, k, value(k, 0));
    }
    h
}

/// Key `k`'s value tag, looked up without the lock.
fn get(h: &PyRef, k: usize) -> Option<usize> {
    match map(h).get(hash(k), |key| Some(tag(key) == k), |_, _, v| v.clone()) {
        Lookup::Found(v) => Some(tag(&v)),
        Lookup::Missing => None,
        Lookup::Compare(_) => unreachable!("keys compare natively"),
    }
}

/// Runs `write` on a map of `keys` while another thread looks up key
/// `k`; returns what the reader saw.
fn race(keys: &'static [usize], k: usize, write: fn(&PyRef)) -> Option<usize> {
    let h = holder(keys);
    let shared = h.clone();
    let reader = spawn(move || get(&shared, k));
    write(&h);
    reader.join().unwrap()
}

/// `d[1] = new` while a reader looks up `d[1]`.
#[test]
fn replace_races_get() {
    check(|| {
        spawn(|| {
            let seen = race(&[1], 1, |h| set(h, 1, value(1, 1)));
            assert!(matches!(seen, Some(10 | 11)), "{seen:?}");
        })
        .join()
        .unwrap();
    });
}

/// An insertion that outgrows the table (a new one published, the old
/// retired) while a reader looks up a key the old table held.
#[test]
fn growth_races_get() {
    check(|| {
        spawn(|| {
            let seen = race(&[1, 2, 3], 2, |h| set(h, 4, value(4, 0)));
            assert_eq!(seen, Some(20));
        })
        .join()
        .unwrap();
    });
}

/// `d[2] = v` (a key not there before: its filter bit is set by this
/// insertion) while a reader looks up `d[2]`: it finds the value or none.
#[test]
fn insert_races_get() {
    check(|| {
        spawn(|| {
            let seen = race(&[1], 2, |h| set(h, 2, value(2, 0)));
            assert!(matches!(seen, None | Some(20)), "{seen:?}");
        })
        .join()
        .unwrap();
    });
}

/// `del d[1]` while a reader looks up `d[5]`, which collides with it and
/// was inserted after it (so its probe passes the deleted slot): key 5 is
/// present throughout.
#[test]
fn deletion_races_get_of_other_key() {
    check(|| {
        spawn(|| {
            let seen = race(&[1, 5], 5, |h| del(h, 1));
            assert_eq!(seen, Some(50));
        })
        .join()
        .unwrap();
    });
}

/// `del d[1]; d[1] = new` while a reader looks up `d[1]`: it sees the old
/// value, the new one, or none, never a freed one.
#[test]
fn delete_reinsert_races_get() {
    check(|| {
        spawn(|| {
            let seen = race(&[1], 1, |h| {
                del(h, 1);
                set(h, 1, value(1, 1));
            });
            assert!(matches!(seen, None | Some(10 | 11)), "{seen:?}");
        })
        .join()
        .unwrap();
    });
}
