//! Splitting and joining: split/rsplit, splitlines, join, strip/lstrip/rstrip.

use pyunicode::props::{is_linebreak, is_space};

use super::string::with_units;
use super::{PyStr, TextError};

/// A `maxsplit` argument: negative means no limit.
fn limit(maxsplit: isize) -> usize {
    usize::try_from(maxsplit).unwrap_or(usize::MAX)
}

/// The parts a split makes room for before it first grows (CPython's
/// `MAX_PREALLOC`): enough for a line of words without reallocating.
const PREALLOC: usize = 12;

/// The list of parts of a split limited to `left` splits.
fn parts_for(left: usize) -> Vec<PyStr> {
    Vec::with_capacity(left.saturating_add(1).min(PREALLOC))
}

impl PyStr {
    /// The index after the run of characters from `start` on that satisfy `f`.
    fn skip_forward(&self, start: usize, f: impl Fn(u32) -> bool) -> usize {
        start
            + with_units!(self, units => units[start..].iter().take_while(|&&u| f(u.into())).count())
    }

    /// The index where the run of characters before `end` that satisfy `f` begins.
    fn skip_backward(&self, end: usize, f: impl Fn(u32) -> bool) -> usize {
        end - with_units!(self, units => units[..end].iter().rev().take_while(|&&u| f(u.into())).count())
    }

    /// `str.split(sep, maxsplit)`; `sep` of `None` splits on runs of
    /// whitespace and drops empty strings.
    pub fn split(&self, sep: Option<&PyStr>, maxsplit: isize) -> Result<Vec<PyStr>, TextError> {
        let mut left = limit(maxsplit);
        let len = self.len();
        let mut parts = parts_for(left);
        let Some(sep) = sep else {
            let mut i = 0;
            while left > 0 {
                i = self.skip_forward(i, is_space);
                if i == len {
                    break;
                }
                let j = i;
                i = self.skip_forward(i, |c| !is_space(c));
                parts.push(self.substring(j, i));
                left -= 1;
            }
            // The limit was reached: the rest, from its first non-space, is one part.
            i = self.skip_forward(i, is_space);
            if i < len {
                parts.push(self.substring(i, len));
            }
            return Ok(parts);
        };
        if sep.is_empty() {
            return Err(TextError::Value("empty separator"));
        }
        let mut i = 0;
        while left > 0 {
            let Some(j) = self.search(sep, i, len, false) else {
                break;
            };
            parts.push(self.substring(i, j));
            i = j + sep.len();
            left -= 1;
        }
        parts.push(self.substring(i, len));
        Ok(parts)
    }

    /// `str.rsplit(sep, maxsplit)`: as `split`, but the splits counted from the right.
    pub fn rsplit(&self, sep: Option<&PyStr>, maxsplit: isize) -> Result<Vec<PyStr>, TextError> {
        let mut left = limit(maxsplit);
        let mut parts = parts_for(left);
        let Some(sep) = sep else {
            // `i` is the end of the unsplit prefix.
            let mut i = self.len();
            while left > 0 {
                i = self.skip_backward(i, is_space);
                if i == 0 {
                    break;
                }
                let j = i;
                i = self.skip_backward(i, |c| !is_space(c));
                parts.push(self.substring(i, j));
                left -= 1;
            }
            i = self.skip_backward(i, is_space);
            if i > 0 {
                parts.push(self.substring(0, i));
            }
            parts.reverse();
            return Ok(parts);
        };
        if sep.is_empty() {
            return Err(TextError::Value("empty separator"));
        }
        let mut j = self.len();
        while left > 0 {
            let Some(i) = self.search(sep, 0, j, true) else {
                break;
            };
            parts.push(self.substring(i + sep.len(), j));
            j = i;
            left -= 1;
        }
        parts.push(self.substring(0, j));
        parts.reverse();
        Ok(parts)
    }

    /// `str.splitlines(keepends)`: splits at `\r\n` and at every character
    /// Python counts as a line boundary (`\n`, `\r`, `\v`, `\f`, `\x1c`-`\x1e`,
    /// `\x85`, U+2028, U+2029).
    pub fn splitlines(&self, keepends: bool) -> Vec<PyStr> {
        let len = self.len();
        let mut lines = parts_for(usize::MAX);
        let mut i = 0;
        while i < len {
            let j = i;
            i = self.skip_forward(i, |c| !is_linebreak(c));
            let mut eol = i;
            if i < len {
                let crlf = self.get(i) == Some(u32::from('\r'))
                    && self.get(i + 1) == Some(u32::from('\n'));
                i += if crlf { 2 } else { 1 };
                if keepends {
                    eol = i;
                }
            }
            lines.push(self.substring(j, eol));
        }
        lines
    }

    /// `self.join(items)` (any iterable of strings, walked twice: for the
    /// size, then to copy).
    pub fn join<'a, I>(&self, items: I) -> PyStr
    where
        I: IntoIterator<Item = &'a PyStr>,
        I::IntoIter: Clone,
    {
        let items = items.into_iter();
        if let Some(sep) = self.as_latin1() {
            let mut total = 0;
            let mut count = 0;
            let mut all_latin1 = true;
            for item in items.clone() {
                match item.as_latin1() {
                    Some(b) => total += b.len(),
                    None => {
                        all_latin1 = false;
                        break;
                    }
                }
                count += 1;
            }
            if all_latin1 {
                let mut bytes =
                    Vec::with_capacity(total + sep.len() * usize::saturating_sub(count, 1));
                for (k, item) in items.enumerate() {
                    if k > 0 {
                        bytes.extend_from_slice(sep);
                    }
                    bytes.extend_from_slice(item.as_latin1().unwrap_or_default());
                }
                return PyStr::from_latin1(bytes);
            }
        }
        let mut cps = Vec::new();
        for (k, item) in items.enumerate() {
            if k > 0 {
                cps.extend(self.code_points());
            }
            cps.extend(item.code_points());
        }
        PyStr::from_code_points(cps)
    }

    /// Strips characters from `chars` (whitespace for `None`) off the left
    /// and/or right end.
    fn strip_impl(&self, chars: Option<&PyStr>, left: bool, right: bool) -> PyStr {
        let strip = |c: u32| match chars {
            None => is_space(c),
            Some(chars) => chars.code_points().any(|x| x == c),
        };
        let start = if left { self.skip_forward(0, strip) } else { 0 };
        let end = if right {
            self.skip_backward(self.len(), strip).max(start)
        } else {
            self.len()
        };
        self.substring(start, end)
    }

    /// `str.strip(chars)`.
    pub fn strip(&self, chars: Option<&PyStr>) -> PyStr {
        self.strip_impl(chars, true, true)
    }

    /// `str.lstrip(chars)`.
    pub fn lstrip(&self, chars: Option<&PyStr>) -> PyStr {
        self.strip_impl(chars, true, false)
    }

    /// `str.rstrip(chars)`.
    pub fn rstrip(&self, chars: Option<&PyStr>) -> PyStr {
        self.strip_impl(chars, false, true)
    }
}
