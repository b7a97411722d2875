//! The errors of numeric operations, as values: each variant is the Python
//! exception class it becomes, carrying CPython's exact message.

use std::fmt;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ArithError {
    ZeroDivision(&'static str),
    Overflow(&'static str),
    Value(String),
    Type(String),
    /// A result too large to allocate (CPython's bare `MemoryError`).
    Memory,
}

impl ArithError {
    /// The name of the Python exception class.
    pub fn class_name(&self) -> &'static str {
        match self {
            ArithError::ZeroDivision(_) => "ZeroDivisionError",
            ArithError::Overflow(_) => "OverflowError",
            ArithError::Value(_) => "ValueError",
            ArithError::Type(_) => "TypeError",
            ArithError::Memory => "MemoryError",
        }
    }

    /// `str()` of the exception.
    pub fn message(&self) -> &str {
        match self {
            ArithError::ZeroDivision(m) | ArithError::Overflow(m) => m,
            ArithError::Value(m) | ArithError::Type(m) => m,
            ArithError::Memory => "",
        }
    }
}

impl fmt::Display for ArithError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.class_name(), self.message())
    }
}

impl std::error::Error for ArithError {}

pub type ArithResult<T> = Result<T, ArithError>;

pub(crate) const DIVISION_BY_ZERO: ArithError = ArithError::ZeroDivision("division by zero");
pub(crate) const INT_TOO_LARGE_FOR_FLOAT: ArithError =
    ArithError::Overflow("int too large to convert to float");
/// libm's ERANGE as CPython reports it for float arithmetic.
pub(crate) const FLOAT_RANGE: ArithError =
    ArithError::Overflow("(34, 'Numerical result out of range')");
