//! The `set` and `frozenset` types' core: CPython's set table (open
//! addressing over a power-of-two table, nine linear probes then the
//! perturbed jump, the same resize rules) so iteration order matches
//! CPython, under the set's object lock.
//!
//! Keys compare with Python's `==`, which may run Python code: a probe
//! that meets a key it cannot compare natively returns it, compares with
//! the lock released, and resumes only if the table did not change
//! meanwhile (else it restarts), as CPython's `set_add_entry` does.
//!
//! The set methods are in `set_methods.rs`.

use super::dict::native_eq;
use super::{OBJECT, Slots, Type, alloc_instance, dict, flags};
use crate::err::PyResult;
use crate::object::{Locked, PyRef};
use crate::ops;
use std::sync::atomic::{AtomicI64, Ordering::Relaxed};

/// The payload of set and frozenset objects.
pub struct Set {
    table: Locked<Table>,
    /// A frozenset's hash once computed; -1 before.
    hash: AtomicI64,
}

impl Default for Set {
    fn default() -> Self {
        Set {
            table: Locked::new(Table::default()),
            hash: AtomicI64::new(-1),
        }
    }
}

pub static SET: Type = Type::builtin::<Set>(
    "set",
    Some(&OBJECT),
    flags::BASETYPE,
    Slots {
        vectorcall: Some(super::set_methods::set_vectorcall),
        ..Slots::NONE
    },
);
pub static FROZENSET: Type = Type::builtin::<Set>(
    "frozenset",
    Some(&OBJECT),
    flags::BASETYPE,
    Slots {
        vectorcall: Some(super::set_methods::frozenset_vectorcall),
        ..Slots::NONE
    },
);

const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

/// A slot of the table, as CPython's `setentry`: unused (no key, hash 0),
/// dummy (a deleted entry probed past: no key, hash -1) or active (a key
/// and its hash, never -1).
#[derive(Clone)]
struct Slot {
    hash: i64,
    key: Option<PyRef>,
}

impl Slot {
    const EMPTY: Slot = Slot { hash: 0, key: None };
    const DUMMY: Slot = Slot {
        hash: -1,
        key: None,
    };

    fn active(hash: i64, key: PyRef) -> Slot {
        Slot {
            hash,
            key: Some(key),
        }
    }

    #[inline]
    fn is_empty(&self) -> bool {
        self.key.is_none() && self.hash != -1
    }

    /// The hash and key of an active slot.
    #[inline]
    fn entry(&self) -> Option<(i64, &PyRef)> {
        self.key.as_ref().map(|k| (self.hash, k))
    }
}

pub(crate) struct Table {
    slots: Vec<Slot>,
    /// Active plus dummy slots.
    fill: usize,
    used: usize,
    /// Where `pop` resumes its scan.
    finger: usize,
    /// Bumped by every mutation: a probe resumed after a Python `==`
    /// restarts when it changed.
    generation: u64,
}

impl Default for Table {
    fn default() -> Self {
        Table {
            slots: vec![Slot::EMPTY; MIN_SIZE],
            fill: 0,
            used: 0,
            finger: 0,
            generation: 0,
        }
    }
}

/// A position in CPython's probe sequence: runs of `LINEAR_PROBES + 1`
/// slots from `base` (when they fit before the end), then a jump mixing in
/// the higher bits of the hash.
#[derive(Clone, Copy)]
struct Cursor {
    base: usize,
    offset: usize,
    run: usize,
    perturb: u64,
}

fn run_len(base: usize, mask: usize) -> usize {
    if base + LINEAR_PROBES <= mask {
        LINEAR_PROBES
    } else {
        0
    }
}

impl Cursor {
    fn new(hash: i64, mask: usize) -> Cursor {
        let base = hash as u64 as usize & mask;
        Cursor {
            base,
            offset: 0,
            run: run_len(base, mask),
            perturb: hash as u64,
        }
    }

    fn pos(&self) -> usize {
        self.base + self.offset
    }

    fn advance(&mut self, mask: usize) {
        if self.offset < self.run {
            self.offset += 1;
            return;
        }
        self.perturb >>= PERTURB_SHIFT;
        self.base = self
            .base
            .wrapping_mul(5)
            .wrapping_add(1)
            .wrapping_add(self.perturb as usize)
            & mask;
        self.offset = 0;
        self.run = run_len(self.base, mask);
    }
}

/// Where a probe ended.
enum Located {
    Found(usize),
    /// Absent: `slot` is where it would go; `fresh` if that slot is empty
    /// (not a reused dummy). Probes that only look (`FREESLOT` false) do
    /// not note dummies and report the empty slot that ended them.
    Missing {
        slot: usize,
        fresh: bool,
    },
}

impl Table {
    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    /// Puts a key known to be absent into a table without dummies.
    fn insert_clean(slots: &mut [Slot], hash: i64, key: PyRef) {
        let mask = slots.len() - 1;
        let mut cur = Cursor::new(hash, mask);
        while !slots[cur.pos()].is_empty() {
            cur.advance(mask);
        }
        slots[cur.pos()] = Slot::active(hash, key);
    }

    /// Rebuilds the table with room for `min_used` keys (CPython's
    /// `set_table_resize`), dropping the dummies.
    fn resize(&mut self, min_used: usize) {
        let mut size = MIN_SIZE;
        while size <= min_used {
            size <<= 1;
        }
        let old = std::mem::replace(&mut self.slots, vec![Slot::EMPTY; size]);
        for slot in old {
            if let Slot {
                hash: h,
                key: Some(k),
            } = slot
            {
                Self::insert_clean(&mut self.slots, h, k);
            }
        }
        self.fill = self.used;
        self.generation += 1;
    }

    fn insert_at(&mut self, slot: usize, fresh: bool, hash: i64, key: PyRef) {
        self.slots[slot] = Slot::active(hash, key);
        self.used += 1;
        self.generation += 1;
        if fresh {
            self.fill += 1;
            if self.fill * 5 >= self.mask() * 3 {
                let n = if self.used > 50000 {
                    self.used * 2
                } else {
                    self.used * 4
                };
                self.resize(n);
            }
        }
    }

    fn remove_at(&mut self, pos: usize) -> Option<PyRef> {
        let key = std::mem::replace(&mut self.slots[pos], Slot::DUMMY).key?;
        self.used -= 1;
        self.generation += 1;
        Some(key)
    }

    /// The resize `set_merge`/`set_update` do before adding `n` keys.
    fn reserve(&mut self, n: usize) {
        if (self.fill + n) * 5 >= self.mask() * 3 {
            self.resize((self.used + n) * 2);
        }
    }
}

fn payload(s: &PyRef) -> &Set {
    s.payload::<Set>().expect("a set or frozenset")
}

fn with<R>(s: &PyRef, f: impl FnOnce(&mut Table) -> R) -> R {
    payload(s).table.with(s, f)
}

/// Whether `obj` is a set or frozenset (or subclass instance).
#[inline]
pub fn is_anyset(obj: &PyRef) -> bool {
    obj.payload::<Set>().is_some()
}

/// Whether `obj` is a frozenset (or subclass instance).
pub fn is_frozen(obj: &PyRef) -> bool {
    obj.type_of().is_subtype(&FROZENSET)
}

/// A new empty set of type `cls` (set, frozenset or a subclass).
pub fn new_empty(cls: &'static Type) -> PyRef {
    alloc_instance(Set::default(), cls)
}

/// A new set of type `cls` holding the items of `iterable`.
pub fn new_from(cls: &'static Type, iterable: Option<&PyRef>) -> PyResult {
    let s = new_empty(cls);
    if let Some(it) = iterable {
        update(&s, it)?;
    }
    Ok(s)
}

/// Compares a key met with an equal hash (not the same object), when
/// that needs no Python code; out of line, keeping the probe loop small.
#[inline(never)]
fn candidate_eq(k: &PyRef, key: &PyRef) -> Option<bool> {
    native_eq(k, key)
}

/// Probes on from `cur` for `key` (with `FREESLOT`, a probe passing a dummy
/// remembers it in `freeslot`): where the key is or would go, or the slot
/// of a key with an equal hash that only Python's `==` can compare with it
/// (and that key). Each run of the sequence is scanned as one subslice,
/// a slot told apart by its hash before its key is looked at: a probe for
/// an absent key passes many slots (runs of consecutive ints, dummies).
#[inline(always)]
fn probe<const FREESLOT: bool>(
    t: &Table,
    key: &PyRef,
    hash: i64,
    cur: &mut Cursor,
    freeslot: &mut Option<usize>,
) -> Result<Located, (usize, PyRef)> {
    let slots = &t.slots[..];
    let mask = slots.len() - 1;
    let mut free = *freeslot;
    loop {
        let start = cur.base + cur.offset;
        for (pos, slot) in (start..).zip(&slots[start..=cur.base + cur.run]) {
            let h = slot.hash;
            if h == hash
                && let Some(k) = &slot.key
            {
                if PyRef::ptr_eq(k, key) {
                    return Ok(Located::Found(pos));
                }
                match candidate_eq(k, key) {
                    Some(true) => return Ok(Located::Found(pos)),
                    Some(false) => {}
                    None => {
                        cur.offset = pos - cur.base;
                        *freeslot = free;
                        return Err((pos, k.clone()));
                    }
                }
            } else if h == 0 && slot.key.is_none() {
                *freeslot = free;
                return Ok(Located::Missing {
                    slot: free.unwrap_or(pos),
                    fresh: free.is_none(),
                });
            } else if FREESLOT && h == -1 {
                // A dummy (no key has hash -1): CPython 3.14 reuses the
                // last one the probe passed; a lookup passes them by.
                free = Some(pos);
            }
        }
        cur.offset = cur.run;
        cur.advance(mask);
    }
}

/// Probes for `key` and applies `apply` to where it is (or would go) with
/// the lock held. Keys that compare natively take one locked probe; a key
/// with an equal hash that needs Python's `==` is compared with the lock
/// released (see [`locate_slow`]).
#[inline]
fn locate<const FREESLOT: bool, R>(
    s: &PyRef,
    key: &PyRef,
    hash: i64,
    apply: impl FnOnce(&mut Table, Located) -> R,
) -> PyResult<R> {
    let mut apply = Some(apply);
    let first = with(s, |t| {
        let mut cur = Cursor::new(hash, t.mask());
        let mut freeslot = None;
        match probe::<FREESLOT>(t, key, hash, &mut cur, &mut freeslot) {
            Ok(loc) => Ok(apply.take().expect("applied once")(t, loc)),
            Err((pos, cand)) => Err((t.generation, pos, cand, cur, freeslot)),
        }
    });
    match first {
        Ok(r) => Ok(r),
        Err(pending) => {
            let apply = apply.take().expect("not applied yet");
            locate_slow::<FREESLOT, R>(s, key, hash, apply, pending)
        }
    }
}

/// The rest of [`locate`] once a candidate needs Python's `==`: compares it
/// unlocked, then resumes the probe where it stopped if the table did not
/// change meanwhile (else starts over), as CPython's `set_add_entry` does.
#[inline(never)]
fn locate_slow<const FREESLOT: bool, R>(
    s: &PyRef,
    key: &PyRef,
    hash: i64,
    apply: impl FnOnce(&mut Table, Located) -> R,
    (generation, pos, cand, cur, freeslot): (u64, usize, PyRef, Cursor, Option<usize>),
) -> PyResult<R> {
    let mut apply = Some(apply);
    let mut cursor = Some(cur);
    let mut freeslot = freeslot;
    let mut pending = (generation, pos, cand);
    loop {
        let eq = ops::eq(&pending.2, key)?;
        let step = with(s, |t| {
            let (generation, pos, cand) = &pending;
            let same = t.generation == *generation
                && t.slots[*pos]
                    .key
                    .as_ref()
                    .is_some_and(|k| PyRef::ptr_eq(k, cand));
            if same && eq {
                return Ok(apply.take().expect("applied once")(t, Located::Found(*pos)));
            }
            let mask = t.mask();
            let cur = match (same, cursor.as_mut()) {
                (true, Some(cur)) => {
                    cur.advance(mask);
                    cur
                }
                _ => {
                    freeslot = None;
                    cursor.insert(Cursor::new(hash, mask))
                }
            };
            match probe::<FREESLOT>(t, key, hash, cur, &mut freeslot) {
                Ok(loc) => Ok(apply.take().expect("applied once")(t, loc)),
                Err((pos, cand)) => Err((t.generation, pos, cand)),
            }
        });
        match step {
            Ok(r) => return Ok(r),
            // The previous candidate is dropped here, unlocked.
            Err(next) => pending = next,
        }
    }
}

/// Runs `f` with the key to look up and its hash: a set that is not
/// hashable is looked up as the equal frozenset (CPython's
/// `set_contains_key` retry).
#[inline]
fn with_lookup_key<R>(key: &PyRef, f: impl FnOnce(&PyRef, i64) -> PyResult<R>) -> PyResult<R> {
    if let Some(h) = ops::native_hash(key) {
        return f(key, h);
    }
    match element_hash(key) {
        Ok(h) => f(key, h),
        Err(e) if is_anyset(key) && e.matches(&super::exceptions::TYPE_ERROR) => {
            let frozen = new_empty(&FROZENSET);
            merge(&frozen, &snapshot(key))?;
            let h = hash(&frozen);
            f(&frozen, h)
        }
        Err(e) => Err(e),
    }
}

#[inline]
pub fn contains_hashed(s: &PyRef, key: &PyRef, hash: i64) -> PyResult<bool> {
    locate::<false, _>(s, key, hash, |_, loc| matches!(loc, Located::Found(_)))
}

/// `key in s`.
#[inline]
pub fn contains(s: &PyRef, key: &PyRef) -> PyResult<bool> {
    with_lookup_key(key, |key, hash| contains_hashed(s, key, hash))
}

/// Adds `key`; whether it was new.
#[inline]
pub fn add_hashed(s: &PyRef, key: &PyRef, hash: i64) -> PyResult<bool> {
    locate::<true, _>(s, key, hash, |t, loc| match loc {
        Located::Found(_) => false,
        Located::Missing { slot, fresh } => {
            t.insert_at(slot, fresh, hash, key.clone());
            true
        }
    })
}

/// `hash(key)` for a set element, with CPython's message when unhashable.
#[inline]
pub fn element_hash(key: &PyRef) -> PyResult<i64> {
    dict::hash_for(key, "set element")
}

/// `s.add(key)`.
pub fn add(s: &PyRef, key: &PyRef) -> PyResult<()> {
    let hash = element_hash(key)?;
    add_hashed(s, key, hash).map(drop)
}

/// Removes `key`; whether it was there.
#[inline]
pub fn discard_hashed(s: &PyRef, key: &PyRef, hash: i64) -> PyResult<bool> {
    let removed = locate::<false, _>(s, key, hash, |t, loc| match loc {
        Located::Found(pos) => t.remove_at(pos),
        Located::Missing { .. } => None,
    })?;
    Ok(removed.is_some())
}

/// `s.discard(key)`: whether it was there.
pub fn discard(s: &PyRef, key: &PyRef) -> PyResult<bool> {
    with_lookup_key(key, |key, hash| discard_hashed(s, key, hash))
}

/// `s.pop()`: an arbitrary key (from CPython's roving finger), if any.
pub fn pop(s: &PyRef) -> Option<PyRef> {
    with(s, |t| {
        if t.used == 0 {
            return None;
        }
        let mask = t.mask();
        let mut i = t.finger & mask;
        while t.slots[i].key.is_none() {
            i = (i + 1) & mask;
        }
        t.finger = i + 1;
        t.remove_at(i)
    })
}

/// Removes every key (dropped outside the lock).
pub fn clear(s: &PyRef) {
    let old = with(s, |t| {
        let generation = t.generation + 1;
        std::mem::replace(
            t,
            Table {
                generation,
                ..Table::default()
            },
        )
    });
    drop(old);
}

pub fn len(s: &PyRef) -> usize {
    with(s, |t| t.used)
}

/// A copy of a set's table, for reading another set without holding two
/// locks.
pub struct Snapshot {
    mask: usize,
    fill: usize,
    used: usize,
    /// (slot, hash, key) of the active slots, in table order.
    pub entries: Vec<(usize, i64, PyRef)>,
}

pub fn snapshot(s: &PyRef) -> Snapshot {
    with(s, |t| Snapshot {
        mask: t.mask(),
        fill: t.fill,
        used: t.used,
        entries: t
            .slots
            .iter()
            .enumerate()
            .filter_map(|(i, slot)| slot.entry().map(|(h, k)| (i, h, k.clone())))
            .collect(),
    })
}

/// The keys in iteration order.
pub fn keys(s: &PyRef) -> Vec<PyRef> {
    snapshot(s).entries.into_iter().map(|(_, _, k)| k).collect()
}

/// Adds every key of another set's snapshot (CPython's `set_merge`: one
/// resize first, a slot-for-slot copy or clean inserts into an empty set).
pub fn merge(s: &PyRef, other: &Snapshot) -> PyResult<()> {
    if other.used == 0 {
        return Ok(());
    }
    let copied = with(s, |t| {
        t.reserve(other.used);
        if t.fill != 0 {
            return false;
        }
        let same_shape = t.mask() == other.mask && other.fill == other.used;
        for (i, h, k) in &other.entries {
            if same_shape {
                t.slots[*i] = Slot::active(*h, k.clone());
            } else {
                Table::insert_clean(&mut t.slots, *h, k.clone());
            }
        }
        t.fill = other.used;
        t.used = other.used;
        t.generation += 1;
        true
    });
    if !copied {
        for (_, h, k) in &other.entries {
            add_hashed(s, k, *h)?;
        }
    }
    Ok(())
}

/// `s.update(iterable)` for one iterable (CPython's `set_update_internal`).
pub fn update(s: &PyRef, iterable: &PyRef) -> PyResult<()> {
    if is_anyset(iterable) {
        return merge(s, &snapshot(iterable));
    }
    if std::ptr::eq(iterable.type_of(), &dict::DICT) {
        let keys = dict::keys(iterable);
        with(s, |t| t.reserve(keys.len()));
        for k in &keys {
            add_hashed(s, k, ops::hash(k)?)?;
        }
        return Ok(());
    }
    let it = ops::iter(iterable)?;
    while let Some(x) = ops::next(&it)? {
        add(s, &x)?;
    }
    Ok(())
}

/// Replaces the table of `s` by that of `other` (a fresh, unshared set:
/// CPython's `set_swap_bodies` for the `*_update` methods).
pub fn take_table(s: &PyRef, other: &PyRef) {
    let table = with(other, std::mem::take);
    let old = with(s, |t| {
        let generation = t.generation + 1;
        std::mem::replace(
            t,
            Table {
                generation,
                ..table
            },
        )
    });
    drop(old);
}

/// The active entry at or after slot `pos`: its slot and key; and the
/// count of keys (to detect a change of size during iteration).
pub fn entry_from(s: &PyRef, pos: usize) -> (Option<(usize, PyRef)>, usize) {
    with(s, |t| {
        let found = t
            .slots
            .iter()
            .enumerate()
            .skip(pos)
            .find_map(|(i, slot)| slot.key.as_ref().map(|k| (i, k.clone())));
        (found, t.used)
    })
}

fn shuffle_bits(h: u64) -> u64 {
    ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
}

/// A frozenset's hash (CPython's `frozenset_hash`: order-independent
/// mixing of the key hashes), cached.
pub fn hash(s: &PyRef) -> i64 {
    let cached = payload(s).hash.load(Relaxed);
    if cached != -1 {
        return cached;
    }
    let (mut h, n) = with(s, |t| {
        let h = t.slots.iter().fold(0u64, |acc, slot| match slot.entry() {
            Some((h, _)) => acc ^ shuffle_bits(h as u64),
            None => acc,
        });
        (h, t.used as u64)
    });
    h ^= (n + 1).wrapping_mul(1927868237);
    h ^= (h >> 11) ^ (h >> 25);
    h = h.wrapping_mul(69069).wrapping_add(907133923);
    let h = if h == u64::MAX { 590923713 } else { h as i64 };
    payload(s).hash.store(h, Relaxed);
    h
}
