//! The value-level semantics of Python's numbers, as plain Rust values that
//! the built-in `int`, `float`, `complex` and `bool` types wrap: CPython's
//! results, rounding, error classes and messages, and text forms.

pub mod complex;
pub mod error;
pub mod float;
pub mod float_hex;
pub mod format;
pub mod int;
pub mod math;
pub mod parse;
mod to_float;

pub use complex::Complex;
pub use error::{ArithError, ArithResult};
pub use int::{Int, IntOrFloat};

/// A result that may be any numeric kind, as float `**` can be complex.
#[derive(Clone, Debug, PartialEq)]
pub enum Number {
    Int(Int),
    Float(f64),
    Complex(Complex),
}
