//! The value semantics of Python's `str`, which the built-in str type wraps:
//! an immutable sequence of code points (lone surrogates allowed) stored
//! PEP 393-style at 1, 2 or 4 bytes per code point so indexing and length are
//! O(1), and the str methods with CPython 3.14's behaviour and error messages.
//!
//! Character properties and case mappings come from the `pyunicode` crate's
//! tables, generated from the reference interpreter.

mod case;
mod codec;
mod error;
mod format_spec;
mod format_template;
mod hash;
mod pad;
mod predicates;
mod search;
mod split;
mod string;

pub use codec::{Codec, decode};
pub use error::TextError;
pub use format_spec::FormatSpec;
pub use format_template::{Field, Piece};
pub use string::PyStr;
