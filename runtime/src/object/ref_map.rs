//! [`RefMap`], an insertion-ordered hash table of object references whose
//! lookups do not lock: the storage of `dict`.
//!
//! The map publishes a [`MapTable`] through an atomic pointer (null while
//! empty). A table has a fixed number of entries, filled in order (the
//! insertion order), each an atomic hash and two [`AtomicRef`]s (key and
//! value), and an open-addressing index: a power-of-two array of atomic
//! entry numbers, [`EMPTY`] or [`DUMMY`] (an entry was deleted there),
//! probed linearly from the slot the hash's high bits pick. An entry is
//! never reused within its table, so the key a reader finds in an entry
//! is the entry's own key or none.
//!
//! Readers first test the key's bit in the map's key filter (one bit per
//! hash class, set by the writer before it publishes an entry with that
//! hash, recomputed from the live keys when a table is rebuilt, cleared
//! by `clear`): a clear bit means no key with the hash was present when
//! the lookup began, so most misses neither pin nor probe. Otherwise they
//! pin ([`ebr::pin`]), load the table, probe, and for each entry
//! the index names with the hash they want compare the key (borrowed, not
//! counted) with the caller's `eq`; on a match they load and count the
//! value, and unpin. Writers hold the owning object's lock
//! ([`RefMap::write`]):
//! - insertion writes the next entry (hash, key, value) and then publishes
//!   its number in the index (`Release`; readers load it with `Acquire`);
//! - replacing a value swaps the value slot, the old reference retired;
//! - deletion marks the index slot [`DUMMY`] and clears the entry's slots
//!   (both references retired);
//! - when the entries are used up, a new table sized for the live entries
//!   takes their references over (in order, holes dropped) and is
//!   published; the old table is retired without counting them;
//! - clearing publishes no table and retires the old one with its
//!   references.
//!
//! What a writer retires is given up after its lock is released and a
//! grace period has passed ([`Retired`]), so a pinned reader never touches
//! a freed object or table. A probe never skips a key that stays present:
//! index slots only go from [`EMPTY`] to an entry number and from an entry
//! number to [`DUMMY`] (never back to [`EMPTY`]) within a table, and every
//! table a reader can load holds every key present throughout.

use super::atomic_ref::{AtomicRef, Retired};
use super::ebr;
use super::handle::PyRef;
use super::locked::Locked;
use crate::sync::Ordering::{AcqRel, Acquire, Relaxed, Release};
use crate::sync::{AtomicI64, AtomicPtr, AtomicU32, AtomicU64, AtomicUsize};
use std::ptr;

/// An index slot no entry ever used: probes stop here.
const EMPTY: u32 = u32::MAX;
/// An index slot whose entry was deleted: probes go on past it.
const DUMMY: u32 = u32::MAX - 1;
/// The smallest index: room for 3 entries, an instance's few attributes.
const MIN_INDEX: usize = 4;

/// The entries a table of `index_len` index slots has room for: two
/// thirds, so that probes stay short and always meet an [`EMPTY`] slot;
/// all but one in the smallest table, whose probes are short anyway.
fn usable(index_len: usize) -> usize {
    if index_len == MIN_INDEX {
        MIN_INDEX - 1
    } else {
        index_len * 2 / 3
    }
}

/// The bit of a [`RefMap`]'s key filter that keys with hash `hash` set.
#[inline]
fn filter_bit(hash: i64) -> u64 {
    1 << (mix(hash) >> 58)
}

/// Spreads Python's hashes (small ints hash to themselves) over the high
/// bits that pick the first index slot.
#[inline]
fn mix(hash: i64) -> u64 {
    (hash as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

struct Entry {
    hash: AtomicI64,
    key: AtomicRef,
    value: AtomicRef,
}

/// One table of a [`RefMap`]: its index and its entries.
pub(super) struct MapTable {
    /// `64 - log2(index length)`: the first slot is `mix(hash) >> shift`.
    shift: u32,
    storage: Storage,
    /// Entries used so far (live or deleted): the next one to fill.
    used: AtomicUsize,
}

/// A table's index slots and entries: inside the table for the smallest
/// size (most instance dicts), one allocation where there would be three.
enum Storage {
    Small {
        index: [AtomicU32; MIN_INDEX],
        entries: [Entry; MIN_INDEX - 1],
    },
    Large {
        index: Box<[AtomicU32]>,
        entries: Box<[Entry]>,
    },
}

fn new_entry() -> Entry {
    Entry {
        hash: AtomicI64::new(0),
        key: AtomicRef::new(None),
        value: AtomicRef::new(None),
    }
}

impl MapTable {
    fn new(index_len: usize) -> Box<Self> {
        debug_assert!(index_len.is_power_of_two() && index_len >= MIN_INDEX);
        debug_assert_eq!(usable(MIN_INDEX), MIN_INDEX - 1);
        let storage = if index_len == MIN_INDEX {
            Storage::Small {
                index: std::array::from_fn(|_| AtomicU32::new(EMPTY)),
                entries: std::array::from_fn(|_| new_entry()),
            }
        } else {
            Storage::Large {
                index: (0..index_len).map(|_| AtomicU32::new(EMPTY)).collect(),
                entries: (0..usable(index_len)).map(|_| new_entry()).collect(),
            }
        };
        Box::new(Self {
            shift: 64 - index_len.trailing_zeros(),
            storage,
            used: AtomicUsize::new(0),
        })
    }

    #[inline]
    fn index(&self) -> &[AtomicU32] {
        match &self.storage {
            Storage::Small { index, .. } => index,
            Storage::Large { index, .. } => index,
        }
    }

    #[inline]
    fn entries(&self) -> &[Entry] {
        match &self.storage {
            Storage::Small { entries, .. } => entries,
            Storage::Large { entries, .. } => entries,
        }
    }

    /// A table with room for `live` entries and as many insertions again.
    fn for_entries(live: usize) -> Box<Self> {
        Self::with_room((live * 2).max(live + 1))
    }

    /// The smallest table with room for `want` entries.
    fn with_room(want: usize) -> Box<Self> {
        let mut index_len = MIN_INDEX;
        while usable(index_len) < want {
            index_len *= 2;
        }
        Self::new(index_len)
    }

    /// The index slots to probe for `hash`, in order (endless: the caller
    /// stops at an [`EMPTY`] slot, which every table has).
    #[inline]
    fn probe(&self, hash: i64) -> impl Iterator<Item = &AtomicU32> {
        let index = self.index();
        let mask = index.len() - 1;
        let first = (mix(hash) >> self.shift) as usize;
        (0..).map(move |n| &index[(first + n) & mask])
    }

    /// Empties every slot whose reference was moved to another table.
    pub(super) fn forget_all(&self) {
        for e in &self.entries()[..self.used.load(Relaxed)] {
            e.key.forget();
            e.value.forget();
        }
    }
}

/// What a lookup found.
pub enum Lookup<R> {
    Found(R),
    Missing,
    /// Entries whose keys have the hash but that `eq` could not compare:
    /// their positions then and their keys.
    Compare(Vec<(usize, PyRef)>),
}

/// An insertion-ordered map of references: lock-free lookups, writes under
/// the owner's lock. `repr(C)` with the (zero-sized) writer cell first, so
/// that its address lies inside the owner's allocation, as
/// [`Locked::with`] checks.
#[repr(C)]
pub struct RefMap {
    /// The writers' exclusion: the owning object's mutex.
    writer: Locked<()>,
    len: AtomicUsize,
    /// Null while the map is empty and has no table.
    table: AtomicPtr<MapTable>,
    /// The [`filter_bit`]s of the keys inserted since the table was built
    /// (a superset of the live keys' bits): a lookup whose bit is clear
    /// answers "missing" without pinning or probing, which is what most
    /// lookups of a method name in an instance dict do.
    filter: AtomicU64,
}

impl Default for RefMap {
    fn default() -> Self {
        Self::with_table(ptr::null_mut())
    }
}

impl Drop for RefMap {
    fn drop(&mut self) {
        let table = self.table.load(Relaxed);
        if !table.is_null() {
            // SAFETY: the table came from `Box::into_raw`, and with `&mut
            // self` no reader remains; dropping it drops its references.
            drop(unsafe { Box::from_raw(table) });
        }
    }
}

impl RefMap {
    fn with_table(table: *mut MapTable) -> Self {
        Self {
            writer: Locked::new(()),
            len: AtomicUsize::new(0),
            table: AtomicPtr::new(table),
            filter: AtomicU64::new(0),
        }
    }

    /// An empty map with room for `n` entries before its first growth (an
    /// instance dict sized for its class's attributes).
    pub fn with_capacity(n: usize) -> Self {
        if n == 0 {
            return Self::default();
        }
        Self::with_table(Box::into_raw(MapTable::with_room(n)))
    }

    /// The number of live entries.
    #[inline]
    pub fn len(&self) -> usize {
        self.len.load(Acquire)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Runs `f` on the current table, pinned.
    #[inline]
    fn read<R>(&self, f: impl FnOnce(&MapTable, &ebr::Pin) -> Option<R>) -> Option<R> {
        self.read_inlined(f)
    }

    /// [`RefMap::read`] for the attribute caches' hit paths, where a call
    /// would cost a third of the read.
    #[inline(always)]
    fn read_inlined<R>(&self, f: impl FnOnce(&MapTable, &ebr::Pin) -> Option<R>) -> Option<R> {
        let pin = ebr::pin();
        // SAFETY: a pinned reader's table is retired only after a grace
        // period that waits for `pin`, and tables are never freed
        // otherwise while the map lives (borrowed by `self`).
        let table = unsafe { self.table.load(Acquire).as_ref() }?;
        f(table, &pin)
    }

    /// Whether a key with hash `hash` may be present: `false` is certain
    /// (the key filter has no bit for it), without pinning.
    #[inline]
    pub fn may_contain(&self, hash: i64) -> bool {
        // Acquire: a key inserted before this lookup began set its bit
        // before it was published.
        self.filter.load(Acquire) & filter_bit(hash) != 0
    }

    /// Looks up the key with hash `hash` without locking. `eq` compares a
    /// stored key with the wanted one, `None` when it cannot without
    /// running Python code; on a match, `hit` gets the entry's position,
    /// key and value (borrowed while the lookup lasts).
    #[inline]
    pub fn get<R>(
        &self,
        hash: i64,
        mut eq: impl FnMut(&PyRef) -> Option<bool>,
        hit: impl FnOnce(usize, &PyRef, &PyRef) -> R,
    ) -> Lookup<R> {
        if !self.may_contain(hash) {
            return Lookup::Missing;
        }
        let mut slow = Vec::new();
        let found = self.read(|table, pin| {
            for slot in table.probe(hash) {
                let i = match slot.load(Acquire) {
                    EMPTY => return None,
                    DUMMY => continue,
                    i => i as usize,
                };
                let e = &table.entries()[i];
                if e.hash.load(Relaxed) != hash {
                    continue;
                }
                // A cleared key or value: deleted meanwhile.
                let Some(key) = e.key.peek(pin) else {
                    continue;
                };
                match eq(&key) {
                    Some(true) => {
                        if let Some(value) = e.value.peek(pin) {
                            return Some(hit(i, &key, &value));
                        }
                    }
                    Some(false) => {}
                    None => slow.push((i, PyRef::clone(&key))),
                }
            }
            None
        });
        match found {
            Some(r) => Lookup::Found(r),
            None if slow.is_empty() => Lookup::Missing,
            None => Lookup::Compare(slow),
        }
    }

    /// The value of the entry at `pos` if that entry still holds `key`
    /// (the very object a lookup found there); without locking.
    #[inline(always)]
    pub fn value_if_holding(&self, pos: usize, key: &PyRef) -> Option<PyRef> {
        self.read_inlined(|table, pin| {
            let e = table.entries().get(pos)?;
            let k = e.key.peek(pin)?;
            if !PyRef::ptr_eq(&k, key) {
                return None;
            }
            e.value.load(pin)
        })
    }

    /// The first live entry at or after position `pos`: its position, key
    /// and value; without locking. Positions stay valid until the table
    /// is replaced (growth, clearing).
    pub fn entry_from(&self, pos: usize) -> Option<(usize, PyRef, PyRef)> {
        self.read(|table, pin| {
            let used = table.used.load(Acquire);
            (pos..used).find_map(|i| entry_at(table, i, pin))
        })
    }

    /// The last live entry before position `end`; without locking.
    pub fn entry_before(&self, end: usize) -> Option<(usize, PyRef, PyRef)> {
        self.read(|table, pin| {
            let used = table.used.load(Acquire);
            (0..end.min(used))
                .rev()
                .find_map(|i| entry_at(table, i, pin))
        })
    }

    /// Runs `f` with the owner's lock held, as the only writer; returns its
    /// result and what it replaced, to drop (which waits for a grace
    /// period) once the caller has done what must come first.
    ///
    /// # Panics
    /// If `owner` does not hold this map (see [`Locked::with`]).
    pub fn write<R>(&self, owner: &PyRef, f: impl FnOnce(&mut MapWriter<'_>) -> R) -> (R, Retired) {
        self.writer.with(owner, |_| {
            let mut w = MapWriter {
                map: self,
                retired: Retired::default(),
            };
            let result = f(&mut w);
            (result, w.retired)
        })
    }
}

fn entry_at(table: &MapTable, i: usize, pin: &ebr::Pin) -> Option<(usize, PyRef, PyRef)> {
    let e = &table.entries()[i];
    let key = e.key.load(pin)?;
    let value = e.value.load(pin)?;
    Some((i, key, value))
}

/// The writer of a [`RefMap`], inside [`RefMap::write`]. Positions are
/// entry positions in the current table.
pub struct MapWriter<'a> {
    map: &'a RefMap,
    retired: Retired,
}

impl<'a> MapWriter<'a> {
    /// The current table. Its lifetime is the map's so that the writer can
    /// retire into `self.retired` while using it; the methods below use it
    /// only within the write (never returning it), and a table this write
    /// replaces stays allocated in `self.retired` until after the write.
    fn table(&self) -> Option<&'a MapTable> {
        // Only the writer replaces the table, and a replaced one is freed
        // when the writer's `Retired` batch is dropped, after the write.
        // SAFETY: the caller is that writer and keeps no reference past it.
        unsafe { self.map.table.load(Relaxed).as_ref() }
    }

    pub fn len(&self) -> usize {
        self.map.len.load(Relaxed)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// As [`RefMap::get`], for the writer: the position of the entry found.
    pub fn find(&self, hash: i64, mut eq: impl FnMut(&PyRef) -> Option<bool>) -> Lookup<usize> {
        if self.map.filter.load(Relaxed) & filter_bit(hash) == 0 {
            return Lookup::Missing;
        }
        let Some(table) = self.table() else {
            return Lookup::Missing;
        };
        let mut slow = Vec::new();
        for slot in table.probe(hash) {
            let i = match slot.load(Relaxed) {
                EMPTY => break,
                DUMMY => continue,
                i => i as usize,
            };
            let e = &table.entries()[i];
            if e.hash.load(Relaxed) != hash {
                continue;
            }
            let Some(key) = e.key.writer_peek() else {
                continue;
            };
            match eq(&key) {
                Some(true) => return Lookup::Found(i),
                Some(false) => {}
                None => slow.push((i, PyRef::clone(&key))),
            }
        }
        if slow.is_empty() {
            Lookup::Missing
        } else {
            Lookup::Compare(slow)
        }
    }

    /// Whether the entry at `pos` still holds `key` (the very object a
    /// lookup found there).
    pub fn holding(&self, pos: usize, key: &PyRef) -> bool {
        self.table()
            .and_then(|t| t.entries().get(pos))
            .is_some_and(|e| e.key.holds(key))
    }

    /// Replaces the value of the entry at `pos` if it still holds `key`
    /// (as [`MapWriter::holding`] then [`MapWriter::replace_value`], the
    /// table read once: an attribute store at its cached position);
    /// `value` back otherwise.
    pub fn replace_if_holding(
        &mut self,
        pos: usize,
        key: &PyRef,
        value: PyRef,
    ) -> Result<(), PyRef> {
        let entry = self.table().and_then(|t| t.entries().get(pos));
        match entry {
            Some(e) if e.key.holds(key) => {
                e.value.replace(Some(value), &mut self.retired);
                Ok(())
            }
            _ => Err(value),
        }
    }

    /// Replaces the value of the live entry at `pos`.
    pub fn replace_value(&mut self, pos: usize, value: PyRef) {
        let table = self.table().expect("a live entry's table");
        let e = &table.entries()[pos];
        debug_assert!(e.key.writer_peek().is_some(), "a live entry");
        e.value.replace(Some(value), &mut self.retired);
    }

    /// Adds an entry for a key the caller found missing: its position.
    pub fn insert(&mut self, hash: i64, key: PyRef, value: PyRef) -> usize {
        let full = self
            .table()
            .is_none_or(|t| t.used.load(Relaxed) == t.entries().len());
        if full {
            self.rebuild();
        }
        let table = self.table().expect("rebuilt");
        // The writer alone changes the filter; the bit is set before the
        // entry is published (Release: readers load the filter first).
        let filter = self.map.filter.load(Relaxed);
        if filter & filter_bit(hash) == 0 {
            self.map.filter.store(filter | filter_bit(hash), Release);
        }
        let pos = table.used.load(Relaxed);
        let e = &table.entries()[pos];
        e.hash.store(hash, Relaxed);
        e.key.fill_empty(key);
        e.value.fill_empty(value);
        table.used.store(pos + 1, Release);
        let slot = table
            .probe(hash)
            .find(|s| matches!(s.load(Relaxed), EMPTY | DUMMY))
            .expect("an index always has free slots");
        // Release: a reader that loads the number sees the entry's fields.
        slot.store(pos as u32, Release);
        self.map.len.store(self.len() + 1, Release);
        pos
    }

    /// Publishes a table holding the live entries, in order, with room for
    /// as many more; the old table is retired (its references moved).
    fn rebuild(&mut self) {
        let new = MapTable::for_entries(self.len());
        if let Some(old) = self.table() {
            // The live keys' bits: a reader that sees the new filter before
            // the new table still finds every key present throughout.
            let mut filter = 0;
            let mut pos = 0;
            for e in &old.entries()[..old.used.load(Relaxed)] {
                if e.key.writer_peek().is_none() {
                    continue;
                }
                let hash = e.hash.load(Relaxed);
                let to = &new.entries()[pos];
                to.hash.store(hash, Relaxed);
                to.key.take_over(&e.key);
                to.value.take_over(&e.value);
                let slot = new
                    .probe(hash)
                    .find(|s| s.load(Relaxed) == EMPTY)
                    .expect("an index always has free slots");
                slot.store(pos as u32, Relaxed);
                filter |= filter_bit(hash);
                pos += 1;
            }
            new.used.store(pos, Relaxed);
            self.map.filter.store(filter, Release);
        }
        // AcqRel: the new table's contents are published with it.
        let old = self.map.table.swap(Box::into_raw(new), AcqRel);
        if !old.is_null() {
            // Readers still using `old` are waited for before `Retired`
            // frees it; its references now belong to the new table.
            // SAFETY: `old` came from `Box::into_raw` and is unpublished.
            self.retired.push_moved_table(unsafe { Box::from_raw(old) });
        }
    }

    /// Removes the live entry at `pos`: its key and value.
    pub fn remove(&mut self, pos: usize) -> Option<(PyRef, PyRef)> {
        let table = self.table()?;
        let e = table.entries().get(pos)?;
        let key = e.key.writer_load()?;
        let value = e.value.writer_load()?;
        let hash = e.hash.load(Relaxed);
        let slot = table
            .probe(hash)
            .find(|s| s.load(Relaxed) == pos as u32)
            .expect("a live entry is indexed");
        slot.store(DUMMY, Release);
        e.key.replace(None, &mut self.retired);
        e.value.replace(None, &mut self.retired);
        self.map.len.store(self.len() - 1, Release);
        Some((key, value))
    }

    /// The position of the last live entry.
    pub fn last(&self) -> Option<usize> {
        let table = self.table()?;
        (0..table.used.load(Relaxed))
            .rev()
            .find(|&i| table.entries()[i].key.writer_peek().is_some())
    }

    /// Removes every entry.
    pub fn clear(&mut self) {
        let old = self.map.table.swap(ptr::null_mut(), AcqRel);
        self.map.len.store(0, Release);
        self.map.filter.store(0, Release);
        if !old.is_null() {
            // SAFETY: `old` came from `Box::into_raw` and is no longer
            // published; readers still using it are waited for before
            // `Retired` drops it with its references.
            self.retired.push_owned_table(unsafe { Box::from_raw(old) });
        }
    }

    /// The live entries, in order: what `f` makes of each key and value.
    pub fn entries<T>(&self, mut f: impl FnMut(&PyRef, &PyRef) -> T) -> Vec<T> {
        let Some(table) = self.table() else {
            return Vec::new();
        };
        let mut out = Vec::with_capacity(self.len());
        for e in &table.entries()[..table.used.load(Relaxed)] {
            if let (Some(k), Some(v)) = (e.key.writer_peek(), e.value.writer_peek()) {
                out.push(f(&k, &v));
            }
        }
        out
    }
}
