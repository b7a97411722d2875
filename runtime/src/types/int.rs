//! The `int` type's core: the payload (a [`num::Int`]), construction with
//! the small-int cache, conversions. The int methods are in `int_methods.rs`.

use super::{OBJECT, Slots, Type, flags};
use crate::err::{PyErr, PyResult};
use crate::num::Int;
use crate::object::{Immortal, Layout, PyRef};
use std::sync::LazyLock;

/// An int's payload holds no object references, so its frees skip the
/// nesting count (`Layout::leaf`).
pub static INT: Type = Type::with_layout(
    "int",
    Layout::of::<Int>().leaf(),
    Some(&OBJECT),
    flags::BASETYPE,
    Slots {
        vectorcall: Some(super::int_methods::int_vectorcall),
        ..Slots::NONE
    },
);

const SMALL_MIN: i64 = -5;
const SMALL_MAX: i64 = 1024;

/// Immortal ints for -5..=1024, so common values need no allocation and no
/// counting between threads. An array held in the static itself: indexing
/// it needs neither a bounds check nor a load of a vector's pointer.
static SMALL: LazyLock<[Immortal; (SMALL_MAX - SMALL_MIN + 1) as usize]> = LazyLock::new(|| {
    std::array::from_fn(|i| Immortal::new(Int::Small(SMALL_MIN + i as i64), &INT))
});

/// A new int object. Small enough to inline: the cached ints are a load
/// and a count, and the allocation stays out of line.
#[inline]
pub fn from_i64(value: i64) -> PyRef {
    if (SMALL_MIN..=SMALL_MAX).contains(&value) {
        return SMALL[(value - SMALL_MIN) as usize].get();
    }
    allocate(value)
}

#[inline(never)]
fn allocate(value: i64) -> PyRef {
    PyRef::new(Int::Small(value), &INT)
}

/// A new int object from any [`Int`].
pub fn from_int(value: Int) -> PyRef {
    match value {
        Int::Small(i) => from_i64(i),
        big => PyRef::new(big, &INT),
    }
}

/// The int value of an int object (or of a bool or an int subclass).
#[inline]
pub fn as_int(obj: &PyRef) -> Option<&Int> {
    obj.payload::<Int>()
}

/// Whether `obj` is exactly an int (not a bool or subclass instance).
#[inline]
pub fn is_exact(obj: &PyRef) -> bool {
    std::ptr::eq(obj.type_of(), &INT)
}

/// The value of an exact int that fits an `i64` (a subscript the
/// sequence types resolve themselves), else `None`.
#[inline]
pub fn exact_i64(obj: &PyRef) -> Option<i64> {
    if is_exact(obj) { as_i64(obj) } else { None }
}

/// The value as an `i64`, if the object is an int that fits.
#[inline]
pub fn as_i64(obj: &PyRef) -> Option<i64> {
    match as_int(obj)? {
        Int::Small(i) => Some(*i),
        big => big.to_i64(),
    }
}

/// An index argument (`__index__`): ints directly, other objects through
/// their `__index__`; CPython's message names `what` on failure.
pub fn index(obj: &PyRef) -> PyResult<Int> {
    if let Some(i) = as_int(obj) {
        return Ok(i.clone());
    }
    match obj.type_of().lookup("__index__") {
        Some(f) => {
            let r = crate::ops::call(&f, std::slice::from_ref(obj))?;
            match as_int(&r) {
                Some(i) => Ok(i.clone()),
                None => Err(PyErr::type_error(format!(
                    "__index__ returned non-int (type {})",
                    r.type_of().name()
                ))),
            }
        }
        None => Err(PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            obj.type_of().name()
        ))),
    }
}

/// An index argument that must fit a machine word (`Py_ssize_t`).
pub fn index_isize(obj: &PyRef) -> PyResult<isize> {
    let i = index(obj)?;
    i.to_i64().map(|i| i as isize).ok_or_else(|| {
        PyErr::new(
            &super::exceptions::INDEX_ERROR,
            format!(
                "cannot fit '{}' into an index-sized integer",
                obj.type_of().name()
            ),
        )
    })
}
