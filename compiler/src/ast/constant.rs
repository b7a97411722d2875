//! The value of a `Constant` node (and of `MatchSingleton`): what the
//! `value` field of CPython's `ast.Constant` can hold after parsing.

use num_bigint::BigInt;

use super::dump::{Dump, Dumper};
use crate::literal::repr;

/// A Python constant produced by the parser.
#[derive(Clone, Debug, PartialEq)]
pub enum Constant {
    None,
    Bool(bool),
    /// An int literal that fits in an i64.
    Int(i64),
    /// An int literal too large for an i64.
    BigInt(Box<BigInt>),
    Float(f64),
    /// An imaginary literal `Nj`: the complex number `0.0 + N*1j`.
    Imaginary(f64),
    Str(PyString),
    Bytes(Box<[u8]>),
    Ellipsis,
}

/// A Python `str` value as the parser produces it: UTF-8, except that lone
/// surrogate code points (which Python strings may hold, e.g. from `"\ud800"`)
/// are stored in the 3-byte generalized UTF-8 form (as WTF-8 does).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Default)]
pub struct PyString(Box<[u8]>);

impl PyString {
    /// Wraps bytes that are generalized UTF-8 (UTF-8 that may encode surrogates).
    pub fn from_wtf8(bytes: Vec<u8>) -> PyString {
        PyString(bytes.into_boxed_slice())
    }

    /// The generalized UTF-8 bytes.
    pub fn as_wtf8(&self) -> &[u8] {
        &self.0
    }

    /// The code points, surrogates included.
    pub fn code_points(&self) -> impl Iterator<Item = u32> + Clone + '_ {
        pyunicode::wtf8::code_points(&self.0)
    }
}

impl From<&str> for PyString {
    fn from(s: &str) -> PyString {
        PyString(s.as_bytes().into())
    }
}

impl From<String> for PyString {
    fn from(s: String) -> PyString {
        PyString(s.into_bytes().into_boxed_slice())
    }
}

impl Dump for Constant {
    fn dump(&self, out: &mut Dumper) {
        match self {
            Constant::None => out.raw("None"),
            Constant::Bool(true) => out.raw("True"),
            Constant::Bool(false) => out.raw("False"),
            Constant::Int(i) => out.raw(&i.to_string()),
            Constant::BigInt(i) => out.raw(&i.to_string()),
            Constant::Float(f) => out.raw(&repr::float_repr(*f)),
            Constant::Imaginary(f) => out.raw(&repr::imaginary_repr(*f)),
            Constant::Str(s) => out.raw(&repr::str_repr(s)),
            Constant::Bytes(b) => out.raw(&repr::bytes_repr(b)),
            Constant::Ellipsis => out.raw("Ellipsis"),
        }
    }
}
