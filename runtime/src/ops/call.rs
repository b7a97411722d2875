//! Calling objects.

use crate::err::{PyErr, PyResult};
use crate::object::PyRef;
use crate::types::Args;

/// `callable(*args)`.
#[inline]
pub fn call(callable: &PyRef, args: &[PyRef]) -> PyResult {
    call_with(callable, &Args::new(args))
}

/// `callable(*args, **dict(zip(kwnames, values)))` in vectorcall form.
pub fn call_kw(callable: &PyRef, items: &[PyRef], kwnames: &[PyRef]) -> PyResult {
    call_with(callable, &Args::with_kwnames(items, kwnames))
}

/// Calls through the callee type's call slot.
#[inline]
pub fn call_with(callable: &PyRef, args: &Args) -> PyResult {
    match callable.type_of().slots.call {
        Some(call) => call(callable, args),
        None => Err(PyErr::type_error(format!(
            "'{}' object is not callable",
            callable.type_of().name()
        ))),
    }
}

/// `obj.name(*args)` for a dunder looked up on the type (CPython's
/// `_PyObject_LookupSpecial` + call): raises AttributeError if missing.
pub fn call_method(obj: &PyRef, name: &str, args: &[PyRef]) -> PyResult {
    match super::lookup_method(obj, name)? {
        Some(m) => m.call(args),
        None => Err(PyErr::attribute_error(format!(
            "'{}' object has no attribute '{name}'",
            obj.type_of().name()
        ))),
    }
}
