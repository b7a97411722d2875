//! Object allocation: a header followed by its payload (and, for instances
//! of Python classes, an instance dict), in one block from the global
//! allocator (mimalloc in the binary).

use super::handle::PyRef;
use super::header::ObjectHeader;
use super::locked::Locked;
use std::mem::offset_of;
use std::ptr::NonNull;

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
pub(super) fn allocate<T>(header: ObjectHeader, payload: T) -> NonNull<ObjectHeader> {
    NonNull::from(Box::leak(Box::new(Object { header, payload }))).cast()
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
    // SAFETY: `allocate::<T>` made this block with `Box<Object<T>>`, and the
    // caller guarantees nobody uses it any more.
    drop(unsafe { Box::from_raw(obj.cast::<Object<T>>().as_ptr()) });
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

/// Frees an object whose last reference is gone, through its type; nested
/// frees past [`MAX_FREE_DEPTH`] are put off until the outermost one.
///
/// # Safety
/// As [`drop_object`]: `obj` was made by [`allocate`], no reference to it
/// remains, and it is freed only once.
pub(super) unsafe fn free(obj: NonNull<ObjectHeader>) {
    let depth = FREE_DEPTH.try_with(|d| {
        let n = d.get();
        if n < MAX_FREE_DEPTH {
            d.set(n + 1);
        }
        n
    });
    match depth {
        Ok(n) if n >= MAX_FREE_DEPTH => {
            if PENDING.try_with(|p| p.borrow_mut().push(obj)).is_ok() {
                let _ = PENDING_ANY.try_with(|p| p.set(true));
                return;
            }
            // SAFETY: the caller's guarantees, passed on (the thread is
            // exiting: free at once).
            return unsafe { free_now(obj) };
        }
        // SAFETY: as above.
        Err(_) => return unsafe { free_now(obj) },
        Ok(_) => {}
    }
    // SAFETY: the caller's guarantees, passed on.
    unsafe { free_now(obj) };
    if matches!(depth, Ok(0)) && matches!(PENDING_ANY.try_with(|p| p.replace(false)), Ok(true)) {
        // The outermost free takes over what nested ones put off.
        while let Some(o) = PENDING.try_with(|p| p.borrow_mut().pop()).ok().flatten() {
            // SAFETY: a pending object was given to `free` under its
            // guarantees and has not been freed since.
            unsafe { free_now(o) }
        }
    }
    let _ = FREE_DEPTH.try_with(|d| d.set(d.get() - 1));
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
