//! Python's `repr` of the constants the parser produces, as `ast.dump` prints them.

use crate::ast::PyString;

/// `repr(float)`: the shortest string that round-trips, in CPython's style
/// (`1.0`, `1e+16`, `1.5e-05`, `inf`).
pub fn float_repr(value: f64) -> String {
    let _ = value;
    unimplemented!()
}

/// `repr(complex(0.0, imag))` as CPython prints an imaginary literal (`1j`, `1.5j`).
pub fn imaginary_repr(imag: f64) -> String {
    let _ = imag;
    unimplemented!()
}

/// `repr(str)`: quotes chosen as CPython does, non-printable characters and
/// surrogates escaped.
pub fn str_repr(value: &PyString) -> String {
    let _ = value;
    unimplemented!()
}

/// `repr(str)` of a string with no surrogates.
pub fn plain_str_repr(value: &str) -> String {
    let _ = value;
    unimplemented!()
}

/// `repr(bytes)`.
pub fn bytes_repr(value: &[u8]) -> String {
    let _ = value;
    unimplemented!()
}

/// The code points of generalized UTF-8 (UTF-8 that may encode surrogates).
pub fn wtf8_code_points(bytes: &[u8]) -> impl Iterator<Item = u32> + '_ {
    let _ = bytes;
    std::iter::empty()
}
