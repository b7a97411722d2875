//! The `dict` type's core: an insertion-ordered hash table of `PyRef` keys
//! under the dict's object lock. Keys compare with Python's `==`, which may
//! run Python code, so a lookup that meets an equal hash of a key it cannot
//! compare natively copies the candidate out, compares with the lock
//! released, and re-checks that the entry is still there.
//!
//! The dict methods are in `dict_methods.rs`.

use super::{OBJECT, Slots, Type, flags};
use crate::err::{PyErr, PyResult};
use crate::object::{Locked, PyRef};
use crate::ops;
use crate::types::{int, str as pystr};
use hashbrown::HashTable;
use std::sync::atomic::{
    AtomicBool, AtomicU64,
    Ordering::{Acquire, Relaxed, Release},
};

/// The payload of a dict object.
#[derive(Default)]
pub struct Dict {
    table: Locked<Table>,
    /// A type's dict: every change ends the type attribute cache's entries.
    type_dict: AtomicBool,
    /// Moved on by every change of the dict's entries (right after it), so
    /// a cached lookup result (the eval loop's global cache) stays valid
    /// while the version it was made under is current.
    version: AtomicU64,
}

#[derive(Default)]
pub(crate) struct Table {
    index: HashTable<u32>,
    entries: Vec<Option<Entry>>,
    live: usize,
}

#[derive(Clone)]
pub(crate) struct Entry {
    hash: i64,
    key: PyRef,
    value: PyRef,
}

pub static DICT: Type = Type::builtin::<Dict>(
    "dict",
    Some(&OBJECT),
    flags::BASETYPE | flags::MAPPING,
    Slots::NONE,
);

/// Spreads Python's hashes (small ints hash to themselves) over the bits
/// the table's control bytes use.
#[inline]
fn mix(hash: i64) -> u64 {
    (hash as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

/// Whether two keys are equal, when that can be known without running
/// Python code: identity, exact str, exact int.
#[inline]
pub(crate) fn native_eq(a: &PyRef, b: &PyRef) -> Option<bool> {
    if PyRef::ptr_eq(a, b) {
        return Some(true);
    }
    let (sa, sb) = (pystr::is_exact(a), pystr::is_exact(b));
    if sa && sb {
        return Some(pystr::as_str(a)? == pystr::as_str(b)?);
    }
    let (ia, ib) = (int::is_exact(a), int::is_exact(b));
    if ia && ib {
        return Some(int::as_int(a)? == int::as_int(b)?);
    }
    if (sa && ib) || (ia && sb) {
        return Some(false);
    }
    None
}

/// An entry a lookup found: its index then, its key object and value.
/// Once the lock is released the index is only valid as long as
/// [`Table::holding`] says so.
struct Found {
    index: usize,
    key: PyRef,
    value: PyRef,
}

/// What a locked probe found: on a hit, what the caller took from the
/// entry.
enum Probe<R> {
    Found(R),
    Missing,
    /// Entries whose keys have the hash but need Python's `==`.
    Compare(Vec<(usize, PyRef)>),
}

impl Table {
    /// Looks `key` up among the entries whose keys compare without Python
    /// code; on a hit, `hit` takes what the caller needs from the entry (at
    /// its index), so nothing else is cloned.
    fn probe<R>(&self, key: &PyRef, hash: i64, hit: impl FnOnce(usize, &Entry) -> R) -> Probe<R> {
        let mut slow = Vec::new();
        for &i in self.index.iter_hash(mix(hash)) {
            let Some(e) = &self.entries[i as usize] else {
                continue;
            };
            if e.hash != hash {
                continue;
            }
            match native_eq(&e.key, key) {
                Some(true) => return Probe::Found(hit(i as usize, e)),
                Some(false) => {}
                None => slow.push((i as usize, e.key.clone())),
            }
        }
        if slow.is_empty() {
            Probe::Missing
        } else {
            Probe::Compare(slow)
        }
    }

    fn push(&mut self, hash: i64, key: PyRef, value: PyRef) {
        let i = self.entries.len() as u32;
        self.entries.push(Some(Entry { hash, key, value }));
        let entries = &self.entries;
        self.index.insert_unique(mix(hash), i, |&j| {
            mix(entries[j as usize].as_ref().map_or(0, |e| e.hash))
        });
        self.live += 1;
    }

    /// The entry at `index` if it still holds `key` (the very object a
    /// lookup found there): between a
    /// lookup and the locked update that follows it, other threads may have
    /// removed that entry or compacted the table (moving other keys to the
    /// index), and then the update must look the key up again.
    fn holding(&mut self, index: usize, key: &PyRef) -> Option<&mut Entry> {
        self.entries
            .get_mut(index)?
            .as_mut()
            .filter(|e| PyRef::ptr_eq(&e.key, key))
    }

    fn remove_at(&mut self, i: usize) -> Option<Entry> {
        let hash = self.entries[i].as_ref()?.hash;
        if let Ok(slot) = self.index.find_entry(mix(hash), |&j| j as usize == i) {
            slot.remove();
        }
        self.live -= 1;
        let old = self.entries[i].take();
        if self.entries.len() > 16 && self.live * 2 < self.entries.len() {
            self.compact();
        }
        old
    }

    /// Drops the holes deleted entries left, keeping order.
    fn compact(&mut self) {
        let entries: Vec<Entry> = self.entries.drain(..).flatten().collect();
        self.index.clear();
        self.live = 0;
        for e in entries {
            self.push(e.hash, e.key, e.value);
        }
    }
}

/// A new empty dict.
pub fn new_dict() -> PyRef {
    PyRef::new(Dict::default(), &DICT)
}

fn payload(d: &PyRef) -> &Dict {
    d.payload::<Dict>().expect("a dict")
}

fn with<R>(d: &PyRef, f: impl FnOnce(&mut Table) -> R) -> R {
    payload(d).table.with(d, f)
}

/// Makes `d` a type's dict: its changes from now on invalidate the type
/// attribute cache (`type_cache.rs`).
pub(crate) fn mark_type_dict(d: &PyRef) {
    payload(d).type_dict.store(true, Relaxed);
}

/// Called after every change to `d`'s entries.
#[inline]
fn changed(d: &PyRef) {
    let dict = payload(d);
    dict.version.fetch_add(1, Release);
    if dict.type_dict.load(Relaxed) {
        super::type_cache::invalidate();
    }
}

/// The dict's version: equal versions of one dict mean no change of its
/// entries in between.
#[inline]
pub fn version(d: &PyRef) -> u64 {
    payload(d).version.load(Acquire)
}

/// Finds `key` (with hash `hash`): its entry index and value.
fn find(d: &PyRef, key: &PyRef, hash: i64) -> PyResult<Option<Found>> {
    loop {
        let found = |i, e: &Entry| Found {
            index: i,
            key: e.key.clone(),
            value: e.value.clone(),
        };
        let candidates = match with(d, |t| t.probe(key, hash, found)) {
            Probe::Found(found) => return Ok(Some(found)),
            Probe::Missing => return Ok(None),
            Probe::Compare(c) => c,
        };
        let mut changed = false;
        for (i, candidate) in candidates {
            if ops::eq(&candidate, key)? {
                match with(d, |t| t.holding(i, &candidate).map(|e| e.value.clone())) {
                    Some(value) => {
                        return Ok(Some(Found {
                            index: i,
                            key: candidate,
                            value,
                        }));
                    }
                    None => {
                        changed = true;
                        break;
                    }
                }
            }
        }
        if !changed {
            return Ok(None);
        }
    }
}

/// `hash(key)` for a key of a dict or set (`what`: "dict key", "set
/// element"): CPython 3.14 rewords the TypeError of an unhashable key as
/// "cannot use 'T' as a dict key (unhashable type: 'U')".
pub fn hash_for(key: &PyRef, what: &str) -> PyResult<i64> {
    ops::hash(key).map_err(|e| {
        if !std::ptr::eq(e.type_of(), &super::exceptions::TYPE_ERROR) {
            return e;
        }
        let args = super::exceptions::args(e.instance());
        let detail = match super::tuple::as_slice(&args) {
            Some([one]) => pystr::to_string(one).unwrap_or_default(),
            _ => String::new(),
        };
        PyErr::type_error(format!(
            "cannot use '{}' as a {what} ({detail})",
            key.type_of().name()
        ))
    })
}

fn hash_key(key: &PyRef) -> PyResult<i64> {
    hash_for(key, "dict key")
}

/// `d.get(key)`.
pub fn get(d: &PyRef, key: &PyRef) -> PyResult<Option<PyRef>> {
    let hash = hash_key(key)?;
    match with(d, |t| t.probe(key, hash, |_, e| e.value.clone())) {
        Probe::Found(value) => Ok(Some(value)),
        Probe::Missing => Ok(None),
        Probe::Compare(_) => Ok(find(d, key, hash)?.map(|found| found.value)),
    }
}

/// `d[key] = value`.
pub fn set(d: &PyRef, key: PyRef, value: PyRef) -> PyResult<()> {
    let hash = hash_key(&key)?;
    set_hashed(d, key, hash, value)
}

/// What [`set_hashed`]'s first locked section did.
enum QuickSet {
    Replaced(PyRef),
    Inserted,
    /// A key with the hash needs Python's `==`: the key and value back.
    Compare(PyRef, PyRef),
}

fn set_hashed(d: &PyRef, key: PyRef, hash: i64, value: PyRef) -> PyResult<()> {
    // Keys that compare natively are found or inserted under one lock.
    let quick = with(d, move |t| match t.probe(&key, hash, |i, _| i) {
        Probe::Found(i) => {
            let e = t.entries[i].as_mut().expect("a probe finds live entries");
            QuickSet::Replaced(std::mem::replace(&mut e.value, value))
        }
        Probe::Missing => {
            t.push(hash, key, value);
            QuickSet::Inserted
        }
        Probe::Compare(_) => QuickSet::Compare(key, value),
    });
    let (key, value) = match quick {
        QuickSet::Replaced(old) => {
            changed(d);
            // Dropped outside the lock: its destructor may run Python code.
            drop(old);
            return Ok(());
        }
        QuickSet::Inserted => {
            changed(d);
            return Ok(());
        }
        QuickSet::Compare(key, value) => (key, value),
    };
    loop {
        let found = find(d, &key, hash)?;
        let done = with(d, |t| match &found {
            Some(f) => match t.holding(f.index, &f.key) {
                Some(e) => {
                    let old = std::mem::replace(&mut e.value, value.clone());
                    Some(Some(old))
                }
                None => None,
            },
            None => match t.probe(&key, hash, |_, _| ()) {
                Probe::Missing | Probe::Compare(_) => {
                    t.push(hash, key.clone(), value.clone());
                    Some(None)
                }
                Probe::Found(..) => None,
            },
        });
        // The replaced value is dropped here, outside the lock (its
        // destructor may run Python code).
        if let Some(old) = done {
            changed(d);
            drop(old);
            return Ok(());
        }
    }
}

/// `del d[key]`: the removed value, or `None` if the key was missing.
pub fn remove(d: &PyRef, key: &PyRef) -> PyResult<Option<PyRef>> {
    let hash = hash_key(key)?;
    let quick = with(d, |t| match t.probe(key, hash, |i, _| i) {
        Probe::Found(i) => Probe::Found(t.remove_at(i)),
        Probe::Missing => Probe::Missing,
        Probe::Compare(c) => Probe::Compare(c),
    });
    match quick {
        Probe::Found(removed) => {
            changed(d);
            return Ok(removed.map(|e| e.value));
        }
        Probe::Missing => return Ok(None),
        Probe::Compare(_) => {}
    }
    loop {
        let Some(f) = find(d, key, hash)? else {
            return Ok(None);
        };
        let removed = with(d, |t| {
            t.holding(f.index, &f.key)?;
            t.remove_at(f.index)
        });
        if let Some(e) = removed {
            changed(d);
            return Ok(Some(e.value));
        }
    }
}

/// Looks a str key up by Rust text (type dicts, module globals). The text
/// is interned (it names something), so its hash is computed once.
pub fn get_str(d: &PyRef, name: &str) -> Option<PyRef> {
    get_str_key(d, &pystr::intern_cached(name))
}

/// Looks up a key that is a str object, without running Python code
/// (a key equal to it but of another type is not found).
#[inline]
pub fn get_str_key(d: &PyRef, key: &PyRef) -> Option<PyRef> {
    let s = pystr::payload(key)?;
    let hash = s.hash();
    with(d, |t| {
        t.index.iter_hash(mix(hash)).find_map(|&i| {
            let e = t.entries[i as usize].as_ref()?;
            (e.hash == hash
                && (PyRef::ptr_eq(&e.key, key)
                    || pystr::as_str(&e.key).is_some_and(|k| *k == s.value)))
            .then(|| e.value.clone())
        })
    })
}

/// Sets a str key by Rust text (start-up, class creation).
pub fn set_str(d: &PyRef, name: &str, value: PyRef) {
    let key = pystr::intern(name);
    set(d, key, value).expect("str keys hash and compare without raising");
}

pub fn len(d: &PyRef) -> usize {
    with(d, |t| t.live)
}

/// A snapshot of the items, in order.
pub fn items(d: &PyRef) -> Vec<(PyRef, PyRef)> {
    with(d, |t| {
        t.entries
            .iter()
            .flatten()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect()
    })
}

pub fn keys(d: &PyRef) -> Vec<PyRef> {
    with(d, |t| {
        t.entries.iter().flatten().map(|e| e.key.clone()).collect()
    })
}

pub fn values(d: &PyRef) -> Vec<PyRef> {
    with(d, |t| {
        t.entries
            .iter()
            .flatten()
            .map(|e| e.value.clone())
            .collect()
    })
}

/// The entry at or after position `pos` (for iterators): its position,
/// key and value. Positions stay valid while the dict does not shrink.
pub fn entry_from(d: &PyRef, pos: usize) -> Option<(usize, PyRef, PyRef)> {
    with(d, |t| {
        t.entries
            .iter()
            .enumerate()
            .skip(pos)
            .find_map(|(i, e)| e.as_ref().map(|e| (i, e.key.clone(), e.value.clone())))
    })
}

/// Removes everything (the old entries are dropped outside the lock).
pub fn clear(d: &PyRef) {
    let old = with(d, std::mem::take);
    changed(d);
    drop(old);
}

/// Removes and returns the last item (`popitem`).
pub fn pop_last(d: &PyRef) -> Option<(PyRef, PyRef)> {
    let popped = with(d, |t| {
        let i = t.entries.iter().rposition(Option::is_some)?;
        let e = t.remove_at(i)?;
        Some((e.key, e.value))
    });
    changed(d);
    popped
}

/// A new dict holding these items (later keys win).
pub fn from_items(items: impl IntoIterator<Item = (PyRef, PyRef)>) -> PyResult<PyRef> {
    let d = new_dict();
    for (k, v) in items {
        set(&d, k, v)?;
    }
    Ok(d)
}

/// The last entry before position `end` (for reverse iterators): its
/// position, key and value.
pub fn entry_before(d: &PyRef, end: usize) -> Option<(usize, PyRef, PyRef)> {
    with(d, |t| {
        let end = end.min(t.entries.len());
        t.entries[..end]
            .iter()
            .enumerate()
            .rev()
            .find_map(|(i, e)| e.as_ref().map(|e| (i, e.key.clone(), e.value.clone())))
    })
}
