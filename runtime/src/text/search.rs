//! Substring search and what is built on it: find/rfind/index/rindex, count,
//! startswith/endswith, replace, partition/rpartition, removeprefix/removesuffix.
//!
//! The search is the plain O(n·m) scan; CPython's two-way "fastsearch" is a
//! later optimization that changes no result.

use super::string::with_units;
use super::{PyStr, TextError};

/// CPython's `ADJUST_INDICES`: optional `start`/`end` with negative values
/// counting from the end, clamped to `0..=len` (start may end up past end).
pub(super) fn adjust_indices(
    len: usize,
    start: Option<isize>,
    end: Option<isize>,
) -> (usize, usize) {
    let len = len as isize;
    let fix = |i: isize| {
        if i < 0 {
            (i.saturating_add(len)).max(0)
        } else {
            i
        }
    };
    let end = fix(end.unwrap_or(len)).min(len);
    let start = fix(start.unwrap_or(0));
    (start as usize, end as usize)
}

/// Whether `hay` at `at` begins with `needle`.
fn matches_at<A: Copy + Into<u32>, B: Copy + Into<u32>>(
    hay: &[A],
    at: usize,
    needle: &[B],
) -> bool {
    hay.get(at..at + needle.len()).is_some_and(|window| {
        window
            .iter()
            .zip(needle)
            .all(|(&a, &b)| a.into() == b.into())
    })
}

impl PyStr {
    /// Whether `self[at:]` begins with `needle`.
    pub(super) fn matches_at(&self, at: usize, needle: &PyStr) -> bool {
        with_units!(self, hay => with_units!(needle, n => matches_at(hay, at, n)))
    }

    /// The first (or, `reverse`, last) index in `start..end` where `needle`
    /// occurs wholly inside that range.
    pub(super) fn search(
        &self,
        needle: &PyStr,
        start: usize,
        end: usize,
        reverse: bool,
    ) -> Option<usize> {
        let last = end
            .checked_sub(needle.len())
            .filter(|&last| last >= start)?;
        let mut candidates = start..=last;
        if reverse {
            candidates.rfind(|&i| self.matches_at(i, needle))
        } else {
            candidates.find(|&i| self.matches_at(i, needle))
        }
    }

    fn find_impl(
        &self,
        sub: &PyStr,
        start: Option<isize>,
        end: Option<isize>,
        reverse: bool,
    ) -> Option<usize> {
        let (start, end) = adjust_indices(self.len(), start, end);
        self.search(sub, start, end, reverse)
    }

    /// `str.find(sub, start, end)`: the lowest index or -1.
    pub fn find(&self, sub: &PyStr, start: Option<isize>, end: Option<isize>) -> isize {
        self.find_impl(sub, start, end, false)
            .map_or(-1, |i| i as isize)
    }

    /// `str.rfind(sub, start, end)`: the highest index or -1.
    pub fn rfind(&self, sub: &PyStr, start: Option<isize>, end: Option<isize>) -> isize {
        self.find_impl(sub, start, end, true)
            .map_or(-1, |i| i as isize)
    }

    /// `str.index(sub, start, end)`.
    pub fn index_of(
        &self,
        sub: &PyStr,
        start: Option<isize>,
        end: Option<isize>,
    ) -> Result<usize, TextError> {
        self.find_impl(sub, start, end, false)
            .ok_or(TextError::Value("substring not found"))
    }

    /// `str.rindex(sub, start, end)`.
    pub fn rindex_of(
        &self,
        sub: &PyStr,
        start: Option<isize>,
        end: Option<isize>,
    ) -> Result<usize, TextError> {
        self.find_impl(sub, start, end, true)
            .ok_or(TextError::Value("substring not found"))
    }

    /// `sub in self`.
    pub fn contains(&self, sub: &PyStr) -> bool {
        self.search(sub, 0, self.len(), false).is_some()
    }

    /// `str.count(sub, start, end)`: non-overlapping occurrences.
    pub fn count(&self, sub: &PyStr, start: Option<isize>, end: Option<isize>) -> usize {
        let (start, end) = adjust_indices(self.len(), start, end);
        self.count_in(sub, start, end)
    }

    /// Non-overlapping occurrences of `sub` in `start..end`;
    /// an empty `sub` occurs between every two characters and at both ends.
    fn count_in(&self, sub: &PyStr, start: usize, end: usize) -> usize {
        if end < start || end - start < sub.len() {
            return 0;
        }
        if sub.is_empty() {
            return end - start + 1;
        }
        let mut count = 0;
        let mut at = start;
        while let Some(i) = self.search(sub, at, end, false) {
            count += 1;
            at = i + sub.len();
        }
        count
    }

    /// CPython's `tailmatch`: whether `self[start:end]` starts (or, `at_end`,
    /// ends) with `affix`.
    fn tailmatch(
        &self,
        affix: &PyStr,
        start: Option<isize>,
        end: Option<isize>,
        at_end: bool,
    ) -> bool {
        let (start, end) = adjust_indices(self.len(), start, end);
        let Some(last) = end.checked_sub(affix.len()).filter(|&last| last >= start) else {
            return false;
        };
        self.matches_at(if at_end { last } else { start }, affix)
    }

    /// `str.startswith(prefix, start, end)`.
    pub fn startswith(&self, prefix: &PyStr, start: Option<isize>, end: Option<isize>) -> bool {
        self.tailmatch(prefix, start, end, false)
    }

    /// `str.endswith(suffix, start, end)`.
    pub fn endswith(&self, suffix: &PyStr, start: Option<isize>, end: Option<isize>) -> bool {
        self.tailmatch(suffix, start, end, true)
    }

    /// `str.replace(old, new, count)`: a negative count replaces all; an
    /// empty `old` inserts `new` before every character and at the end.
    pub fn replace(&self, old: &PyStr, new: &PyStr, count: isize) -> PyStr {
        let max = usize::try_from(count).unwrap_or(usize::MAX);
        let mut out: Vec<u32> = Vec::with_capacity(self.len());
        let mut at = 0;
        let mut done = 0;
        while done < max {
            let found = if old.is_empty() {
                (at <= self.len()).then_some(at)
            } else {
                self.search(old, at, self.len(), false)
            };
            let Some(i) = found else { break };
            out.extend(self.code_points_in(at..i));
            out.extend(new.code_points());
            done += 1;
            if old.is_empty() {
                // Keep the character the insertion point sits before.
                out.extend(self.get(i));
                at = i + 1;
            } else {
                at = i + old.len();
            }
        }
        out.extend(self.code_points_in(at..self.len()));
        PyStr::from_code_points(out)
    }

    /// `str.partition(sep)` (or, `reverse`, `str.rpartition(sep)`).
    fn partition_impl(&self, sep: &PyStr, reverse: bool) -> Result<[PyStr; 3], TextError> {
        if sep.is_empty() {
            return Err(TextError::Value("empty separator"));
        }
        Ok(match self.search(sep, 0, self.len(), reverse) {
            Some(i) => [
                self.substring(0, i),
                sep.clone(),
                self.substring(i + sep.len(), self.len()),
            ],
            None if reverse => [PyStr::new(), PyStr::new(), self.clone()],
            None => [self.clone(), PyStr::new(), PyStr::new()],
        })
    }

    /// `str.partition(sep)`.
    pub fn partition(&self, sep: &PyStr) -> Result<[PyStr; 3], TextError> {
        self.partition_impl(sep, false)
    }

    /// `str.rpartition(sep)`.
    pub fn rpartition(&self, sep: &PyStr) -> Result<[PyStr; 3], TextError> {
        self.partition_impl(sep, true)
    }

    /// `str.removeprefix(prefix)`.
    pub fn removeprefix(&self, prefix: &PyStr) -> PyStr {
        if self.matches_at(0, prefix) {
            self.substring(prefix.len(), self.len())
        } else {
            self.clone()
        }
    }

    /// `str.removesuffix(suffix)`.
    pub fn removesuffix(&self, suffix: &PyStr) -> PyStr {
        match self.len().checked_sub(suffix.len()) {
            Some(at) if !suffix.is_empty() && self.matches_at(at, suffix) => self.substring(0, at),
            _ => self.clone(),
        }
    }
}
