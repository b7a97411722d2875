//! The `float` type's core: the payload is an `f64`.

use super::{OBJECT, Slots, Type, flags};
use crate::object::{PyRef, StackRef};
use std::sync::atomic::{AtomicU64, Ordering::Relaxed};

/// The payload of a float object: its value's bits. Atomic only so that
/// [`result`] may store a new value into a float whose one reference it
/// holds, through a shared handle; every other float keeps its value for
/// life. A payload store, not a protocol between threads (the reference
/// count decides who may store), so it is std's atomic even under loom.
pub struct Float(AtomicU64);

impl Float {
    pub fn new(value: f64) -> Self {
        Float(AtomicU64::new(value.to_bits()))
    }

    #[inline]
    pub fn get(&self) -> f64 {
        f64::from_bits(self.0.load(Relaxed))
    }
}

pub static FLOAT: Type = Type::builtin::<Float>(
    "float",
    Some(&OBJECT),
    flags::BASETYPE,
    Slots {
        vectorcall: Some(super::float_methods::float_vectorcall),
        ..Slots::NONE
    },
);

#[inline]
pub fn from_f64(value: f64) -> PyRef {
    PyRef::new(Float::new(value), &FLOAT)
}

/// `value`, the result of arithmetic on `a` and `b`, as a float object:
/// one of the operands' own objects when it is an exact float held only by
/// that stack reference, else a new float. CPython's in-place float
/// operators (`_PyFloat_FromDouble_ConsumeInputs`) reuse a dying operand
/// so; nobody else can see the object change. The reused operand's
/// reference moves to the result, and the stack reference holds None
/// instead, whose drop counts nothing.
#[inline]
pub fn result(a: &mut StackRef, b: &mut StackRef, value: f64) -> PyRef {
    for operand in [a, b] {
        if let Some(float) = reusable(operand) {
            float.0.store(value.to_bits(), Relaxed);
            return std::mem::replace(operand, StackRef::owned(super::none())).into_owned();
        }
    }
    from_f64(value)
}

/// The payload of `operand` if it is an exact float whose only reference
/// is `operand` itself (owned, not one of the thread's cached references,
/// whose count the header does not show).
#[inline]
fn reusable(operand: &StackRef) -> Option<&Float> {
    if !is_exact(operand) || operand.is_cached() || !operand.is_unique() {
        return None;
    }
    operand.payload::<Float>()
}

#[inline]
pub fn as_f64(obj: &PyRef) -> Option<f64> {
    obj.payload::<Float>().map(Float::get)
}

#[inline]
pub fn is_exact(obj: &PyRef) -> bool {
    std::ptr::eq(obj.type_of(), &FLOAT)
}
