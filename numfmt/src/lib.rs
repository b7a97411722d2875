//! Python's number formatting, shared by the compiler's `ast.dump` and the
//! runtime: CPython's `PyOS_double_to_string` ([`float`]) and the format-spec
//! mini-language that `format()` applies to numbers ([`spec`]).

pub mod float;
pub mod spec;

pub use float::{FloatStyle, float_repr, format_float, imaginary_repr};
pub use spec::{FormatSpec, Grouping, SpecError};
