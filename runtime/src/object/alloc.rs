//! Object allocation: a header followed by its payload (and, for instances
//! of Python classes, an instance dict), in one block from the global
//! allocator (mimalloc in the binary).

use super::handle::PyRef;
use super::header::ObjectHeader;
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

/// Where the instance dict of a `WithDict<T>` object starts.
pub(super) const fn dict_offset<T>() -> usize {
    offset_of!(Object<WithDict<T>>, payload) + offset_of!(WithDict<T>, dict)
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

/// The payload of an object allocated by [`allocate`] with a `T` (or a
/// `WithDict<T>`, whose payload starts at the same place).
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

/// Frees an object whose last reference is gone, through its type.
///
/// # Safety
/// As [`drop_object`]: `obj` was made by [`allocate`], no reference to it
/// remains, and it is freed only once.
pub(super) unsafe fn free(obj: NonNull<ObjectHeader>) {
    // SAFETY: the object is still allocated until `drop_object` runs.
    let drop_object = unsafe { obj.as_ref() }.ty.layout.drop_fn();
    // SAFETY: the layout is the one the object was allocated with
    // (`PyRef::new` checks the payload type), and the caller's guarantees are
    // `drop_object`'s.
    unsafe { drop_object(obj) }
}
