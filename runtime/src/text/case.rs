//! Case conversion: lower/upper/casefold/title/capitalize/swapcase, with the
//! full mappings (one character may become several) and the final-sigma rule.

use pyunicode::case;
use pyunicode::props::{is_case_ignorable, is_cased, is_lower, is_upper};

use super::PyStr;

const CAPITAL_SIGMA: u32 = 0x3a3;
const SMALL_SIGMA: u32 = 0x3c3;
const FINAL_SIGMA: u32 = 0x3c2;

impl PyStr {
    /// Whether the capital sigma at `i` ends a word: a cased character
    /// precedes it and none follows, skipping case-ignorable ones both ways.
    fn is_final_sigma(&self, i: usize) -> bool {
        let before = self
            .code_points_in(0..i)
            .rev()
            .find(|&c| !is_case_ignorable(c))
            .is_some_and(is_cased);
        let after = self
            .code_points_in(i + 1..self.len())
            .find(|&c| !is_case_ignorable(c))
            .is_some_and(is_cased);
        before && !after
    }

    /// The lowercase of the character at `i` (CPython's `lower_ucs4`).
    fn lower_at(&self, i: usize, cp: u32) -> case::Mapped {
        if cp == CAPITAL_SIGMA {
            let sigma = if self.is_final_sigma(i) {
                FINAL_SIGMA
            } else {
                SMALL_SIGMA
            };
            return case::Mapped::from(sigma);
        }
        case::lower(cp)
    }

    /// Maps each character (with its index) to its replacement characters.
    fn map_chars(&self, mut f: impl FnMut(usize, u32) -> case::Mapped) -> PyStr {
        let mut out = Vec::with_capacity(self.len());
        for (i, c) in self.code_points().enumerate() {
            match f(i, c).as_slice() {
                &[one] => out.push(one),
                several => out.extend_from_slice(several),
            }
        }
        PyStr::from_code_points(out)
    }

    /// The string's bytes when it is pure ASCII (whose case mappings are
    /// ASCII's own).
    fn ascii_bytes(&self) -> Option<&[u8]> {
        self.as_latin1().filter(|b| b.is_ascii())
    }

    /// `str.lower()`.
    pub fn lower(&self) -> PyStr {
        if let Some(b) = self.ascii_bytes() {
            return PyStr::from_latin1(b.to_ascii_lowercase());
        }
        self.map_chars(|i, c| self.lower_at(i, c))
    }

    /// `str.upper()`.
    pub fn upper(&self) -> PyStr {
        if let Some(b) = self.ascii_bytes() {
            return PyStr::from_latin1(b.to_ascii_uppercase());
        }
        self.map_chars(|_, c| case::upper(c))
    }

    /// `str.casefold()`.
    pub fn casefold(&self) -> PyStr {
        if let Some(b) = self.ascii_bytes() {
            return PyStr::from_latin1(b.to_ascii_lowercase());
        }
        self.map_chars(|_, c| case::fold(c))
    }

    /// `str.swapcase()`.
    pub fn swapcase(&self) -> PyStr {
        self.map_chars(|i, c| {
            if is_upper(c) {
                self.lower_at(i, c)
            } else if is_lower(c) {
                case::upper(c)
            } else {
                case::Mapped::from(c)
            }
        })
    }

    /// `str.title()`: titlecase after an uncased character, lowercase after a cased one.
    pub fn title(&self) -> PyStr {
        let mut previous_cased = false;
        self.map_chars(|i, c| {
            let mapped = if previous_cased {
                self.lower_at(i, c)
            } else {
                case::title(c)
            };
            previous_cased = is_cased(c);
            mapped
        })
    }

    /// `str.capitalize()`: the first character titlecased, the rest lowercased.
    pub fn capitalize(&self) -> PyStr {
        if let Some(b) = self.ascii_bytes() {
            let mut out = b.to_ascii_lowercase();
            if let Some(first) = out.first_mut() {
                first.make_ascii_uppercase();
            }
            return PyStr::from_latin1(out);
        }
        self.map_chars(|i, c| {
            if i == 0 {
                case::title(c)
            } else {
                self.lower_at(i, c)
            }
        })
    }
}
