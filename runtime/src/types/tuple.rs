//! The `tuple` type's core: an immutable boxed slice of references.

use super::{OBJECT, Slots, Type, flags};
use crate::object::PyRef;
use std::sync::LazyLock;

/// The payload of a tuple object.
pub struct Tuple(pub Box<[PyRef]>);

pub static TUPLE: Type = Type::builtin::<Tuple>(
    "tuple",
    Some(&OBJECT),
    flags::BASETYPE | flags::SEQUENCE,
    Slots::NONE,
);

static EMPTY: LazyLock<PyRef> = LazyLock::new(|| PyRef::immortal(Tuple(Box::new([])), &TUPLE));

/// A new tuple of `items` (the empty tuple is shared).
pub fn new_tuple(items: Vec<PyRef>) -> PyRef {
    if items.is_empty() {
        return EMPTY.clone();
    }
    PyRef::new(Tuple(items.into_boxed_slice()), &TUPLE)
}

/// The items of a tuple (or tuple subclass instance).
#[inline]
pub fn as_slice(obj: &PyRef) -> Option<&[PyRef]> {
    obj.payload::<Tuple>().map(|t| &*t.0)
}

#[inline]
pub fn is_exact(obj: &PyRef) -> bool {
    std::ptr::eq(obj.type_of(), &TUPLE)
}
