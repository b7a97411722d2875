//! Object allocation: a header followed by its payload, in one block from the
//! global allocator (mimalloc in the binary).

use super::header::ObjectHeader;
use std::ptr::NonNull;

/// The memory layout of an object whose payload is a `T`; the header comes
/// first, so a pointer to it is a pointer to the object.
#[repr(C)]
pub(super) struct Object<T> {
    header: ObjectHeader,
    payload: T,
}

/// Allocates an object and returns its header.
pub(super) fn allocate<T>(header: ObjectHeader, payload: T) -> NonNull<ObjectHeader> {
    NonNull::from(Box::leak(Box::new(Object { header, payload }))).cast()
}

/// The payload of an object allocated by [`allocate`] with a `T`.
///
/// # Safety
/// `obj` was allocated by `allocate::<T>` and is alive for `'a`.
pub(super) unsafe fn payload<'a, T>(obj: NonNull<ObjectHeader>) -> &'a T {
    // SAFETY: the caller guarantees `obj` starts a live `Object<T>`.
    unsafe { &obj.cast::<Object<T>>().as_ref().payload }
}

/// Drops the payload and frees the allocation: a [`TypeDescr`]'s
/// `drop_object` for payload `T`.
///
/// # Safety
/// `obj` was allocated by `allocate::<T>`, no reference to it remains, and it
/// is dropped only once.
///
/// [`TypeDescr`]: super::TypeDescr
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
    let drop_object = unsafe { obj.as_ref() }.ty.drop_object;
    // SAFETY: the descriptor is the one the object was allocated with
    // (`PyRef::new` checks the payload type), and the caller's guarantees are
    // `drop_object`'s.
    unsafe { drop_object(obj) }
}
