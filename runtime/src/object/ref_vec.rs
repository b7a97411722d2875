//! [`RefVec`], a growable vector of object references whose readers do not
//! lock: the storage of `list`.
//!
//! The items live in a [`SlotArray`] of [`AtomicRef`]s published through an
//! atomic pointer, with the length beside it. Readers pin ([`ebr::pin`]),
//! load the length, then the array, bounds-check against both, and load
//! the slot. Writers hold the owning object's lock ([`RefVec::write`]): they
//! store into slots, and publish a larger array when one fills (the old one
//! is retired, its references moved, not counted). Every reference or array
//! a writer replaces is given up after the lock is released and a grace
//! period has passed, so a reader never increments a freed object.
//!
//! Readers racing with a writer see each index hold either an old or a new
//! item (while items shift, one item may show at two neighbouring indexes),
//! never a freed one; an index past a shrinking length reads as missing.

use super::atomic_ref::{AtomicRef, Retired, SlotArray, SlotBox, Slots};
use super::ebr;
use super::handle::PyRef;
use super::locked::Locked;
use super::stack::StackRef;
use crate::sync::AtomicPtr;
use crate::sync::AtomicUsize;
use crate::sync::Ordering::{AcqRel, Acquire, Relaxed, Release};
use std::ptr;

/// A vector of references: lock-free reads, writes under the owner's lock.
/// `repr(C)` with the (zero-sized) writer cell first, so that its address
/// lies inside the owner's allocation, as [`Locked::with`] checks.
#[repr(C)]
pub struct RefVec {
    /// The writers' exclusion: the owning object's mutex.
    writer: Locked<()>,
    len: AtomicUsize,
    /// Null while nothing was ever stored.
    array: AtomicPtr<SlotArray>,
}

impl Default for RefVec {
    fn default() -> Self {
        Self::new(Vec::new())
    }
}

impl RefVec {
    pub fn new(items: Vec<PyRef>) -> Self {
        Self::from_items(items.into_iter())
    }

    /// A vector of `items`, stored straight into an array of their size.
    pub fn from_items(items: impl ExactSizeIterator<Item = PyRef>) -> Self {
        let (array, len) = match items.len() {
            0 => (ptr::null_mut(), 0),
            n => {
                let (array, len) = SlotBox::new(n, items);
                (array.into_raw(), len)
            }
        };
        Self {
            len: AtomicUsize::new(len),
            array: AtomicPtr::new(array),
            writer: Locked::new(()),
        }
    }

    pub fn len(&self) -> usize {
        self.len.load(Acquire)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Item `i`, or `None` past the end; without locking.
    #[inline]
    pub fn get(&self, i: usize) -> Option<PyRef> {
        self.read(below(i), PyRef::clone)
    }

    /// Item `i` as a stack reference (cached when another thread owns the
    /// item, see [`StackRef`]), or `None` past the end; without locking.
    #[inline]
    pub fn get_stack_ref(&self, i: usize) -> Option<StackRef> {
        self.read(below(i), StackRef::new)
    }

    /// [`RefVec::get_stack_ref`] of the item `at` picks from the length
    /// (a negative index's position): the length is loaded once, for both.
    #[inline]
    pub fn get_stack_ref_at(&self, at: impl FnOnce(usize) -> Option<usize>) -> Option<StackRef> {
        self.read(at, StackRef::new)
    }

    /// `take` of the item `at` picks from the length, borrowed while
    /// pinned, or `None` if it picks none or one past the end.
    #[inline]
    fn read<R>(
        &self,
        at: impl FnOnce(usize) -> Option<usize>,
        take: impl FnOnce(&PyRef) -> R,
    ) -> Option<R> {
        let pin = ebr::pin();
        let i = at(self.len.load(Acquire))?;
        // SAFETY: a pinned reader's array is retired only after a grace
        // period that waits for `pin`, and arrays are never freed otherwise
        // while the vector lives (borrowed by `self`).
        let array = unsafe { Slots::new(self.array.load(Acquire)) }?;
        let item = array.slot(i)?.peek(&pin)?;
        Some(take(&item))
    }

    /// Runs `f` with the owner's lock held, as the only writer; then
    /// releases the lock and gives up what `f` replaced, after a grace
    /// period.
    ///
    /// # Panics
    /// If `owner` does not hold this vector (see [`Locked::with`]).
    pub fn write<R>(&self, owner: &PyRef, f: impl FnOnce(&mut Writer<'_>) -> R) -> R {
        let (result, retired) = self.writer.with(owner, |_| {
            let mut w = Writer {
                vec: self,
                retired: Retired::default(),
            };
            let result = f(&mut w);
            (result, w.retired)
        });
        drop(retired);
        result
    }

    /// The items of `owner`'s vector (`vec` of it) moved out, leaving it
    /// empty, if `owner` is the object's only reference
    /// ([`PyRef::is_unique`]; taken by value, so no other thread shares
    /// this handle): then no reader can be loading the slots, and the
    /// references move without copies or a grace period. Else `owner` back.
    pub fn take_unique(
        owner: PyRef,
        vec: impl FnOnce(&PyRef) -> &RefVec,
    ) -> Result<Vec<PyRef>, PyRef> {
        if !owner.is_unique() {
            return Err(owner);
        }
        Ok(vec(&owner).write(&owner, |w| {
            let items = w.items();
            w.vec.len.store(0, Release);
            // SAFETY: `owner` is the only reference to the vector's owner
            // (checked above), so no other thread can reach the slots.
            let take = |slot: &AtomicRef| unsafe { slot.take_unread() };
            items
                .map(|slot| take(slot).expect("an item below the length"))
                .collect()
        }))
    }

    /// The current array (for its writer).
    fn array(&self) -> Option<Slots<'_>> {
        // SAFETY: only the writer replaces the array, and retires the old
        // one; the caller is that writer (or has `&mut self`).
        unsafe { Slots::new(self.array.load(Relaxed)) }
    }
}

/// The position picker of index `i` below the length.
#[inline]
fn below(i: usize) -> impl FnOnce(usize) -> Option<usize> {
    move |len| (i < len).then_some(i)
}

impl Drop for RefVec {
    fn drop(&mut self) {
        let array = self.array.load(Relaxed);
        if !array.is_null() {
            // SAFETY: the array came from `SlotBox::into_raw`, and with
            // `&mut self` no reader remains; dropping it drops its
            // references.
            drop(unsafe { SlotBox::from_raw(array) });
        }
    }
}

/// The writer of a [`RefVec`], inside [`RefVec::write`].
pub struct Writer<'a> {
    vec: &'a RefVec,
    retired: Retired,
}

impl<'a> Writer<'a> {
    pub fn len(&self) -> usize {
        self.vec.len.load(Relaxed)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn slot(&self, i: usize) -> Option<&AtomicRef> {
        self.vec.array()?.slot(i).filter(|_| i < self.len())
    }

    pub fn get(&self, i: usize) -> Option<PyRef> {
        self.slot(i)?.writer_load()
    }

    /// A copy of the items, allocated once at its exact size.
    pub fn to_vec(&self) -> Vec<PyRef> {
        self.items().map(Self::load).collect()
    }

    /// Appends copies of the items to `out`.
    pub fn copy_to(&self, out: &mut Vec<PyRef>) {
        out.extend(self.items().map(Self::load));
    }

    /// Copies of the items at `positions` (all below the length), read
    /// from the slots as they are now (the array and length loaded once).
    pub fn copies(
        &self,
        positions: impl ExactSizeIterator<Item = usize>,
    ) -> impl ExactSizeIterator<Item = PyRef> {
        let slots = self.items().as_slice();
        positions.map(move |i| Self::load(&slots[i]))
    }

    /// The slots below the length.
    fn items(&self) -> std::slice::Iter<'a, AtomicRef> {
        let items = self.vec.array().map_or(&[][..], Slots::all);
        items[..self.len().min(items.len())].iter()
    }

    /// A new reference to the item of a slot below the length (never
    /// empty: removal shifts items down without leaving a hole).
    fn load(slot: &AtomicRef) -> PyRef {
        slot.writer_load().expect("an item below the length")
    }

    /// Makes room for `capacity` items, publishing a larger array if needed;
    /// the array (none for a capacity of 0 when none was ever needed).
    fn reserve(&mut self, capacity: usize) -> Option<Slots<'a>> {
        let vec = self.vec;
        let len = self.len();
        let have = vec.array().map_or(0, Slots::capacity);
        if capacity > have {
            let grown = match vec.array() {
                Some(old) => old.grow(len, capacity.max(have * 2)),
                None => SlotBox::new(capacity.max(4), std::iter::empty()).0,
            };
            let old = vec.array.swap(grown.into_raw(), AcqRel);
            if !old.is_null() {
                // SAFETY: `old` came from `SlotBox::into_raw` and is no
                // longer published; readers still using it are waited for
                // before `Retired` frees it.
                self.retired.push_array(unsafe { SlotBox::from_raw(old) });
            }
        }
        vec.array()
    }

    pub fn push(&mut self, item: PyRef) {
        let len = self.len();
        // The usual case, a free slot past the end, without `reserve`.
        let slot = match self.vec.array().and_then(|a| a.slot(len)) {
            Some(slot) => slot,
            None => self
                .reserve(len + 1)
                .and_then(|a| a.slot(len))
                .expect("reserved"),
        };
        // The slot past the end is empty: nothing to retire.
        slot.fill_empty(item);
        self.vec.len.store(len + 1, Release);
    }

    /// Replaces item `i`; `item` back if `i` is out of range (for the
    /// caller to drop after the lock).
    #[inline]
    pub fn set(&mut self, i: usize, item: PyRef) -> Result<(), PyRef> {
        let Some(slot) = self.items().as_slice().get(i) else {
            return Err(item);
        };
        self.store(slot, item);
        Ok(())
    }

    /// Replaces the items at `positions` (all below the length) by `items`,
    /// one each.
    pub fn set_all(&mut self, positions: impl Iterator<Item = usize>, items: Vec<PyRef>) {
        let slots = self.items().as_slice();
        for (i, item) in positions.zip(items) {
            self.store(&slots[i], item);
        }
    }

    fn store(&mut self, slot: &AtomicRef, item: PyRef) {
        // Storing the item already there retires nothing (the slot's own
        // reference keeps `item` alive as it is dropped).
        if !slot.holds(&item) {
            slot.replace(Some(item), &mut self.retired);
        }
    }

    /// Removes and returns item `i`, shifting the later ones down.
    pub fn remove(&mut self, i: usize) -> Option<PyRef> {
        let (vec, len) = (self.vec, self.len());
        let array = vec.array().filter(|_| i < len)?;
        let item = self.get(i);
        self.vec.len.store(len - 1, Release);
        let slot = |j: usize| array.slot(j).expect("below the length");
        let last = len - 1;
        if i == last {
            slot(i).replace(None, &mut self.retired);
        } else {
            // Shifted without a gap: a reader below the new length always
            // finds an item.
            slot(i).take_over_retiring(slot(i + 1), &mut self.retired);
            for j in i + 1..last {
                slot(j).take_over(slot(j + 1));
            }
            slot(last).forget();
        }
        item
    }

    /// Makes the items `items`: slots that change are replaced (and their
    /// references retired), the length follows.
    pub fn assign(&mut self, items: Vec<PyRef>) {
        let (old_len, new_len) = (self.len(), items.len());
        if new_len < old_len {
            self.vec.len.store(new_len, Release);
        }
        let Some(array) = self.reserve(new_len) else {
            return;
        };
        for (i, item) in items.into_iter().enumerate() {
            let slot = array.slot(i).expect("reserved");
            if !slot.holds(&item) {
                slot.replace(Some(item), &mut self.retired);
            }
        }
        for i in new_len..old_len {
            let slot = array.slot(i).expect("below the old length");
            slot.replace(None, &mut self.retired);
        }
        if new_len > old_len {
            self.vec.len.store(new_len, Release);
        }
    }
}
