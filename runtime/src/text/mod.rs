//! The value semantics of Python's `str`, which the built-in str type wraps:
//! an immutable sequence of code points (lone surrogates allowed) stored
//! PEP 393-style at 1, 2 or 4 bytes per code point so indexing and length are
//! O(1), and the str methods with CPython 3.14's behaviour and error messages.
//!
//! Character properties and case mappings come from the `pyunicode` crate's
//! tables, generated from the reference interpreter.
//!
//! - Surrogates: kept as code points. `PyStr::to_utf8` fails on them with
//!   the strict UTF-8 encoder's error, `to_utf8_lossy` turns them into
//!   U+FFFD, `to_wtf8` writes them as generalized UTF-8 (the compiler's form).
//! - Hash: SipHash-1-3 under a fixed all-zero key for now, i.e. CPython's
//!   `PYTHONHASHSEED=0` hashes; per-process randomization comes with the
//!   interpreter's start-up.
//! - Arguments arrive converted (`isize`, `Option<&PyStr>`, a fill character
//!   as a code point): the argument errors CPython raises while converting
//!   (e.g. "The fill character must be exactly one character long") are the
//!   binding layer's.

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
pub use format_template::{Field, Piece};
pub use string::{PyStr, slice_indices};
