//! The exceptions str operations raise, as values carrying what CPython's
//! message needs; the VM turns them into exception objects.

use std::fmt::{self, Write};

use super::PyStr;

/// A failed str operation: the Python exception class and its arguments.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TextError {
    Value(&'static str),
    /// A `ValueError` whose message quotes text that may hold surrogates.
    ValueMessage(PyStr),
    Type(&'static str),
    Index(&'static str),
    Overflow(&'static str),
    Memory,
    Lookup(String),
    /// `UnicodeEncodeError(encoding, object, start, end, reason)`.
    Encode {
        encoding: &'static str,
        object: PyStr,
        start: usize,
        end: usize,
        reason: &'static str,
    },
    /// `UnicodeDecodeError(encoding, object, start, end, reason)`.
    Decode {
        encoding: &'static str,
        object: Box<[u8]>,
        start: usize,
        end: usize,
        reason: &'static str,
    },
}

impl TextError {
    /// The name of the Python exception class.
    pub fn class_name(&self) -> &'static str {
        match self {
            TextError::Value(_) | TextError::ValueMessage(_) => "ValueError",
            TextError::Type(_) => "TypeError",
            TextError::Index(_) => "IndexError",
            TextError::Overflow(_) => "OverflowError",
            TextError::Memory => "MemoryError",
            TextError::Lookup(_) => "LookupError",
            TextError::Encode { .. } => "UnicodeEncodeError",
            TextError::Decode { .. } => "UnicodeDecodeError",
        }
    }
}

impl TextError {
    /// `str(exception)` as a Python string (surrogates kept, unlike `Display`).
    pub fn message(&self) -> PyStr {
        match self {
            TextError::ValueMessage(msg) => msg.clone(),
            other => PyStr::from(other.to_string().as_str()),
        }
    }
}

/// `str(exception)`, as CPython formats each class (surrogates in a quoted
/// format spec shown as U+FFFD; [`TextError::message`] keeps them).
impl fmt::Display for TextError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TextError::Value(msg)
            | TextError::Type(msg)
            | TextError::Index(msg)
            | TextError::Overflow(msg) => f.write_str(msg),
            TextError::ValueMessage(msg) => f.write_str(&msg.to_utf8_lossy()),
            TextError::Memory => Ok(()),
            TextError::Lookup(msg) => f.write_str(msg),
            TextError::Encode {
                encoding,
                object,
                start,
                end,
                reason,
            } => {
                write!(f, "'{encoding}' codec can't encode ")?;
                match object.get(*start) {
                    Some(cp) if *end == start + 1 => {
                        f.write_str("character '")?;
                        match cp {
                            0..=0xff => write!(f, "\\x{cp:02x}")?,
                            0x100..=0xffff => write!(f, "\\u{cp:04x}")?,
                            _ => write!(f, "\\U{cp:08x}")?,
                        }
                        f.write_char('\'')?;
                    }
                    _ => write!(f, "characters")?,
                }
                position(f, *start, *end)?;
                write!(f, ": {reason}")
            }
            TextError::Decode {
                encoding,
                object,
                start,
                end,
                reason,
            } => {
                write!(f, "'{encoding}' codec can't decode ")?;
                match object.get(*start) {
                    Some(byte) if *end == start + 1 => write!(f, "byte 0x{byte:02x}")?,
                    _ => write!(f, "bytes")?,
                }
                position(f, *start, *end)?;
                write!(f, ": {reason}")
            }
        }
    }
}

/// " in position N" for one element, " in position A-B" (inclusive) for several.
fn position(f: &mut fmt::Formatter<'_>, start: usize, end: usize) -> fmt::Result {
    if end == start + 1 {
        write!(f, " in position {start}")
    } else {
        write!(f, " in position {start}-{}", end.saturating_sub(1))
    }
}
