//! [`AtomicRef`], a shared slot holding an optional object reference that
//! readers load without a lock, and [`Retired`], the references and slot
//! arrays writers replaced, given up after a grace period ([`super::ebr`]).

use super::ebr::{self, Pin};
use super::handle::PyRef;
use super::header::ObjectHeader;
use super::ref_map::MapTable;
use crate::sync::Ordering::{AcqRel, Acquire, Relaxed, Release};
use crate::sync::{AtomicPtr, const_thread_local};
use std::alloc::{Layout, alloc, dealloc, handle_alloc_error};
use std::cell::RefCell;
use std::marker::PhantomData;
use std::mem::ManuallyDrop;
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
        self.swap_held(value).1
    }

    /// [`AtomicRef::swap`], also saying whether the slot held a reference
    /// (a cell's `del`, which raises on an empty one).
    pub fn swap_held(&self, value: Option<PyRef>) -> (bool, Retired) {
        let old = self.0.swap(into_raw(value), AcqRel);
        let mut retired = Retired::default();
        // SAFETY: the slot owned the reference it held; the swap moved it
        // out to this caller alone.
        let old = unsafe { from_raw(old) };
        let held = old.is_some();
        if let Some(old) = old {
            retired.push(old);
        }
        (held, retired)
    }

    /// The slot's object, borrowed for as long as `pin` lives (no count is
    /// taken: comparing a key costs no write to it).
    #[inline]
    pub(super) fn peek<'p>(&self, _pin: &'p Pin) -> Option<Borrowed<'p>> {
        // SAFETY: as in `load`, the object stays alive while `_pin` does,
        // and the borrow cannot outlive `_pin`.
        unsafe { Borrowed::new(self.0.load(Acquire)) }
    }

    /// The slot's object, borrowed by its writer: what a writer replaces
    /// is given up only after its write (see [`Retired`]), so the object
    /// outlives the write that borrowed it.
    #[inline]
    pub(super) fn writer_peek(&self) -> Option<Borrowed<'_>> {
        // SAFETY: only the writer replaces the slot, and what it replaces
        // stays in its `Retired` batch until the write ends, which the
        // borrow of the slot does not outlast.
        unsafe { Borrowed::new(self.0.load(Relaxed)) }
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
        // A load and a store, not an exchange (a locked instruction): the
        // writer alone stores into the slot, so nothing comes in between.
        let old = self.0.load(Relaxed);
        self.0.store(into_raw(value), Release);
        // SAFETY: the slot owned the reference it held; it is moved out.
        if let Some(old) = unsafe { from_raw(old) } {
            retired.push(old);
        }
    }

    /// Stores `value` into a slot known to be empty (past a vector's end,
    /// a map entry not yet published), so nothing is replaced (for the
    /// writer). A plain store, not an exchange: the slot is empty and only
    /// the writer stores into it.
    pub(super) fn fill_empty(&self, value: PyRef) {
        debug_assert!(
            self.0.load(Relaxed).is_null(),
            "fill_empty on a slot holding a reference"
        );
        self.0.store(into_raw(Some(value)), Release);
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
        // As in `replace`: the writer alone stores here.
        let old = self.0.load(Relaxed);
        self.0.store(from.0.load(Relaxed), Release);
        // SAFETY: the slot owned the reference it held; it is moved out.
        if let Some(old) = unsafe { from_raw(old) } {
            retired.push(old);
        }
    }

    /// Moves the slot's reference out to the caller, leaving it empty.
    ///
    /// # Safety
    /// No reader can be loading the slot (its container is reachable by
    /// the caller alone), so the reference needs no grace period.
    pub(super) unsafe fn take_unread(&self) -> Option<PyRef> {
        let old = self.0.load(Relaxed);
        self.0.store(ptr::null_mut(), Relaxed);
        // SAFETY: the slot owned the reference it held; it is moved out.
        unsafe { from_raw(old) }
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
        Some(r) => ManuallyDrop::new(r).obj.as_ptr(),
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
#[inline]
unsafe fn clone_raw(raw: *mut ObjectHeader) -> Option<PyRef> {
    let borrowed = ManuallyDrop::new(NonNull::new(raw).map(|obj| PyRef { obj })?);
    Some(PyRef::clone(&borrowed))
}

/// An object borrowed from an [`AtomicRef`] for lifetime `'a` (a pin, or
/// a write): a `PyRef` that gives no reference up when dropped.
pub(super) struct Borrowed<'a> {
    obj: ManuallyDrop<PyRef>,
    _life: PhantomData<&'a ()>,
}

impl Borrowed<'_> {
    /// # Safety
    /// `raw` is null or points to an object that stays alive for the
    /// chosen lifetime.
    #[inline]
    unsafe fn new(raw: *mut ObjectHeader) -> Option<Self> {
        NonNull::new(raw).map(|obj| Self {
            obj: ManuallyDrop::new(PyRef { obj }),
            _life: PhantomData,
        })
    }
}

impl std::ops::Deref for Borrowed<'_> {
    type Target = PyRef;
    #[inline]
    fn deref(&self) -> &PyRef {
        &self.obj
    }
}

/// The header of a [`RefVec`](super::RefVec)'s slot array: its capacity,
/// followed in the same allocation by that many [`AtomicRef`]s (so a list
/// costs one block besides its object). An array is replaced by a larger
/// one when it fills. Owned as a [`SlotBox`], published as a raw pointer,
/// and reached through [`Slots`].
#[repr(C)]
pub(super) struct SlotArray {
    capacity: usize,
}

/// Where the slots start: right after the header.
const SLOTS_OFFSET: usize = size_of::<SlotArray>();
const _: () = assert!(SLOTS_OFFSET.is_multiple_of(align_of::<AtomicRef>()));

/// The layout of an array of `capacity` slots.
fn array_layout(capacity: usize) -> Layout {
    let slots = Layout::array::<AtomicRef>(capacity).expect("slot array size");
    let (layout, offset) = Layout::new::<SlotArray>()
        .extend(slots)
        .expect("slot array size");
    debug_assert_eq!(offset, SLOTS_OFFSET);
    layout
}

/// The first slot of `array`.
fn first_slot(array: NonNull<SlotArray>) -> NonNull<AtomicRef> {
    // SAFETY: an array's block extends at least to its first slot's
    // address (its slots follow the header, `array_layout`).
    unsafe { array.cast::<u8>().add(SLOTS_OFFSET).cast() }
}

/// An owned slot array (see [`SlotArray`]).
pub(super) struct SlotBox(NonNull<SlotArray>);

impl SlotBox {
    /// An array of `capacity` slots, the first ones holding `items` (at
    /// most `capacity` of them); and how many it holds.
    pub(super) fn new(capacity: usize, items: impl Iterator<Item = PyRef>) -> (Self, usize) {
        let layout = array_layout(capacity);
        // SAFETY: the layout has a nonzero size (the header).
        let raw = unsafe { alloc(layout) };
        let Some(array) = NonNull::new(raw.cast::<SlotArray>()) else {
            handle_alloc_error(layout)
        };
        let first = first_slot(array);
        let mut filled = 0;
        // SAFETY: the block is fresh, sized and aligned for the header and
        // `capacity` slots (`array_layout`); each is written once before the
        // array is used.
        unsafe {
            array.write(SlotArray { capacity });
            for item in items.take(capacity) {
                first.add(filled).write(AtomicRef::new(Some(item)));
                filled += 1;
            }
            for i in filled..capacity {
                first.add(i).write(AtomicRef::new(None));
            }
        }
        (Self(array), filled)
    }

    /// The array, borrowed from its owner.
    pub(super) fn slots(&self) -> Slots<'_> {
        Slots {
            array: self.0,
            _life: PhantomData,
        }
    }

    /// Gives the array up for publishing (see [`SlotBox::from_raw`]).
    pub(super) fn into_raw(self) -> *mut SlotArray {
        ManuallyDrop::new(self).0.as_ptr()
    }

    /// # Safety
    /// `raw` came from [`SlotBox::into_raw`] and is owned by the caller
    /// alone from now on.
    pub(super) unsafe fn from_raw(raw: *mut SlotArray) -> Self {
        Self(NonNull::new(raw).expect("a published slot array"))
    }
}

impl Drop for SlotBox {
    fn drop(&mut self) {
        let capacity = self.slots().capacity();
        let slots = ptr::slice_from_raw_parts_mut(first_slot(self.0).as_ptr(), capacity);
        // SAFETY: the array is owned here and no longer reachable (readers
        // that could still load it were waited for by whoever gave it up),
        // and its `capacity` slots were initialised by `new`.
        unsafe { ptr::drop_in_place(slots) };
        // SAFETY: the block was allocated with this layout, and its slots
        // were dropped above.
        unsafe { dealloc(self.0.cast().as_ptr(), array_layout(capacity)) };
    }
}

/// A slot array borrowed for `'a` (a pin, a write, or its owner): a raw
/// pointer, so that reaching the slots past the header keeps the whole
/// block's provenance.
#[derive(Clone, Copy)]
pub(super) struct Slots<'a> {
    array: NonNull<SlotArray>,
    _life: PhantomData<&'a SlotArray>,
}

impl<'a> Slots<'a> {
    /// # Safety
    /// `raw` is null or a published array that stays allocated for `'a`.
    pub(super) unsafe fn new(raw: *mut SlotArray) -> Option<Self> {
        NonNull::new(raw).map(|array| Self {
            array,
            _life: PhantomData,
        })
    }

    #[inline]
    pub(super) fn capacity(self) -> usize {
        // SAFETY: the array is allocated for `'a`, its header initialised.
        unsafe { self.array.as_ref() }.capacity
    }

    #[inline]
    pub(super) fn slot(self, i: usize) -> Option<&'a AtomicRef> {
        self.all().get(i)
    }

    /// Every slot.
    #[inline]
    pub(super) fn all(self) -> &'a [AtomicRef] {
        // SAFETY: the array's `capacity` slots were initialised by
        // `SlotBox::new` and stay allocated for `'a`.
        unsafe { std::slice::from_raw_parts(first_slot(self.array).as_ptr(), self.capacity()) }
    }

    /// A larger array holding the first `len` references, moved out of
    /// this one (which readers may still use until a grace period passes:
    /// the moved references stay alive, held by the new array).
    pub(super) fn grow(self, len: usize, capacity: usize) -> SlotBox {
        let (new, _) = SlotBox::new(capacity, std::iter::empty());
        for (from, to) in self.all()[..len].iter().zip(new.slots().all()) {
            to.take_over(from);
        }
        new
    }

    /// Empties every slot, whose references were moved to a new array.
    fn forget_all(self) {
        self.all().iter().for_each(AtomicRef::forget);
    }
}

/// What a writer replaced: references and arrays to give up once no reader
/// can still be loading them. Dropping the batch waits for a grace period
/// (if it holds anything), then drops the references (which may run
/// destructors): drop it after releasing the container's lock.
///
/// Most writes replace one reference (a list item, a dict value) or only
/// leaf objects (deferred per thread): the batch is two words, the rest
/// boxed, so such a write allocates, moves and checks almost nothing.
///
/// The fields are `ManuallyDrop` so that the batch has no drop glue beyond
/// [`Retired::drop`]'s inlined check: `give_up` empties both.
#[derive(Default)]
pub struct Retired {
    one: ManuallyDrop<Option<PyRef>>,
    rest: ManuallyDrop<Option<Box<RetiredRest>>>,
}

/// The rarer part of a [`Retired`] batch.
#[derive(Default)]
struct RetiredRest {
    refs: Vec<PyRef>,
    storage: Vec<Storage>,
}

/// Slot storage a writer replaced, readers may still be reading at its
/// address (boxed as published) until the grace period ends.
enum Storage {
    /// An array whose references were moved to a new array (not owned).
    MovedArray(SlotBox),
    /// A map table whose references were moved to a new table.
    MovedTable(Box<MapTable>),
    /// A map table that still owns its references (a cleared map).
    OwnedTable(Box<MapTable>),
}

impl Retired {
    /// Adds a reference a writer took out of a slot. An immortal object is
    /// never freed, so readers that may still be loading it need no grace
    /// period: it is given up at once (a no-op), which spares most value
    /// replacements (None, small ints, interned strings) the wait.
    #[inline]
    pub(super) fn push(&mut self, obj: PyRef) {
        if !obj.is_immortal() {
            self.push_mortal(obj);
        }
    }

    #[inline(never)]
    fn push_mortal(&mut self, obj: PyRef) {
        if is_leaf(&obj) {
            // With one thread no reader can be loading it, and a leaf's
            // release runs nothing (as when a deferred batch fills).
            if ebr::single_thread() {
                drop(obj);
            } else {
                defer(obj);
            }
            return;
        }
        if self.one.is_none() {
            *self.one = Some(obj);
        } else {
            self.rest().refs.push(obj);
        }
    }

    fn rest(&mut self) -> &mut RetiredRest {
        self.rest.get_or_insert_default()
    }

    pub(super) fn push_moved_table(&mut self, table: Box<MapTable>) {
        self.rest().storage.push(Storage::MovedTable(table));
    }

    pub(super) fn push_owned_table(&mut self, table: Box<MapTable>) {
        self.rest().storage.push(Storage::OwnedTable(table));
    }

    pub(super) fn push_array(&mut self, array: SlotBox) {
        self.rest().storage.push(Storage::MovedArray(array));
    }
}

impl Drop for Retired {
    #[inline]
    fn drop(&mut self) {
        if self.one.is_some() || self.rest.is_some() {
            self.give_up();
        }
    }
}

impl Retired {
    #[inline(never)]
    fn give_up(&mut self) {
        ebr::synchronize();
        let rest = self.rest.take().map(|rest| *rest).unwrap_or_default();
        for storage in rest.storage {
            match storage {
                // Moved: the new array or table owns these references.
                Storage::MovedArray(array) => array.slots().forget_all(),
                Storage::MovedTable(table) => table.forget_all(),
                Storage::OwnedTable(table) => drop(table),
            }
        }
        // In the order they were replaced.
        *self.one = None;
        drop(rest.refs);
    }
}

/// Whether giving `obj` up can run no code and free nothing else: an exact
/// float, int, str or bytes holds no references and has no finalizer, so
/// when it is freed is not observable (and nothing can take a weak
/// reference to it).
#[inline]
fn is_leaf(obj: &PyRef) -> bool {
    use crate::types::{bytes, float, int, str as pystr};
    let ty = obj.type_of();
    // Floats first, on their own branch (LLVM reorders a chain of `||`):
    // the commonest replaced value that is not immortal.
    if ptr::eq(ty, &float::FLOAT) {
        return true;
    }
    ptr::eq(ty, &int::INT) || ptr::eq(ty, &pystr::STR) || ptr::eq(ty, &bytes::BYTES)
}

/// How many replaced leaf objects a thread keeps before one grace period
/// gives them all up.
const DEFERRED_BATCH: usize = 64;

/// Replaced leaf objects waiting for a grace period: a writer replacing a
/// float in a dict or list many times (`self.x /= n`, `v[i] = x * y`) then
/// waits once per batch rather than once per write. Given up at the batch
/// size, when the thread blocks or leaves ([`give_up_deferred`]), and by
/// the thread's exit otherwise.
struct Deferred(Vec<PyRef>);

impl Deferred {
    fn give_up(&mut self) {
        if !self.0.is_empty() {
            ebr::synchronize();
            self.0.clear();
        }
    }
}

impl Drop for Deferred {
    fn drop(&mut self) {
        self.give_up();
    }
}

const_thread_local! {
    static DEFERRED: RefCell<Deferred> = RefCell::new(Deferred(Vec::new()));
}

/// Keeps `obj` (a replaced leaf object, unlinked) for the thread's next
/// batch; if the thread's batch is gone (it is exiting), waits for a grace
/// period and gives it up at once.
fn defer(obj: PyRef) {
    let mut obj = Some(obj);
    let _ = DEFERRED.try_with(|d| {
        let mut d = d.borrow_mut();
        d.0.extend(obj.take());
        if d.0.len() >= DEFERRED_BATCH {
            // Nothing a leaf's release does reaches back here.
            d.give_up();
        }
    });
    if let Some(obj) = obj {
        ebr::synchronize();
        drop(obj);
    }
}

/// Gives up the thread's replaced leaf objects after a grace period (before
/// the thread blocks or leaves, so that it holds nothing while idle).
pub fn give_up_deferred() {
    let _ = DEFERRED.try_with(|d| d.borrow_mut().give_up());
}
