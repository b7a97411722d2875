//! [`PyErr`], a raised Python exception travelling as a Rust error value.
//! A Rust panic is never a Python error.

use crate::object::PyRef;
use crate::types::exceptions as exc;
use crate::types::{Type, str as pystr, tuple};

/// A raised exception: the exception instance.
#[derive(Clone, Debug)]
pub struct PyErr(PyRef);

/// The result of anything that may raise.
pub type PyResult<T = PyRef> = Result<T, PyErr>;

impl PyErr {
    /// Wraps an exception instance (a `BaseException`).
    pub fn from_instance(exc: PyRef) -> PyErr {
        PyErr(exc)
    }

    /// A new exception of type `ty` with the one argument `msg`.
    pub fn new(ty: &'static Type, msg: impl AsRef<str>) -> PyErr {
        Self::with_args(ty, vec![pystr::new_str(msg.as_ref())])
    }

    /// A new exception of type `ty` with these `args`.
    pub fn with_args(ty: &'static Type, args: Vec<PyRef>) -> PyErr {
        PyErr(exc::new_exception(ty, tuple::new_tuple(args)))
    }

    /// The exception instance.
    pub fn instance(&self) -> &PyRef {
        &self.0
    }

    pub fn into_instance(self) -> PyRef {
        self.0
    }

    /// The exception's type.
    pub fn type_of(&self) -> &'static Type {
        self.0.type_of()
    }

    /// Whether the exception is an instance of `ty` (or a subclass).
    pub fn matches(&self, ty: &'static Type) -> bool {
        self.0.type_of().is_subtype(ty)
    }

    pub fn type_error(msg: impl AsRef<str>) -> PyErr {
        Self::new(&exc::TYPE_ERROR, msg)
    }

    pub fn value_error(msg: impl AsRef<str>) -> PyErr {
        Self::new(&exc::VALUE_ERROR, msg)
    }

    pub fn index_error(msg: impl AsRef<str>) -> PyErr {
        Self::new(&exc::INDEX_ERROR, msg)
    }

    /// `KeyError(key)`: the key itself is the argument.
    pub fn key_error(key: PyRef) -> PyErr {
        Self::with_args(&exc::KEY_ERROR, vec![key])
    }

    pub fn attribute_error(msg: impl AsRef<str>) -> PyErr {
        Self::new(&exc::ATTRIBUTE_ERROR, msg)
    }

    pub fn overflow_error(msg: impl AsRef<str>) -> PyErr {
        Self::new(&exc::OVERFLOW_ERROR, msg)
    }

    pub fn zero_division_error(msg: impl AsRef<str>) -> PyErr {
        Self::new(&exc::ZERO_DIVISION_ERROR, msg)
    }

    pub fn runtime_error(msg: impl AsRef<str>) -> PyErr {
        Self::new(&exc::RUNTIME_ERROR, msg)
    }

    pub fn name_error(msg: impl AsRef<str>) -> PyErr {
        Self::new(&exc::NAME_ERROR, msg)
    }

    pub fn recursion_error(msg: impl AsRef<str>) -> PyErr {
        Self::new(&exc::RECURSION_ERROR, msg)
    }

    pub fn not_implemented_error(msg: impl AsRef<str>) -> PyErr {
        Self::new(&exc::NOT_IMPLEMENTED_ERROR, msg)
    }

    pub fn system_error(msg: impl AsRef<str>) -> PyErr {
        Self::new(&exc::SYSTEM_ERROR, msg)
    }

    /// A bare `MemoryError()`.
    pub fn memory_error() -> PyErr {
        Self::with_args(&exc::MEMORY_ERROR, Vec::new())
    }

    /// `StopIteration(value)`, or a bare `StopIteration()` for `None`.
    pub fn stop_iteration(value: Option<PyRef>) -> PyErr {
        Self::with_args(&exc::STOP_ITERATION, value.into_iter().collect())
    }

    /// The `TypeError` of an operation on an unsupported type:
    /// `"{what}: '{type}'"`-style messages are built by callers; this is
    /// CPython's "'X' object is not Y".
    pub fn not_a(obj: &PyRef, what: &str) -> PyErr {
        Self::type_error(format!("'{}' object {what}", obj.type_of().name()))
    }
}

impl From<crate::num::ArithError> for PyErr {
    fn from(e: crate::num::ArithError) -> PyErr {
        use crate::num::ArithError as A;
        match e {
            A::ZeroDivision(m) => Self::zero_division_error(m),
            A::Overflow(m) => Self::overflow_error(m),
            A::Value(m) => Self::value_error(m),
            A::Type(m) => Self::type_error(m),
            A::Memory => Self::memory_error(),
        }
    }
}

impl From<crate::text::TextError> for PyErr {
    fn from(e: crate::text::TextError) -> PyErr {
        exc::from_text_error(e)
    }
}
