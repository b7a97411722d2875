//! The `complex` type's core: the payload is a [`Complex`].

use super::{OBJECT, Slots, Type, flags};
use crate::num::Complex;
use crate::object::PyRef;

pub static COMPLEX: Type =
    Type::builtin::<Complex>("complex", Some(&OBJECT), flags::BASETYPE, Slots::NONE);

pub fn from_complex(value: Complex) -> PyRef {
    PyRef::new(value, &COMPLEX)
}

pub fn as_complex(obj: &PyRef) -> Option<&Complex> {
    obj.payload::<Complex>()
}
