//! The `tuple` type's core: an immutable slice of references, a pair's
//! held in the object itself.

use super::{OBJECT, Slots, Type, flags};
use crate::err::PyResult;
use crate::object::PyRef;
use std::sync::LazyLock;
use std::sync::atomic::{AtomicI64, Ordering::Relaxed};

/// The payload of a tuple object.
pub struct Tuple {
    items: Items,
    /// The hash once computed; -1 before (CPython 3.14 caches it too, so a
    /// tuple's items' `__hash__` runs once).
    hash: AtomicI64,
}

/// A tuple's items: a pair (the commonest tuple: `(a, b)`, dict items,
/// `enumerate`, `zip` of two) in place, saving an allocation; others boxed.
enum Items {
    Pair([PyRef; 2]),
    Boxed(Box<[PyRef]>),
}

impl Tuple {
    pub fn new(items: Box<[PyRef]>) -> Tuple {
        Tuple::of(match <Box<[PyRef; 2]>>::try_from(items) {
            Ok(pair) => Items::Pair(*pair),
            Err(items) => Items::Boxed(items),
        })
    }

    fn of(items: Items) -> Tuple {
        Tuple {
            items,
            hash: AtomicI64::new(-1),
        }
    }

    /// The items.
    #[inline]
    pub fn items(&self) -> &[PyRef] {
        match &self.items {
            Items::Pair(pair) => pair,
            Items::Boxed(items) => items,
        }
    }
}

pub static TUPLE: Type = Type::builtin::<Tuple>(
    "tuple",
    Some(&OBJECT),
    flags::BASETYPE | flags::SEQUENCE,
    Slots {
        vectorcall: Some(super::tuple_methods::tuple_vectorcall),
        ..Slots::NONE
    },
);

static EMPTY: LazyLock<PyRef> = LazyLock::new(|| PyRef::immortal(Tuple::new(Box::new([])), &TUPLE));

/// A new tuple of `items` (the empty tuple is shared).
pub fn new_tuple(items: Vec<PyRef>) -> PyRef {
    if items.is_empty() {
        return EMPTY.clone();
    }
    let items = match <[PyRef; 2]>::try_from(items) {
        Ok(pair) => Items::Pair(pair),
        Err(items) => Items::Boxed(items.into_boxed_slice()),
    };
    PyRef::new(Tuple::of(items), &TUPLE)
}

/// A new tuple of two items.
pub fn pair(a: PyRef, b: PyRef) -> PyRef {
    PyRef::new(Tuple::of(Items::Pair([a, b])), &TUPLE)
}

/// The items of a tuple (or tuple subclass instance).
#[inline]
pub fn as_slice(obj: &PyRef) -> Option<&[PyRef]> {
    obj.payload::<Tuple>().map(Tuple::items)
}

#[inline]
pub fn is_exact(obj: &PyRef) -> bool {
    std::ptr::eq(obj.type_of(), &TUPLE)
}

/// `hash(t)` for a tuple (or tuple subclass instance) by tuple's own hash:
/// CPython's xxHash-style accumulation of the item hashes, computed once.
#[inline]
pub fn hash(t: &Tuple) -> PyResult<i64> {
    let cached = t.hash.load(Relaxed);
    if cached != -1 {
        return Ok(cached);
    }
    let h = super::tuple_methods::hash_items(t.items())?;
    t.hash.store(h, Relaxed);
    Ok(h)
}

/// The payload of a tuple (or tuple subclass instance).
#[inline]
pub fn payload(obj: &PyRef) -> Option<&Tuple> {
    obj.payload::<Tuple>()
}
