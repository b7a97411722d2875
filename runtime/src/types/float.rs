//! The `float` type's core: the payload is an `f64`.

use super::{OBJECT, Slots, Type, flags};
use crate::object::PyRef;

/// The payload of a float object.
pub struct Float(pub f64);

pub static FLOAT: Type =
    Type::builtin::<Float>("float", Some(&OBJECT), flags::BASETYPE, Slots::NONE);

#[inline]
pub fn from_f64(value: f64) -> PyRef {
    PyRef::new(Float(value), &FLOAT)
}

#[inline]
pub fn as_f64(obj: &PyRef) -> Option<f64> {
    obj.payload::<Float>().map(|f| f.0)
}

#[inline]
pub fn is_exact(obj: &PyRef) -> bool {
    std::ptr::eq(obj.type_of(), &FLOAT)
}
