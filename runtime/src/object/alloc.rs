//! Object allocation: a header followed by its payload (and, for instances
//! of Python classes, an instance dict), in one block.
//!
//! Small objects — up to [`MAX_SMALL`] bytes, which covers floats, ints,
//! bound methods, iterators and most instances — take blocks of a few fixed
//! sizes (8-byte steps from the 32-byte header alone, so a float or an
//! instance, 40 bytes, takes no more than it needs), and a thread keeps
//! the blocks of the objects it frees on a free list per size for its next
//! objects of that size (CPython's per-thread free lists, by size rather
//! than by type), so the commonest allocations and frees are a few loads
//! and stores, not a call into the global allocator (mimalloc in the
//! binary). Larger objects come from the global allocator directly.
//!
//! Which thread frees an object is decided by biased reference counting
//! (its owner, or the non-owner whose decrement took the count to zero):
//! that update orders every other thread's use of the object before the
//! free, so the freeing thread may reuse the block whoever allocated it, as
//! it may hand it back to the global allocator (which takes blocks from any
//! thread). Nothing reads an object after its last reference is gone — a
//! lock-free reader counts its reference while pinned, and writers give up
//! replaced references only after the readers that might see them unpin
//! (`ebr`) — so nothing can observe a block's reuse. A free list is
//! thread-local state: blocks move between threads only with the objects
//! in them. Each list keeps at most [`KEPT_PER_CLASS`] blocks (the rest go
//! back to the global allocator) and is kept only while the thread is
//! registered for biased counting: registering enables it, leaving empties
//! and disables it (`threads::brc`), so an exiting thread's blocks return
//! to the global allocator.

use super::handle::PyRef;
use super::header::ObjectHeader;
use super::layout::FreeKind;
use super::locked::Locked;
use crate::sync::const_thread_local;
use std::alloc::{Layout as BlockLayout, alloc, dealloc, handle_alloc_error};
use std::cell::Cell;
use std::mem::offset_of;
use std::ptr::{self, NonNull};

/// The memory layout of an object whose payload is a `T`; the header comes
/// first, so a pointer to it is a pointer to the object.
#[repr(C)]
pub(super) struct Object<T> {
    header: ObjectHeader,
    payload: T,
}

/// The payload of an instance of a Python class: the solid base's payload
/// first (so it is read exactly as the base's), then the instance dict.
#[repr(C)]
pub(super) struct WithDict<T> {
    payload: T,
    dict: PyRef,
}

/// The payload of an instance of a Python class with `__slots__`: the
/// solid base's payload first, then the instance dict if the class has one,
/// then the slot values (`None`: unset), under the object's mutex.
#[repr(C)]
pub(super) struct WithSlots<T> {
    payload: T,
    dict: Option<PyRef>,
    slots: Locked<Box<[Option<PyRef>]>>,
}

/// Where the instance dict of a `WithDict<T>` object starts.
pub(super) const fn dict_offset<T>() -> usize {
    offset_of!(Object<WithDict<T>>, payload) + offset_of!(WithDict<T>, dict)
}

/// Where the (optional) instance dict of a `WithSlots<T>` object starts.
pub(super) const fn slots_dict_offset<T>() -> usize {
    offset_of!(Object<WithSlots<T>>, payload) + offset_of!(WithSlots<T>, dict)
}

/// Where the slot values of a `WithSlots<T>` object start.
pub(super) const fn slots_offset<T>() -> usize {
    offset_of!(Object<WithSlots<T>>, payload) + offset_of!(WithSlots<T>, slots)
}

/// Allocates an object and returns its header.
#[inline]
pub(super) fn allocate<T>(header: ObjectHeader, payload: T) -> NonNull<ObjectHeader> {
    let obj = allocate_block::<Object<T>>().cast::<Object<T>>();
    // SAFETY: the block is unused memory of at least `Object<T>`'s size and
    // alignment (`allocate_block`), which this thread alone holds.
    unsafe { obj.as_ptr().write(Object { header, payload }) };
    obj.cast()
}

/// Allocates an object with an instance dict.
pub(super) fn allocate_with_dict<T>(
    header: ObjectHeader,
    payload: T,
    dict: PyRef,
) -> NonNull<ObjectHeader> {
    allocate(header, WithDict { payload, dict })
}

/// Allocates an object with `nslots` empty slots and, if given, an
/// instance dict.
pub(super) fn allocate_with_slots<T>(
    header: ObjectHeader,
    payload: T,
    dict: Option<PyRef>,
    nslots: usize,
) -> NonNull<ObjectHeader> {
    let slots = Locked::new(std::iter::repeat_with(|| None).take(nslots).collect());
    allocate(
        header,
        WithSlots {
            payload,
            dict,
            slots,
        },
    )
}

/// The payload of an object allocated by [`allocate`] with a `T` (or a
/// `WithDict<T>` or `WithSlots<T>`, whose payload starts at the same
/// place).
///
/// # Safety
/// `obj` was allocated with a `T` payload first and is alive for `'a`.
pub(super) unsafe fn payload<'a, T>(obj: NonNull<ObjectHeader>) -> &'a T {
    // SAFETY: the caller guarantees `obj` starts a live `Object<T>` (both
    // structs are `repr(C)` with the payload first).
    unsafe { &obj.cast::<Object<T>>().as_ref().payload }
}

/// Drops the payload and frees the allocation: a layout's drop function for
/// payload `T`.
///
/// # Safety
/// `obj` was allocated by `allocate::<T>`, no reference to it remains, and it
/// is dropped only once.
pub(super) unsafe fn drop_object<T>(obj: NonNull<ObjectHeader>) {
    let obj = obj.cast::<Object<T>>();
    // SAFETY: `allocate::<T>` wrote an `Object<T>` there, and the caller
    // guarantees nobody uses it any more.
    unsafe { ptr::drop_in_place(obj.as_ptr()) };
    // SAFETY: the block was allocated for an `Object<T>` and is now unused.
    unsafe { release::<Object<T>>(obj.cast()) };
}

// ---- blocks and the per-thread free lists --------------------------------

/// The largest object (header included) allocated in a size-class block.
const MAX_SMALL: usize = 128;
/// The smallest object: a header alone.
const MIN_SMALL: usize = size_of::<ObjectHeader>();
const CLASS_STEP: usize = 8;
/// Blocks' alignment: every object's (a header's is 8) unless its payload
/// asks more, which then takes the global allocator directly.
const BLOCK_ALIGN: usize = 8;
const CLASSES: usize = (MAX_SMALL - MIN_SMALL) / CLASS_STEP + 1;
/// How many free blocks a thread keeps per size class (at most 270 KB in
/// all); CPython's free lists keep 100 floats, 2000 tuples of each size.
const KEPT_PER_CLASS: u32 = 256;

/// The size class of an `O`'s block, if it is small.
pub(super) const fn size_class<O>() -> Option<usize> {
    if size_of::<O>() <= MAX_SMALL && align_of::<O>() <= BLOCK_ALIGN {
        Some(
            size_of::<O>()
                .saturating_sub(MIN_SMALL)
                .div_ceil(CLASS_STEP),
        )
    } else {
        None
    }
}

/// The layout of every block of size class `class`, as allocated and freed.
const fn class_layout(class: usize) -> BlockLayout {
    match BlockLayout::from_size_align(MIN_SMALL + class * CLASS_STEP, BLOCK_ALIGN) {
        Ok(layout) => layout,
        Err(_) => panic!("size classes are small powers-of-two multiples"),
    }
}

/// A free block on a list: its first word links to the next.
struct FreeBlock {
    next: *mut FreeBlock,
}

/// A thread's free blocks, by size class.
struct FreeLists {
    heads: [Cell<*mut FreeBlock>; CLASSES],
    lens: [Cell<u32>; CLASSES],
    /// How many blocks each list may keep: [`KEPT_PER_CLASS`] while the
    /// thread is registered for biased counting, else 0.
    cap: Cell<u32>,
}

impl FreeLists {
    const fn new() -> Self {
        Self {
            heads: [const { Cell::new(ptr::null_mut()) }; CLASSES],
            lens: [const { Cell::new(0) }; CLASSES],
            cap: Cell::new(0),
        }
    }
}

// Const-initialised and destructor-free: one thread-relative address per
// access. `release_free_lists` empties it before the thread ends.
const_thread_local! {
    static FREE_LISTS: FreeLists = FreeLists::new();
}

/// A block for an `O`: from this thread's free list of its size class, else
/// from the global allocator.
#[inline]
fn allocate_block<O>() -> NonNull<u8> {
    match const { size_class::<O>() } {
        Some(class) => pop(class).unwrap_or_else(|| allocate_raw(class_layout(class))),
        None => allocate_raw(BlockLayout::new::<O>()),
    }
}

fn allocate_raw(layout: BlockLayout) -> NonNull<u8> {
    // SAFETY: objects have a header, so `layout`'s size is not zero.
    NonNull::new(unsafe { alloc(layout) }).unwrap_or_else(|| handle_alloc_error(layout))
}

/// A block of size class `class` from this thread's free list.
#[inline]
fn pop(class: usize) -> Option<NonNull<u8>> {
    FREE_LISTS
        .try_with(|lists| {
            let head = NonNull::new(lists.heads[class].get())?;
            // SAFETY: a block on this thread's list was released to it by
            // `release_block` and is used by nobody; its first word links
            // the list.
            lists.heads[class].set(unsafe { head.as_ref() }.next);
            lists.lens[class].set(lists.lens[class].get() - 1);
            Some(head.cast())
        })
        .ok()
        .flatten()
}

/// Gives back the block of an `O` whose object is dropped.
///
/// # Safety
/// `block` was allocated by `allocate_block::<O>` (or one of the same size
/// class) and nobody uses it any more.
#[inline]
unsafe fn release<O>(block: NonNull<u8>) {
    match const { size_class::<O>() } {
        // SAFETY: the caller's guarantees.
        Some(class) => unsafe { release_block(block, class) },
        // SAFETY: a large `O`'s block came from the global allocator with
        // exactly this layout.
        None => unsafe { dealloc(block.as_ptr(), BlockLayout::new::<O>()) },
    }
}

/// Puts a block of size class `class` on this thread's free list, or back
/// to the global allocator when the list is full or disabled.
///
/// # Safety
/// `block` is a block of size class `class` (allocated with
/// `class_layout(class)`), and nobody uses it any more.
#[inline]
unsafe fn release_block(block: NonNull<u8>, class: usize) {
    let kept = FREE_LISTS.try_with(|lists| {
        let len = lists.lens[class].get();
        if len >= lists.cap.get() {
            return false;
        }
        let block = block.cast::<FreeBlock>().as_ptr();
        let next = lists.heads[class].get();
        // SAFETY: the block is unused, at least a word long and aligned.
        unsafe { block.write(FreeBlock { next }) };
        lists.heads[class].set(block);
        lists.lens[class].set(len + 1);
        true
    });
    if !matches!(kept, Ok(true)) {
        // SAFETY: size-class blocks are allocated with this layout.
        unsafe { dealloc(block.as_ptr(), class_layout(class)) }
    }
}

/// How many free blocks this thread keeps for objects like an `O`.
#[cfg(test)]
pub(super) fn kept<O>() -> u32 {
    let class = size_class::<O>().expect("a small object");
    FREE_LISTS.with(|lists| lists.lens[class].get())
}

/// Lets this thread keep free blocks: it has registered for biased
/// counting (`threads::brc`), whose leaving calls [`release_free_lists`].
pub(crate) fn enable_free_lists() {
    let _ = FREE_LISTS.try_with(|lists| lists.cap.set(KEPT_PER_CLASS));
}

/// Hands this thread's free blocks back to the global allocator and keeps
/// no more (the thread is leaving).
pub(crate) fn release_free_lists() {
    let _ = FREE_LISTS.try_with(|lists| lists.cap.set(0));
    for class in 0..CLASSES {
        while let Some(block) = pop(class) {
            // SAFETY: a block on the list is unused and of this size class.
            unsafe { dealloc(block.as_ptr(), class_layout(class)) }
        }
    }
}

/// How deeply frees may nest (an object's drop freeing what it held, and so
/// on) before further frees wait in the thread's trash list: a long chain
/// of objects (a linked list, a traceback) is then freed iteratively, never
/// by recursion deep enough to overflow the stack (CPython's trashcan).
const MAX_FREE_DEPTH: usize = 1000;

// The nesting of frees on this thread, and the frees put off. The depth is
// a const-initialised, destructor-free cell (one load and store per free);
// the list is reached only past the limit.
crate::sync::const_thread_local! {
    static FREE_DEPTH: std::cell::Cell<usize> = std::cell::Cell::new(0);
    static PENDING_ANY: std::cell::Cell<bool> = std::cell::Cell::new(false);
    static PENDING: std::cell::RefCell<Vec<NonNull<ObjectHeader>>> =
        std::cell::RefCell::new(Vec::new());
}

/// Frees an object whose last reference is gone, through its type: a
/// payload with nothing to drop gives its block back at once, one whose
/// drop frees no other object is dropped at once, others count against
/// [`MAX_FREE_DEPTH`] (nested frees past it are put off until the
/// outermost one).
///
/// # Safety
/// As [`drop_object`]: `obj` was made by [`allocate`], no reference to it
/// remains, and it is freed only once.
#[inline(never)]
pub(super) unsafe fn free(obj: NonNull<ObjectHeader>) {
    // SAFETY: the object is still allocated until it is released below.
    let layout = &unsafe { obj.as_ref() }.ty.layout;
    match layout.free_kind() {
        // SAFETY: a payload without drop glue needs no drop; its object's
        // block is of this size class (`Layout::of`), and the caller
        // guarantees nobody uses it any more.
        FreeKind::Block(class) => unsafe { release_block(obj.cast(), usize::from(class)) },
        // SAFETY: the layout is the one the object was allocated with
        // (`PyRef::new` checks the payload type), and the caller's
        // guarantees are `drop_object`'s.
        FreeKind::Leaf => unsafe { layout.drop_fn()(obj) },
        // SAFETY: the caller's guarantees, passed on.
        FreeKind::Nested => unsafe { free_nested(obj) },
    }
}

/// [`free`] for an object whose drop may free others.
///
/// # Safety
/// As [`free`].
#[inline(never)]
unsafe fn free_nested(obj: NonNull<ObjectHeader>) {
    let Ok(depth) = FREE_DEPTH.try_with(Cell::get) else {
        // SAFETY: the caller's guarantees, passed on (the thread is exiting:
        // free at once).
        return unsafe { free_now(obj) };
    };
    if depth >= MAX_FREE_DEPTH {
        if PENDING.try_with(|p| p.borrow_mut().push(obj)).is_ok() {
            let _ = PENDING_ANY.try_with(|p| p.set(true));
            return;
        }
        // SAFETY: as above.
        return unsafe { free_now(obj) };
    }
    let _ = FREE_DEPTH.try_with(|d| d.set(depth + 1));
    // SAFETY: the caller's guarantees, passed on.
    unsafe { free_now(obj) };
    if depth == 0 && matches!(PENDING_ANY.try_with(|p| p.replace(false)), Ok(true)) {
        // The outermost free takes over what nested ones put off.
        while let Some(o) = PENDING.try_with(|p| p.borrow_mut().pop()).ok().flatten() {
            // SAFETY: a pending object was given to `free` under its
            // guarantees and has not been freed since.
            unsafe { free_now(o) }
        }
    }
    let _ = FREE_DEPTH.try_with(|d| d.set(depth));
}

/// Drops and frees an object now.
///
/// # Safety
/// As [`free`].
unsafe fn free_now(obj: NonNull<ObjectHeader>) {
    // SAFETY: the object is still allocated until `drop_object` runs.
    let drop_object = unsafe { obj.as_ref() }.ty.layout.drop_fn();
    // SAFETY: the layout is the one the object was allocated with
    // (`PyRef::new` checks the payload type), and the caller's guarantees are
    // `drop_object`'s.
    unsafe { drop_object(obj) }
}
