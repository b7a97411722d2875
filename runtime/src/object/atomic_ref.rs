//! [`AtomicRef`], a shared slot holding an optional object reference that
//! readers load without a lock, and [`Retired`], the references and slot
//! arrays writers replaced, given up after a grace period ([`super::ebr`]).

use super::ebr::{self, Pin};
use super::handle::PyRef;
use super::header::ObjectHeader;
use crate::sync::AtomicPtr;
use crate::sync::Ordering::{AcqRel, Acquire, Relaxed, Release};
use std::ptr::{self, NonNull};

/// A slot owning one reference (or none). Loads take a new reference under
/// a [`Pin`]; stores are made by the one writer that owns the slot's
/// container (under its object lock), or by [`AtomicRef::swap`] from any
/// thread for a slot standing alone, and the reference they replace is
/// handed to a [`Retired`] batch.
pub struct AtomicRef(AtomicPtr<ObjectHeader>);

impl AtomicRef {
    pub fn new(value: Option<PyRef>) -> Self {
        Self(AtomicPtr::new(into_raw(value)))
    }

    /// A new reference to the slot's object.
    #[inline]
    pub fn load(&self, _pin: &Pin) -> Option<PyRef> {
        // SAFETY: the slot owned a reference to `obj` when it was loaded, and
        // whoever replaces it gives that reference up only after a grace
        // period, which waits for `_pin`: the object is alive here.
        unsafe { clone_raw(self.0.load(Acquire)) }
    }

    /// A new reference to the slot's object, pinning for the load (a slot
    /// read now and then, such as a function's `__defaults__`).
    #[inline]
    pub fn get(&self) -> Option<PyRef> {
        let pin = ebr::pin();
        self.load(&pin)
    }

    /// Stores `value` without a lock, from any thread: the swap moves the
    /// replaced reference to exactly one caller, which gets it back in a
    /// batch to drop once no lock is held (the drop waits for readers that
    /// may still be loading it).
    pub fn swap(&self, value: Option<PyRef>) -> Retired {
        let old = self.0.swap(into_raw(value), AcqRel);
        let mut retired = Retired::default();
        // SAFETY: the slot owned the reference it held; the swap moved it
        // out to this caller alone.
        if let Some(old) = unsafe { from_raw(old) } {
            retired.refs.push(old);
        }
        retired
    }

    /// A new reference to the slot's object, for the container's writer,
    /// whose lock keeps the slot from being replaced meanwhile.
    pub(super) fn writer_load(&self) -> Option<PyRef> {
        // SAFETY: only the writer (this caller, under the container's lock)
        // replaces the slot, so its reference is still held.
        unsafe { clone_raw(self.0.load(Relaxed)) }
    }

    /// Whether the slot holds `value` (for the writer).
    pub(super) fn holds(&self, value: &PyRef) -> bool {
        ptr::eq(self.0.load(Relaxed), value.obj.as_ptr())
    }

    /// Stores `value`, handing the replaced reference to `retired` (for the
    /// writer).
    pub(super) fn replace(&self, value: Option<PyRef>, retired: &mut Retired) {
        let old = self.0.swap(into_raw(value), Release);
        // SAFETY: the slot owned the reference it held; it is moved out.
        if let Some(old) = unsafe { from_raw(old) } {
            retired.refs.push(old);
        }
    }

    /// Makes this slot hold `from`'s reference, whose ownership moves here
    /// (`from` keeps the pointer until overwritten or cleared by
    /// [`AtomicRef::forget`], so readers of either slot see a live object).
    /// This slot's own reference must have been moved or retired before.
    pub(super) fn take_over(&self, from: &AtomicRef) {
        self.0.store(from.0.load(Relaxed), Release);
    }

    /// As [`AtomicRef::take_over`], handing this slot's own reference to
    /// `retired`.
    pub(super) fn take_over_retiring(&self, from: &AtomicRef, retired: &mut Retired) {
        let old = self.0.swap(from.0.load(Relaxed), Release);
        // SAFETY: the slot owned the reference it held; it is moved out.
        if let Some(old) = unsafe { from_raw(old) } {
            retired.refs.push(old);
        }
    }

    /// Empties a slot whose reference was moved to another slot.
    pub(super) fn forget(&self) {
        self.0.store(ptr::null_mut(), Release);
    }
}

impl Drop for AtomicRef {
    fn drop(&mut self) {
        // SAFETY: the slot owns its reference, and nobody reads it any more.
        drop(unsafe { from_raw(self.0.load(Relaxed)) });
    }
}

fn into_raw(value: Option<PyRef>) -> *mut ObjectHeader {
    match value {
        Some(r) => std::mem::ManuallyDrop::new(r).obj.as_ptr(),
        None => ptr::null_mut(),
    }
}

/// # Safety
/// `raw` is null or an owned reference, given to the result.
unsafe fn from_raw(raw: *mut ObjectHeader) -> Option<PyRef> {
    NonNull::new(raw).map(|obj| PyRef { obj })
}

/// # Safety
/// `raw` is null or points to a live object.
unsafe fn clone_raw(raw: *mut ObjectHeader) -> Option<PyRef> {
    let borrowed = std::mem::ManuallyDrop::new(NonNull::new(raw).map(|obj| PyRef { obj })?);
    Some(PyRef::clone(&borrowed))
}

/// The slots of a [`RefVec`](super::RefVec): a fixed-capacity array,
/// replaced by a larger one when it fills.
pub(super) struct SlotArray {
    slots: Box<[AtomicRef]>,
}

impl SlotArray {
    pub(super) fn new(capacity: usize) -> Box<Self> {
        Box::new(Self {
            slots: (0..capacity).map(|_| AtomicRef::new(None)).collect(),
        })
    }

    /// An array holding exactly `items`.
    pub(super) fn with_items(items: Vec<PyRef>) -> Box<Self> {
        Box::new(Self {
            slots: items
                .into_iter()
                .map(|item| AtomicRef::new(Some(item)))
                .collect(),
        })
    }

    pub(super) fn capacity(&self) -> usize {
        self.slots.len()
    }

    pub(super) fn slot(&self, i: usize) -> Option<&AtomicRef> {
        self.slots.get(i)
    }

    /// A larger array holding the first `len` references, moved out of
    /// this one (which readers may still use until a grace period passes:
    /// the moved references stay alive, held by the new array).
    pub(super) fn grow(&self, len: usize, capacity: usize) -> Box<Self> {
        let new = Self::new(capacity);
        for (from, to) in self.slots[..len].iter().zip(new.slots.iter()) {
            to.take_over(from);
        }
        new
    }
}

/// What a writer replaced: references and arrays to give up once no reader
/// can still be loading them. Dropping the batch waits for a grace period
/// (if it holds anything), then drops the references (which may run
/// destructors): drop it after releasing the container's lock.
#[derive(Default)]
pub struct Retired {
    refs: Vec<PyRef>,
    /// Arrays whose references were moved to a new array (not owned).
    /// Boxed as published: readers may still be reading the `SlotArray`
    /// itself at its address until the grace period ends.
    #[allow(clippy::vec_box)]
    arrays: Vec<Box<SlotArray>>,
}

impl Retired {
    pub(super) fn push_array(&mut self, array: Box<SlotArray>) {
        self.arrays.push(array);
    }
}

impl Drop for Retired {
    fn drop(&mut self) {
        if self.refs.is_empty() && self.arrays.is_empty() {
            return;
        }
        ebr::synchronize();
        for array in self.arrays.drain(..) {
            // Moved: the new array owns these references.
            array.slots.iter().for_each(AtomicRef::forget);
        }
        self.refs.clear();
    }
}
