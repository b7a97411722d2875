//! `PyStr`'s storage and the operations that see it: construction,
//! length, indexing, slicing, concatenation, comparison, hashing and the
//! conversions to Rust strings.

use std::cmp::Ordering;
use std::fmt;
use std::ops::Range;

use super::TextError;
use super::hash::str_hash;

/// An immutable Python string: code points up to U+10FFFF, lone surrogates
/// included, in the narrowest of three widths that holds them all (the
/// invariant PEP 393 keeps, so equal strings have equal storage).
/// `Eq` and `Hash` compare storage, which the invariant makes the same as
/// comparing code points.
#[derive(Clone, PartialEq, Eq, Hash, Default)]
pub struct PyStr(Data);

#[derive(Clone, PartialEq, Eq, Hash)]
enum Data {
    /// Every code point < 256.
    Latin1(Box<[u8]>),
    /// Every code point < 65536, some >= 256.
    Ucs2(Box<[u16]>),
    /// Some code point >= 65536.
    Ucs4(Box<[u32]>),
}

impl Default for Data {
    fn default() -> Data {
        Data::Latin1(Box::default())
    }
}

/// Runs `$body` with `$units` bound to the storage of `$s` as a slice of
/// `u8`, `u16` or `u32` (all `Into<u32>`), so generic code sees every width.
macro_rules! with_units {
    ($s:expr, $units:ident => $body:expr) => {
        match $s.storage() {
            $crate::text::string::Storage::Latin1($units) => $body,
            $crate::text::string::Storage::Ucs2($units) => $body,
            // The generic body converts units to `u32`, a no-op at this width.
            #[allow(clippy::useless_conversion)]
            $crate::text::string::Storage::Ucs4($units) => $body,
        }
    };
}
pub(super) use with_units;

/// A borrowed view of the storage, for [`with_units`].
pub(super) enum Storage<'a> {
    Latin1(&'a [u8]),
    Ucs2(&'a [u16]),
    Ucs4(&'a [u32]),
}

/// Python's slice index normalization (`PySlice_AdjustIndices`) for a
/// sequence of `len`: the start, the count of elements, and the step.
fn adjust_slice(
    len: usize,
    start: Option<isize>,
    stop: Option<isize>,
    step: Option<isize>,
) -> Result<(isize, usize, isize), TextError> {
    // CPython clamps the step so that negating it cannot overflow.
    let step = step.unwrap_or(1).max(-isize::MAX);
    if step == 0 {
        return Err(TextError::Value("slice step cannot be zero"));
    }
    let (start, _, count) = slice_indices(len, start, stop, step);
    Ok((start, count, step))
}

/// `PySlice_AdjustIndices`: bounds made concrete for a sequence of `len`
/// items with a non-zero `step` (at least `-isize::MAX`): start, stop and
/// how many items they select.
pub fn slice_indices(
    len: usize,
    start: Option<isize>,
    stop: Option<isize>,
    step: isize,
) -> (isize, isize, usize) {
    let len = len as isize;
    let clamp = |index: Option<isize>, default: isize| match index {
        None => default,
        Some(i) if i < 0 => {
            let i = i.saturating_add(len);
            if i < 0 {
                if step < 0 { -1 } else { 0 }
            } else {
                i
            }
        }
        Some(i) if i >= len => {
            if step < 0 {
                len - 1
            } else {
                len
            }
        }
        Some(i) => i,
    };
    let (start, stop) = if step < 0 {
        (clamp(start, len - 1), clamp(stop, -1))
    } else {
        (clamp(start, 0), clamp(stop, len))
    };
    let count = if step < 0 && stop < start {
        (start - stop - 1) / -step + 1
    } else if step > 0 && start < stop {
        (stop - start - 1) / step + 1
    } else {
        0
    };
    (start, stop, count as usize)
}

impl PyStr {
    /// The empty string.
    pub fn new() -> PyStr {
        PyStr::default()
    }

    /// The string of `code_points`, which must not exceed U+10FFFF (larger
    /// values are stored as given, and no operation fails on them).
    pub fn from_code_points(code_points: impl IntoIterator<Item = u32>) -> PyStr {
        let cps: Vec<u32> = code_points.into_iter().collect();
        PyStr::narrowest(cps.iter().copied())
    }

    /// The string of `cps`, stored at the narrowest width that holds them
    /// (one pass for the maximum, one to copy).
    fn narrowest(cps: impl Iterator<Item = u32> + Clone) -> PyStr {
        // Truncations below keep values the maximum shows fit.
        match cps.clone().max().unwrap_or(0) {
            0..=0xff => PyStr(Data::Latin1(cps.map(|c| c as u8).collect())),
            0x100..=0xffff => PyStr(Data::Ucs2(cps.map(|c| c as u16).collect())),
            _ => PyStr(Data::Ucs4(cps.collect())),
        }
    }

    /// The string of the Latin-1 code points `bytes` (one per byte: the
    /// narrowest storage of any such string).
    pub fn from_latin1(bytes: Vec<u8>) -> PyStr {
        PyStr(Data::Latin1(bytes.into_boxed_slice()))
    }

    /// The string that generalized UTF-8 (surrogates allowed, as the
    /// compiler keeps constants) spells.
    pub fn from_wtf8(bytes: &[u8]) -> PyStr {
        PyStr::from_code_points(pyunicode::wtf8::code_points(bytes))
    }

    pub(super) fn storage(&self) -> Storage<'_> {
        match &self.0 {
            Data::Latin1(units) => Storage::Latin1(units),
            Data::Ucs2(units) => Storage::Ucs2(units),
            Data::Ucs4(units) => Storage::Ucs4(units),
        }
    }

    /// Whether the string spells `text` (no allocation).
    pub fn eq_str(&self, text: &str) -> bool {
        match &self.0 {
            Data::Latin1(units) if text.is_ascii() => **units == *text.as_bytes(),
            _ => self.code_points().eq(text.chars().map(u32::from)),
        }
    }

    /// The string as Rust text when it is pure ASCII (no copy).
    pub fn as_ascii(&self) -> Option<&str> {
        match &self.0 {
            Data::Latin1(units) if units.is_ascii() => std::str::from_utf8(units).ok(),
            _ => None,
        }
    }

    /// The code points as bytes when every one is below 256 (no copy):
    /// bytes compare as the code points do.
    pub fn as_latin1(&self) -> Option<&[u8]> {
        match &self.0 {
            Data::Latin1(units) => Some(units),
            _ => None,
        }
    }

    /// The length in code points.
    pub fn len(&self) -> usize {
        with_units!(self, units => units.len())
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The code point at `index`, if in range.
    pub fn get(&self, index: usize) -> Option<u32> {
        with_units!(self, units => units.get(index).map(|&u| u.into()))
    }

    /// The largest code point (0 for the empty string).
    pub fn max_code_point(&self) -> u32 {
        with_units!(self, units => units.iter().map(|&u| u.into()).max().unwrap_or(0))
    }

    /// The code points in order.
    pub fn code_points(&self) -> impl DoubleEndedIterator<Item = u32> + ExactSizeIterator + Clone {
        self.code_points_in(0..self.len())
    }

    /// The code points at `range`, which must lie within the string.
    pub(super) fn code_points_in(
        &self,
        range: Range<usize>,
    ) -> impl DoubleEndedIterator<Item = u32> + ExactSizeIterator + Clone {
        range.map(move |i| with_units!(self, units => units[i].into()))
    }

    /// `self[start:end]` for `start <= end <= len`.
    pub(super) fn substring(&self, start: usize, end: usize) -> PyStr {
        if let Data::Latin1(units) = &self.0 {
            return PyStr(Data::Latin1(units[start..end].into()));
        }
        with_units!(self, units => PyStr::narrowest(units[start..end].iter().map(|&u| u.into())))
    }

    /// `self[index]`: the one-character string, negative indices counting from the end.
    pub fn item(&self, index: isize) -> Result<PyStr, TextError> {
        let i = if index < 0 {
            index.checked_add_unsigned(self.len())
        } else {
            Some(index)
        };
        i.and_then(|i| usize::try_from(i).ok())
            .and_then(|i| self.get(i))
            .map(|cp| PyStr::from_code_points([cp]))
            .ok_or(TextError::Index("string index out of range"))
    }

    /// `self[start:stop:step]`.
    pub fn slice(
        &self,
        start: Option<isize>,
        stop: Option<isize>,
        step: Option<isize>,
    ) -> Result<PyStr, TextError> {
        let (start, count, step) = adjust_slice(self.len(), start, stop, step)?;
        if step == 1 {
            // A contiguous run: copied at its width.
            let start = start as usize;
            return Ok(self.substring(start, start + count));
        }
        Ok(PyStr::from_code_points((0..count).filter_map(|k| {
            let i = start + k as isize * step;
            self.get(i as usize)
        })))
    }

    /// `self + other`.
    pub fn concat(&self, other: &PyStr) -> PyStr {
        if let (Data::Latin1(a), Data::Latin1(b)) = (&self.0, &other.0) {
            return PyStr(Data::Latin1([&a[..], &b[..]].concat().into_boxed_slice()));
        }
        PyStr::from_code_points(self.code_points().chain(other.code_points()))
    }

    /// `self * count` (empty for a count of zero or less).
    pub fn repeat(&self, count: isize) -> Result<PyStr, TextError> {
        let count = usize::try_from(count).unwrap_or(0);
        if count == 0 || self.is_empty() {
            return Ok(PyStr::new());
        }
        let total = self
            .len()
            .checked_mul(count)
            .filter(|&n| n <= isize::MAX as usize)
            .ok_or(TextError::Overflow("repeated string is too long"))?;
        if let Data::Latin1(units) = &self.0 {
            let mut bytes = Vec::new();
            bytes
                .try_reserve_exact(total)
                .map_err(|_| TextError::Memory)?;
            for _ in 0..count {
                bytes.extend_from_slice(units);
            }
            return Ok(PyStr::from_latin1(bytes));
        }
        let mut cps = Vec::new();
        cps.try_reserve_exact(total)
            .map_err(|_| TextError::Memory)?;
        for _ in 0..count {
            cps.extend(self.code_points());
        }
        Ok(PyStr::from_code_points(cps))
    }

    /// `hash(self)`; see the `hash` module for the key.
    pub fn hash(&self) -> i64 {
        if let Data::Latin1(units) = &self.0 {
            return str_hash(units);
        }
        let bytes: Vec<u8> = match self.storage() {
            Storage::Latin1(units) => units.to_vec(),
            Storage::Ucs2(units) => units.iter().flat_map(|u| u.to_le_bytes()).collect(),
            Storage::Ucs4(units) => units.iter().flat_map(|u| u.to_le_bytes()).collect(),
        };
        str_hash(&bytes)
    }

    /// The UTF-8 of the string, failing on a surrogate as `str.encode()`
    /// does (for APIs that need a Rust `str`: names, paths, printing).
    pub fn to_utf8(&self) -> Result<String, TextError> {
        match self.code_points().map(char::from_u32).collect() {
            Some(utf8) => Ok(utf8),
            None => Err(super::Codec::Utf8
                .encode(self, "strict")
                .expect_err("strict UTF-8 rejects the surrogate `char::from_u32` did")),
        }
    }

    /// The UTF-8 of the string with each surrogate replaced by U+FFFD.
    pub fn to_utf8_lossy(&self) -> String {
        self.code_points()
            .map(|cp| char::from_u32(cp).unwrap_or('\u{fffd}'))
            .collect()
    }

    /// The generalized UTF-8 of the string: surrogates as 3-byte sequences
    /// (what `encode('utf-8', 'surrogatepass')` gives).
    pub fn to_wtf8(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(self.len());
        for cp in self.code_points() {
            pyunicode::wtf8::push(&mut out, cp);
        }
        out
    }

    /// `repr(self)`.
    pub fn repr(&self) -> String {
        pyunicode::repr::str_repr(self.code_points())
    }

    /// `ascii(self)`.
    pub fn ascii(&self) -> String {
        pyunicode::repr::str_ascii(self.code_points())
    }
}

impl From<&str> for PyStr {
    fn from(s: &str) -> PyStr {
        if s.is_ascii() {
            PyStr(Data::Latin1(s.as_bytes().into()))
        } else {
            PyStr::narrowest(s.chars().map(u32::from))
        }
    }
}

/// Code-point order, as Python compares strings.
impl Ord for PyStr {
    /// A slice comparison when both have one width.
    fn cmp(&self, other: &PyStr) -> Ordering {
        match (self.storage(), other.storage()) {
            (Storage::Latin1(a), Storage::Latin1(b)) => a.cmp(b),
            (Storage::Ucs2(a), Storage::Ucs2(b)) => a.cmp(b),
            (Storage::Ucs4(a), Storage::Ucs4(b)) => a.cmp(b),
            _ => self.code_points().cmp(other.code_points()),
        }
    }
}

impl PartialOrd for PyStr {
    fn partial_cmp(&self, other: &PyStr) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl fmt::Debug for PyStr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.repr())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths_are_canonical() {
        let s = PyStr::from("aé");
        assert!(matches!(s.0, Data::Latin1(_)));
        assert!(matches!(PyStr::from("aΣ").0, Data::Ucs2(_)));
        assert!(matches!(PyStr::from("a😀").0, Data::Ucs4(_)));
        let narrowed = PyStr::from("a😀").slice(Some(0), Some(1), None).unwrap();
        assert_eq!(narrowed, PyStr::from("a"));
        assert!(matches!(narrowed.0, Data::Latin1(_)));
    }

    #[test]
    fn surrogates_survive() {
        let s = PyStr::from_code_points([0xd800, 0x41]);
        assert_eq!(s.len(), 2);
        assert_eq!(s.to_wtf8(), [0xed, 0xa0, 0x80, 0x41]);
        assert_eq!(PyStr::from_wtf8(&s.to_wtf8()), s);
        assert_eq!(s.to_utf8_lossy(), "\u{fffd}A");
        assert!(s.to_utf8().is_err());
    }
}
