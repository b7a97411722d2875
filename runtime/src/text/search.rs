//! Substring search and what is built on it: find/rfind/index/rindex, count,
//! startswith/endswith, replace, partition/rpartition, removeprefix/removesuffix.
//!
//! Short needles are matched in place; longer ones with Knuth-Morris-Pratt,
//! so no search is worse than linear. (CPython's "fastsearch" mixes
//! other algorithms; which occurrence is found is the same.)

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

/// The first (or, `reverse`, last) position in `candidates` where `hay`
/// holds `needle`: each candidate is tested on its first unit, and the rest
/// compared only where that matches.
fn find_short<A: Copy + Into<u32>, B: Copy + Into<u32>>(
    hay: &[A],
    needle: &[B],
    candidates: std::ops::RangeInclusive<usize>,
    reverse: bool,
) -> Option<usize> {
    let Some((&first, rest)) = needle.split_first() else {
        return if reverse {
            Some(*candidates.end())
        } else {
            Some(*candidates.start())
        };
    };
    let first: u32 = first.into();
    let found = |&i: &usize| hay[i].into() == first && matches_at(hay, i + 1, rest);
    let mut candidates = candidates;
    if reverse {
        candidates.rfind(found)
    } else {
        candidates.find(found)
    }
}

/// The longest needle matched by trying every position.
const SHORT_NEEDLE: usize = 8;

/// Knuth-Morris-Pratt: the position in `hay` where the first occurrence of
/// the non-empty `needle` begins.
fn kmp(hay: impl Iterator<Item = u32>, needle: &[u32]) -> Option<usize> {
    // fallback[i]: the length of the longest proper border of needle[..=i].
    let mut fallback = vec![0; needle.len()];
    let mut k = 0;
    for i in 1..needle.len() {
        while k > 0 && needle[i] != needle[k] {
            k = fallback[k - 1];
        }
        if needle[i] == needle[k] {
            k += 1;
        }
        fallback[i] = k;
    }
    let mut matched = 0;
    for (i, c) in hay.enumerate() {
        while matched > 0 && c != needle[matched] {
            matched = fallback[matched - 1];
        }
        if c == needle[matched] {
            matched += 1;
        }
        if matched == needle.len() {
            return Some(i + 1 - needle.len());
        }
    }
    None
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
        if needle.len() <= SHORT_NEEDLE {
            return with_units!(self, hay => with_units!(needle, n => {
                find_short(hay, n, start..=last, reverse)
            }));
        }
        let hay = self.code_points_in(start..end);
        if reverse {
            let reversed: Vec<u32> = needle.code_points().rev().collect();
            kmp(hay.rev(), &reversed).map(|p| end - p - needle.len())
        } else {
            let forward: Vec<u32> = needle.code_points().collect();
            kmp(hay, &forward).map(|p| start + p)
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

#[cfg(test)]
mod tests {
    use super::*;

    /// KMP agrees with trying every position, both ways, on needles long
    /// enough to take it, over a small alphabet so that near-matches abound.
    #[test]
    fn long_needles() {
        let mut seed = 7u32;
        let mut text = |len: usize| {
            PyStr::from_code_points((0..len).map(|_| {
                seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12345);
                [0x61, 0x62, 0x3a3][(seed >> 16) as usize % 3]
            }))
        };
        for round in 0..400 {
            let hay = text(40 + round % 50);
            let needle = if round % 2 == 0 {
                let at = round % 20;
                hay.substring(at, at + SHORT_NEEDLE + 1 + round % 7)
            } else {
                text(SHORT_NEEDLE + 1 + round % 4)
            };
            let (start, end) = (round % 5, hay.len() - round % 3);
            let candidates =
                || (start..=end.saturating_sub(needle.len())).filter(|&i| i + needle.len() <= end);
            let first = candidates().find(|&i| hay.matches_at(i, &needle));
            let last = candidates().rfind(|&i| hay.matches_at(i, &needle));
            assert_eq!(
                hay.search(&needle, start, end, false),
                first,
                "{hay:?} {needle:?}"
            );
            assert_eq!(
                hay.search(&needle, start, end, true),
                last,
                "{hay:?} {needle:?}"
            );
        }
    }
}
