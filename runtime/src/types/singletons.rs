//! The singletons: `None`, `NotImplemented`, `Ellipsis`, `True`, `False`.

use super::{INT, OBJECT, Slots, Type};
use crate::num::Int;
use crate::object::PyRef;
use std::sync::LazyLock;

/// Payload of the singletons that carry nothing.
pub struct Unit;

pub static NONE_TYPE: Type = Type::builtin::<Unit>("NoneType", Some(&OBJECT), 0, Slots::NONE);
pub static NOT_IMPLEMENTED_TYPE: Type =
    Type::builtin::<Unit>("NotImplementedType", Some(&OBJECT), 0, Slots::NONE);
pub static ELLIPSIS_TYPE: Type = Type::builtin::<Unit>("ellipsis", Some(&OBJECT), 0, Slots::NONE);
pub static BOOL: Type = Type::builtin::<Int>("bool", Some(&INT), 0, Slots::NONE);

static NONE: LazyLock<PyRef> = LazyLock::new(|| PyRef::immortal(Unit, &NONE_TYPE));
static NOT_IMPLEMENTED: LazyLock<PyRef> =
    LazyLock::new(|| PyRef::immortal(Unit, &NOT_IMPLEMENTED_TYPE));
static ELLIPSIS: LazyLock<PyRef> = LazyLock::new(|| PyRef::immortal(Unit, &ELLIPSIS_TYPE));
static TRUE: LazyLock<PyRef> = LazyLock::new(|| PyRef::immortal(Int::Small(1), &BOOL));
static FALSE: LazyLock<PyRef> = LazyLock::new(|| PyRef::immortal(Int::Small(0), &BOOL));

#[inline]
pub fn none() -> PyRef {
    NONE.clone()
}

#[inline]
pub fn is_none(obj: &PyRef) -> bool {
    PyRef::ptr_eq(obj, &NONE)
}

pub fn not_implemented() -> PyRef {
    NOT_IMPLEMENTED.clone()
}

pub fn is_not_implemented(obj: &PyRef) -> bool {
    PyRef::ptr_eq(obj, &NOT_IMPLEMENTED)
}

pub fn ellipsis() -> PyRef {
    ELLIPSIS.clone()
}

#[inline]
pub fn from_bool(b: bool) -> PyRef {
    if b { TRUE.clone() } else { FALSE.clone() }
}

/// Whether `obj` is `True` (identity).
#[inline]
pub fn is_true(obj: &PyRef) -> bool {
    PyRef::ptr_eq(obj, &TRUE)
}

#[inline]
pub fn is_false(obj: &PyRef) -> bool {
    PyRef::ptr_eq(obj, &FALSE)
}
