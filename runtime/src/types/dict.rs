//! The `dict` type's core: an insertion-ordered hash table of `PyRef` keys
//! (a [`RefMap`]) whose lookups do not lock; changes take the dict's object
//! lock. Keys compare with Python's `==`, which may run Python code, so a
//! lookup that meets an equal hash of a key it cannot compare natively
//! copies the candidate out, compares it, and re-checks that the entry
//! still holds it.
//!
//! The dict methods are in `dict_methods.rs`.

use super::{OBJECT, Slots, Type, flags};
use crate::err::{PyErr, PyResult};
use crate::object::{Lookup, MapWriter, PyRef, RefMap, Retired, StackRef, Typed};
use crate::ops;
use crate::types::{float, int, str as pystr, tuple};
use std::sync::atomic::{
    AtomicU64,
    Ordering::{Acquire, Relaxed, Release},
};

/// The payload of a dict object.
#[derive(Default)]
pub struct Dict {
    table: RefMap,
    /// Moved on by [`VERSION_STEP`] with every change of the dict's entries
    /// (right after it), so a cached lookup result (the eval loop's global
    /// cache) stays valid while the version it was made under is current.
    /// The low bits are flags: [`TYPE_DICT`] marks a type's dict, whose
    /// every change ends the type attribute cache's entries, and
    /// [`UNVERSIONED`] an instance dict, which no cache keys by version, so
    /// that its changes (every attribute store) skip the atomic update.
    /// Sharing the word keeps a dict object within 64 bytes.
    version: AtomicU64,
}

/// The bit of [`Dict::version`] marking a type's dict.
const TYPE_DICT: u64 = 1;
/// The bit of [`Dict::version`] marking a dict that keeps no version.
const UNVERSIONED: u64 = 2;
const VERSION_STEP: u64 = 4;

pub static DICT: Type = Type::builtin::<Dict>(
    "dict",
    Some(&OBJECT),
    flags::BASETYPE | flags::MAPPING,
    Slots {
        vectorcall: Some(super::dict_methods::dict_vectorcall),
        ..Slots::NONE
    },
);

/// Whether two keys are equal, when that can be known without running
/// Python code: identity, exact str, int and float, exact tuples of those.
#[inline(always)]
pub(crate) fn native_eq(a: &PyRef, b: &PyRef) -> Option<bool> {
    if PyRef::ptr_eq(a, b) {
        return Some(true);
    }
    if pystr::is_exact(a) && pystr::is_exact(b) {
        return Some(pystr::as_str(a)? == pystr::as_str(b)?);
    }
    native_eq_general(a, b)
}

/// [`native_eq`] past identity and two strs.
#[inline(never)]
fn native_eq_general(a: &PyRef, b: &PyRef) -> Option<bool> {
    let (ta, tb) = (a.type_of(), b.type_of());
    if !(std::ptr::eq(ta, &tuple::TUPLE) && std::ptr::eq(tb, &tuple::TUPLE)) {
        return scalar_eq(a, b);
    }
    // Exact tuples of such keys (the usual compound keys), one level deep:
    // Python compares their items by identity, then `==`.
    let (x, y) = (tuple::as_slice(a)?, tuple::as_slice(b)?);
    if x.len() != y.len() {
        return Some(false);
    }
    for (p, q) in x.iter().zip(y) {
        if !scalar_eq(p, q)? {
            return Some(false);
        }
    }
    Some(true)
}

/// [`native_eq`] for identical objects, exact strs, ints and floats.
#[inline]
fn scalar_eq(a: &PyRef, b: &PyRef) -> Option<bool> {
    if PyRef::ptr_eq(a, b) {
        return Some(true);
    }
    let (ta, tb) = (a.type_of(), b.type_of());
    if std::ptr::eq(ta, &int::INT) && std::ptr::eq(tb, &int::INT) {
        return Some(int::as_int(a)? == int::as_int(b)?);
    }
    if std::ptr::eq(ta, &float::FLOAT) && std::ptr::eq(tb, &float::FLOAT) {
        return Some(float::as_f64(a)? == float::as_f64(b)?);
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

/// An entry a lookup found: its position then, its key object and value.
/// The position is only valid as long as the entry still holds the key
/// (`MapWriter::holding`, `RefMap::value_if_holding`).
struct Found {
    index: usize,
    key: PyRef,
    value: PyRef,
}

/// A new empty dict.
pub fn new_dict() -> PyRef {
    PyRef::new(Dict::default(), &DICT)
}

/// A new empty instance dict with room for `n` keys before it first
/// grows. It keeps no version ([`version`] is `None`): attribute stores
/// are the commonest dict writes, and only module globals need one.
pub fn new_instance_dict(n: usize) -> PyRef {
    let dict = Dict {
        table: RefMap::with_capacity(n),
        version: AtomicU64::new(UNVERSIONED),
    };
    PyRef::new(dict, &DICT)
}

#[inline]
fn payload(d: &PyRef) -> &Dict {
    d.payload_exact::<Dict>(&DICT)
        .or_else(|| d.payload::<Dict>())
        .expect("a dict")
}

#[inline]
fn map(d: &PyRef) -> &RefMap {
    &payload(d).table
}

/// Runs `f` as `d`'s writer (under its lock); what it replaced is given
/// up afterwards, by the caller ([`Change::publish`]).
fn write<R>(d: &PyRef, f: impl FnOnce(&mut MapWriter<'_>) -> R) -> (R, Change<'_>) {
    let dict = payload(d);
    let (result, retired) = dict.table.write(d, f);
    (result, Change { dict, retired })
}

/// A finished write of a dict, holding what it replaced; dropped unpublished
/// when it changed nothing. It keeps the payload the write found, so that
/// the version's update checks the dict's type no second time.
struct Change<'d> {
    dict: &'d Dict,
    retired: Retired,
}

impl Change<'_> {
    /// Ends a write that changed the entries: the version moves on before
    /// what the write replaced is given up (outside the lock: destructors
    /// may run Python code, and may look at the dict again).
    #[inline]
    fn publish(self) {
        changed(self.dict);
        drop(self.retired);
    }
}

/// Makes `d` a type's dict: its changes from now on invalidate the type
/// attribute cache (`type_cache.rs`).
pub(crate) fn mark_type_dict(d: &PyRef) {
    payload(d).version.fetch_or(TYPE_DICT, Relaxed);
}

/// Called after every change to `dict`'s entries (see [`Change::publish`]).
#[inline]
fn changed(dict: &Dict) {
    let version = &dict.version;
    // The flags never change once the dict is shared (a dict becomes a
    // type's before its class exists), so a relaxed read of them will do.
    if version.load(Relaxed) & UNVERSIONED != 0 {
        return;
    }
    if crate::object::ebr::fetch_add(version, VERSION_STEP, Release) & TYPE_DICT != 0 {
        super::type_cache::invalidate();
    }
}

/// The dict's version: equal versions of one dict mean no change of its
/// entries in between; `None` for a dict that keeps none (an instance
/// dict), which nothing may cache by version.
#[inline]
pub fn version(d: &PyRef) -> Option<u64> {
    let version = payload(d).version.load(Acquire);
    (version & UNVERSIONED == 0).then_some(version)
}

/// Whether `d` is unchanged since [`version`] gave `version` (one load and
/// compare: a dict's flags never change, and versions carry them). A cache
/// keeps its dicts [`Typed`], so that this check needs no type check.
#[inline(always)]
pub fn unchanged_since(d: &Typed<Dict>, version: u64) -> bool {
    d.get().version.load(Acquire) == version
}

/// Finds `key` (with hash `hash`) among the `candidates` a lookup could
/// not compare natively, comparing with Python's `==` (no lock held),
/// looking again whenever a candidate's entry changed meanwhile.
fn find_slow(
    d: &PyRef,
    key: &PyRef,
    hash: i64,
    mut candidates: Vec<(usize, PyRef)>,
) -> PyResult<Option<Found>> {
    loop {
        let mut changed = false;
        for (i, candidate) in candidates {
            if ops::eq(&candidate, key)? {
                match map(d).value_if_holding(i, &candidate) {
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
        candidates = match lookup(d, key, hash) {
            Lookup::Found(found) => return Ok(Some(found)),
            Lookup::Missing => return Ok(None),
            Lookup::Compare(c) => c,
        };
    }
}

/// A lock-free lookup of `key` comparing natively.
#[inline]
fn lookup(d: &PyRef, key: &PyRef, hash: i64) -> Lookup<Found> {
    map(d).get(
        hash,
        |k| native_eq(k, key),
        |index, k, value| Found {
            index,
            key: k.clone(),
            value: value.clone(),
        },
    )
}

/// Finds `key` (with hash `hash`): its entry position and value.
fn find(d: &PyRef, key: &PyRef, hash: i64) -> PyResult<Option<Found>> {
    match lookup(d, key, hash) {
        Lookup::Found(found) => Ok(Some(found)),
        Lookup::Missing => Ok(None),
        Lookup::Compare(c) => find_slow(d, key, hash, c),
    }
}

/// `hash(key)` for a key of a dict or set (`what`: "dict key", "set
/// element"): CPython 3.14 rewords the TypeError of an unhashable key as
/// "cannot use 'T' as a dict key (unhashable type: 'U')".
#[inline]
pub fn hash_for(key: &PyRef, what: &str) -> PyResult<i64> {
    match ops::native_hash(key) {
        Some(h) => Ok(h),
        None => hash_for_general(key, what),
    }
}

#[inline(never)]
fn hash_for_general(key: &PyRef, what: &str) -> PyResult<i64> {
    // Exact tuples, the usual compound keys: their hash is cached.
    let hashed = match tuple::payload(key) {
        Some(t) if tuple::is_exact(key) => tuple::hash(t),
        _ => ops::hash(key),
    };
    match hashed {
        Ok(h) => Ok(h),
        Err(e) => Err(unhashable_key(key, what, e)),
    }
}

/// The TypeError of an unhashable key, reworded (see [`hash_for`]).
#[cold]
#[inline(never)]
fn unhashable_key(key: &PyRef, what: &str, e: PyErr) -> PyErr {
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
}

#[inline]
fn hash_key(key: &PyRef) -> PyResult<i64> {
    hash_for(key, "dict key")
}

/// `d.get(key)`.
pub fn get(d: &PyRef, key: &PyRef) -> PyResult<Option<PyRef>> {
    let hash = hash_key(key)?;
    match map(d).get(hash, |k| native_eq(k, key), |_, _, value| value.clone()) {
        Lookup::Found(value) => Ok(Some(value)),
        Lookup::Missing => Ok(None),
        Lookup::Compare(c) => Ok(find_slow(d, key, hash, c)?.map(|found| found.value)),
    }
}

/// `key in d`: the value is not counted.
pub fn contains(d: &PyRef, key: &PyRef) -> PyResult<bool> {
    let hash = hash_key(key)?;
    match map(d).get(hash, |k| native_eq(k, key), |_, _, _| ()) {
        Lookup::Found(()) => Ok(true),
        Lookup::Missing => Ok(false),
        Lookup::Compare(c) => Ok(find_slow(d, key, hash, c)?.is_some()),
    }
}

/// `d.get(key)` as the eval loop holds the value (see [`StackRef`]).
pub fn get_stack_ref(d: &PyRef, key: &PyRef) -> PyResult<Option<StackRef>> {
    let hash = hash_key(key)?;
    match map(d).get(
        hash,
        |k| native_eq(k, key),
        |_, _, value| StackRef::new(value),
    ) {
        Lookup::Found(value) => Ok(Some(value)),
        Lookup::Missing => Ok(None),
        Lookup::Compare(c) => Ok(find_slow(d, key, hash, c)?.map(|found| found.value.into())),
    }
}

/// `d[key] = value`.
pub fn set(d: &PyRef, key: PyRef, value: PyRef) -> PyResult<()> {
    let hash = hash_key(&key)?;
    set_hashed(d, key, hash, value)
}

/// What [`set_hashed`]'s first locked section did.
enum QuickSet {
    Done,
    /// A key with the hash needs Python's `==`: the key and value back.
    Compare(PyRef, PyRef),
}

fn set_hashed(d: &PyRef, key: PyRef, hash: i64, value: PyRef) -> PyResult<()> {
    // Keys that compare natively are found or inserted under one lock.
    let (quick, change) = write(d, move |w| match w.find(hash, |k| native_eq(k, &key)) {
        Lookup::Found(i) => {
            w.replace_value(i, value);
            QuickSet::Done
        }
        Lookup::Missing => {
            w.insert(hash, key, value);
            QuickSet::Done
        }
        Lookup::Compare(_) => QuickSet::Compare(key, value),
    });
    let (key, value) = match quick {
        QuickSet::Done => {
            change.publish();
            return Ok(());
        }
        QuickSet::Compare(key, value) => (key, value),
    };
    loop {
        let found = find(d, &key, hash)?;
        let (done, change) = write(d, |w| match &found {
            Some(f) if w.holding(f.index, &f.key) => {
                w.replace_value(f.index, value.clone());
                true
            }
            Some(_) => false,
            None => match w.find(hash, |k| native_eq(k, &key)) {
                Lookup::Missing | Lookup::Compare(_) => {
                    w.insert(hash, key.clone(), value.clone());
                    true
                }
                Lookup::Found(..) => false,
            },
        });
        if done {
            change.publish();
            return Ok(());
        }
    }
}

/// `del d[key]`: the removed value, or `None` if the key was missing.
pub fn remove(d: &PyRef, key: &PyRef) -> PyResult<Option<PyRef>> {
    let hash = hash_key(key)?;
    let (quick, change) = write(d, |w| match w.find(hash, |k| native_eq(k, key)) {
        Lookup::Found(i) => Lookup::Found(w.remove(i)),
        Lookup::Missing => Lookup::Missing,
        Lookup::Compare(c) => Lookup::Compare(c),
    });
    match quick {
        Lookup::Found(removed) => {
            change.publish();
            return Ok(removed.map(|(_, value)| value));
        }
        Lookup::Missing => return Ok(None),
        Lookup::Compare(_) => {}
    }
    loop {
        let Some(f) = find(d, key, hash)? else {
            return Ok(None);
        };
        let (removed, change) = write(d, |w| {
            if !w.holding(f.index, &f.key) {
                return None;
            }
            w.remove(f.index)
        });
        if let Some((_, value)) = removed {
            change.publish();
            return Ok(Some(value));
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
    let eq =
        |k: &PyRef| Some(PyRef::ptr_eq(k, key) || pystr::as_str(k).is_some_and(|k| *k == s.value));
    match map(d).get(s.hash(), eq, |_, _, value| value.clone()) {
        Lookup::Found(value) => Some(value),
        Lookup::Missing | Lookup::Compare(_) => None,
    }
}

/// Whether the str `key` is in `d` (as [`get_str_key`] finds it), with the
/// key filter's answer inline: an attribute cache's check that an instance
/// dict does not shadow a method, which is almost always a miss.
#[inline(always)]
pub fn has_str_key(d: &PyRef, key: &PyRef) -> bool {
    pystr::payload(key).is_some_and(|s| map(d).may_contain(s.hash()))
        && get_str_key(d, key).is_some()
}

/// As [`get_str_key`], with the position of the entry found, for a later
/// [`get_at`] (attribute caches remember where an instance dict holds a
/// name).
pub fn get_str_key_at(d: &PyRef, key: &PyRef) -> Option<(usize, PyRef)> {
    let s = pystr::payload(key)?;
    let eq =
        |k: &PyRef| Some(PyRef::ptr_eq(k, key) || pystr::as_str(k).is_some_and(|k| *k == s.value));
    match map(d).get(s.hash(), eq, |pos, _, value| (pos, value.clone())) {
        Lookup::Found(found) => Some(found),
        Lookup::Missing | Lookup::Compare(_) => None,
    }
}

/// The value at entry position `pos` if that entry's key is `key` itself
/// (the object, as interned names are); `None` says only "not there".
#[inline(always)]
pub fn get_at(d: &PyRef, pos: usize, key: &PyRef) -> Option<PyRef> {
    map(d).value_if_holding(pos, key)
}

/// Sets the str `key` (an exact str) to `value`, looking at entry position
/// `*pos` first; `*pos` becomes where the key is now. The attribute caches'
/// stores into instance dicts, which mostly replace a value in place.
pub fn set_str_at(d: &PyRef, pos: &mut usize, key: &PyRef, value: PyRef) -> PyResult<()> {
    let hint = *pos;
    let hash = || pystr::payload(key).expect("a str key").hash();
    let (done, change) = write(d, |w| {
        let value = match w.replace_if_holding(hint, key, value) {
            Ok(()) => return Ok(hint),
            Err(value) => value,
        };
        let hash = hash();
        let eq = |k: &PyRef| Some(PyRef::ptr_eq(k, key) || native_eq(k, key)?);
        match w.find(hash, eq) {
            Lookup::Found(i) => {
                w.replace_value(i, value);
                Ok(i)
            }
            Lookup::Missing => Ok(w.insert(hash, key.clone(), value)),
            // A key of another type that needs Python's `==`.
            Lookup::Compare(_) => Err(value),
        }
    });
    match done {
        Ok(at) => {
            *pos = at;
            change.publish();
            Ok(())
        }
        Err(value) => set_hashed(d, key.clone(), hash(), value),
    }
}

/// Sets a str key by Rust text (start-up, class creation).
pub fn set_str(d: &PyRef, name: &str, value: PyRef) {
    let key = pystr::intern(name);
    set(d, key, value).expect("str keys hash and compare without raising");
}

pub fn len(d: &PyRef) -> usize {
    map(d).len()
}

/// The live entries under the lock (a consistent snapshot): what `f`
/// makes of each.
fn snapshot<T>(d: &PyRef, f: impl FnMut(&PyRef, &PyRef) -> T) -> Vec<T> {
    // Nothing is replaced: the batch is empty.
    write(d, |w| w.entries(f)).0
}

/// A snapshot of the items, in order.
pub fn items(d: &PyRef) -> Vec<(PyRef, PyRef)> {
    snapshot(d, |k, v| (k.clone(), v.clone()))
}

pub fn keys(d: &PyRef) -> Vec<PyRef> {
    snapshot(d, |k, _| k.clone())
}

pub fn values(d: &PyRef) -> Vec<PyRef> {
    snapshot(d, |_, v| v.clone())
}

/// The entry at or after position `pos` (for iterators): its position,
/// key and value. Positions stay valid while the dict does not grow past
/// its table or get cleared.
pub fn entry_from(d: &PyRef, pos: usize) -> Option<(usize, PyRef, PyRef)> {
    map(d).entry_from(pos)
}

/// Removes everything (the old entries are given up outside the lock).
pub fn clear(d: &PyRef) {
    let ((), change) = write(d, |w| w.clear());
    change.publish();
}

/// Removes and returns the last item (`popitem`).
pub fn pop_last(d: &PyRef) -> Option<(PyRef, PyRef)> {
    let (popped, change) = write(d, |w| {
        let i = w.last()?;
        w.remove(i)
    });
    change.publish();
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
    map(d).entry_before(end)
}
