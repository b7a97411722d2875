//! The `str` type's core: the object payload (a [`PyStr`] and its cached
//! hash), construction, interning. The str methods are in `str_methods.rs`.

use super::{OBJECT, Slots, Type, flags};
use crate::object::{Layout, PyRef};
use crate::text::PyStr;
use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::LazyLock;
use std::sync::Mutex;
use std::sync::atomic::{AtomicI64, Ordering::Relaxed};

/// The payload of a str object.
pub struct Str {
    pub value: PyStr,
    /// The hash once computed; -1 before (no str hashes to -1).
    hash: AtomicI64,
}

impl Str {
    pub fn new(value: PyStr) -> Str {
        Str {
            value,
            hash: AtomicI64::new(-1),
        }
    }

    /// `hash(s)`, computed once.
    #[inline]
    pub fn hash(&self) -> i64 {
        let h = self.hash.load(Relaxed);
        if h != -1 {
            return h;
        }
        let h = self.value.hash();
        self.hash.store(h, Relaxed);
        h
    }
}

/// A str's payload holds no object references (`Layout::leaf`).
pub static STR: Type = Type::with_layout(
    "str",
    Layout::of::<Str>().leaf(),
    Some(&OBJECT),
    flags::BASETYPE | flags::SEQUENCE,
    Slots {
        vectorcall: Some(super::str_methods::str_vectorcall),
        ..Slots::NONE
    },
);

/// A new str object.
pub fn from_pystr(value: PyStr) -> PyRef {
    if value.is_empty() {
        return empty();
    }
    if value.len() == 1
        && let Some(c) = value.get(0)
        && c < 256
    {
        return latin1_char(c as u8);
    }
    PyRef::new(Str::new(value), &STR)
}

/// The concatenation of the str objects `parts` (an f-string's pieces).
pub fn concat(parts: &[PyRef]) -> PyRef {
    from_pystr(PyStr::new().join(parts.iter().map(|p| as_str(p).expect("str parts"))))
}

/// A new str object holding `text`.
pub fn new_str(text: &str) -> PyRef {
    from_pystr(PyStr::from(text))
}

/// The str value of a str object (or of an instance of a str subclass).
#[inline]
pub fn as_str(obj: &PyRef) -> Option<&PyStr> {
    obj.payload::<Str>().map(|s| &s.value)
}

/// The payload of a str object, with its cached hash.
#[inline]
pub fn payload(obj: &PyRef) -> Option<&Str> {
    obj.payload::<Str>()
}

/// Whether `obj` is exactly a str (not a subclass instance).
#[inline]
pub fn is_exact(obj: &PyRef) -> bool {
    std::ptr::eq(obj.type_of(), &STR)
}

/// The str as Rust text (surrogates become U+FFFD), for names and messages.
pub fn to_string(obj: &PyRef) -> Option<String> {
    as_str(obj).map(PyStr::to_utf8_lossy)
}

static EMPTY: LazyLock<PyRef> = LazyLock::new(|| PyRef::immortal(Str::new(PyStr::new()), &STR));

static LATIN1: LazyLock<Vec<PyRef>> = LazyLock::new(|| {
    (0..=255u32)
        .map(|c| PyRef::immortal(Str::new(PyStr::from_code_points([c])), &STR))
        .collect()
});

pub fn empty() -> PyRef {
    EMPTY.clone()
}

fn latin1_char(c: u8) -> PyRef {
    LATIN1[c as usize].clone()
}

static INTERNED: LazyLock<Mutex<HashMap<PyStr, PyRef>>> = LazyLock::new(Default::default);

/// The one immortal str object for this text: names, attribute keys and
/// identifiers of code objects, so lookups by them compare by identity.
pub fn intern(text: &str) -> PyRef {
    intern_pystr(PyStr::from(text))
}

pub fn intern_pystr(value: PyStr) -> PyRef {
    let mut table = INTERNED.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(s) = table.get(&value) {
        return s.clone();
    }
    let obj = PyRef::immortal(Str::new(value.clone()), &STR);
    table.insert(value, obj.clone());
    obj
}

/// Slots of the per-thread front of [`intern`] (a power of two).
const FRONT_SLOTS: usize = 256;

thread_local! {
    /// Recently interned names, each in the slot its text hashes to.
    static FRONT: RefCell<[Option<PyRef>; FRONT_SLOTS]> =
        const { RefCell::new([const { None }; FRONT_SLOTS]) };
}

/// The slot of `text` in [`FRONT`]: FNV-1a of its bytes (names are short).
#[inline]
fn front_slot(text: &str) -> usize {
    let h = text.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    });
    (h >> 56) as usize % FRONT_SLOTS
}

/// [`intern`] through a per-thread cache: lookups by Rust text (special
/// methods, builtins, module names) repeat a few names, and a hit costs a
/// short hash and one comparison instead of the global table's lock and a
/// SipHash of the text.
#[inline]
pub fn intern_cached(text: &str) -> PyRef {
    let slot = front_slot(text);
    let hit = FRONT.try_with(|front| {
        let front = front.try_borrow().ok()?;
        front[slot]
            .as_ref()
            .filter(|s| as_str(s).is_some_and(|v| v.eq_str(text)))
            .cloned()
    });
    if let Ok(Some(s)) = hit {
        return s;
    }
    let s = intern(text);
    // The str replaced is interned, so immortal: dropping it in the borrow
    // runs nothing.
    let _ = FRONT.try_with(|front| {
        if let Ok(mut front) = front.try_borrow_mut() {
            front[slot] = Some(s.clone());
        }
    });
    s
}
