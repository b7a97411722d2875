//! The `bytes` type's core: an immutable byte string and its cached hash,
//! and the view of any bytes-like object (bytes, bytearray or memoryview)
//! the methods of bytes and bytearray take. The methods are in `bytes_methods.rs`.

use super::bytearray::{self, BYTEARRAY};
use super::memoryview;
use super::{OBJECT, Slots, Type, flags};
use crate::object::PyRef;
use crate::text::PyStr;
use std::borrow::Cow;
use std::sync::atomic::{AtomicI64, Ordering::Relaxed};

/// The payload of a bytes object.
pub struct Bytes {
    pub value: Box<[u8]>,
    /// The hash once computed; -1 before (no bytes hash to -1).
    hash: AtomicI64,
}

impl Bytes {
    pub fn new(value: Box<[u8]>) -> Bytes {
        Bytes {
            value,
            hash: AtomicI64::new(-1),
        }
    }

    /// `hash(b)`: CPython hashes bytes as it hashes a str of the same
    /// one-byte code units, so the Latin-1 string of the bytes hashes alike.
    pub fn hash(&self) -> i64 {
        let h = self.hash.load(Relaxed);
        if h != -1 {
            return h;
        }
        let h = latin1(&self.value).hash();
        self.hash.store(h, Relaxed);
        h
    }
}

pub static BYTES: Type = Type::builtin::<Bytes>(
    "bytes",
    Some(&OBJECT),
    flags::BASETYPE | flags::SEQUENCE,
    Slots::NONE,
);

/// A new bytes object.
pub fn new_bytes(value: Vec<u8>) -> PyRef {
    PyRef::new(Bytes::new(value.into_boxed_slice()), &BYTES)
}

/// The bytes of a bytes object (or bytes subclass instance).
#[inline]
pub fn as_bytes(obj: &PyRef) -> Option<&[u8]> {
    obj.payload::<Bytes>().map(|b| &*b.value)
}

/// The contents of a bytes-like object: a bytes object's in place, a
/// bytearray's or memoryview's copied (a bytearray may change once its
/// lock is released). A released memoryview is not bytes-like.
pub fn bytes_like(obj: &PyRef) -> Option<Cow<'_, [u8]>> {
    if let Some(b) = as_bytes(obj) {
        return Some(Cow::Borrowed(b));
    }
    if bytearray::is_bytearray(obj) {
        return Some(Cow::Owned(bytearray::to_vec(obj)));
    }
    memoryview::as_memoryview(obj)
        .and_then(|mv| mv.to_vec().ok())
        .map(Cow::Owned)
}

/// Runs `f` on the contents of a bytes-like object without copying them
/// (a bytearray's under its lock: `f` must not run Python code).
pub fn with_bytes<R>(obj: &PyRef, f: impl FnOnce(&[u8]) -> R) -> Option<R> {
    if let Some(b) = as_bytes(obj) {
        return Some(f(b));
    }
    if bytearray::is_bytearray(obj) {
        return Some(bytearray::with_data(obj, |v| f(v)));
    }
    let copied = memoryview::as_memoryview(obj)?.to_vec().ok()?;
    Some(f(&copied))
}

/// Whether `obj` is a bytearray (the methods both types share return one).
pub fn is_bytearray_like(obj: &PyRef) -> bool {
    obj.type_of().is_subtype(&BYTEARRAY)
}

/// The string whose code points are these bytes, so the str algorithms
/// (search, split on a separator, replace, padding) serve bytes too.
pub fn latin1(bytes: &[u8]) -> PyStr {
    PyStr::from_code_points(bytes.iter().map(|&b| u32::from(b)))
}

/// The bytes of a string made by [`latin1`] (every code point < 256).
pub fn from_latin1(s: &PyStr) -> Vec<u8> {
    s.code_points().map(|c| c as u8).collect()
}

/// `repr()` of bytes: `b'...'`, double quotes when only they avoid an
/// escape, `\t \n \r \\` and `\xhh` for other bytes outside printable ASCII.
pub fn repr(bytes: &[u8]) -> String {
    let quote = if bytes.contains(&b'\'') && !bytes.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(bytes.len() + 3);
    out.push('b');
    out.push(quote);
    for &b in bytes {
        match b {
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\\' => out.push_str("\\\\"),
            _ if char::from(b) == quote => {
                out.push('\\');
                out.push(quote);
            }
            0x20..0x7f => out.push(char::from(b)),
            _ => out.push_str(&format!("\\x{b:02x}")),
        }
    }
    out.push(quote);
    out
}
