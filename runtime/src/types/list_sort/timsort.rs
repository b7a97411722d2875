//! CPython's listsort (Objects/listobject.c, described in
//! Objects/listsort.txt): natural runs extended to `minrun` by binary
//! insertion, merged by the powersort policy with galloping. It is followed
//! step for step, so an inconsistent order (a NaN) or a comparison that
//! raises sees the same comparisons and leaves the same order as CPython.
//!
//! The slice holds small `Copy` records (a key and an index), so moving them
//! counts no references; on error it still holds every record once.

use crate::err::PyResult;

/// Runs shorter than this (at most) are extended by binary insertion.
const MAX_MINRUN: usize = 64;

/// Wins in a row that switch a merge into galloping mode.
const MIN_GALLOP: usize = 7;

/// A pending run `v[base..base + len]`; `power` is its depth in the
/// powersort merge tree, against the run after it.
#[derive(Clone, Copy)]
struct Run {
    base: usize,
    len: usize,
    power: u32,
}

struct MergeState<T, F> {
    lt: F,
    /// Adapts to the data: merges raise it for random data and lower it for
    /// structured data.
    min_gallop: usize,
    /// A merge's copy of its smaller run.
    tmp: Vec<T>,
    pending: Vec<Run>,
    len: usize,
}

/// Sorts `v` stably by `lt` (`a < b`), stopping at the first error.
pub(super) fn sort<T, F>(v: &mut [T], lt: F) -> PyResult<()>
where
    T: Copy,
    F: FnMut(&T, &T) -> PyResult<bool>,
{
    let n = v.len();
    if n < 2 {
        return Ok(());
    }
    let mut ms = MergeState {
        lt,
        min_gallop: MIN_GALLOP,
        tmp: Vec::new(),
        pending: Vec::new(),
        len: n,
    };
    let minrun = minrun(n);
    let mut lo = 0;
    while lo < n {
        let rest = &mut v[lo..];
        let mut run = ms.count_run(rest)?;
        if run < minrun {
            let force = rest.len().min(minrun);
            ms.binary_sort(&mut rest[..force], run)?;
            run = force;
        }
        ms.found_new_run(v, run)?;
        ms.pending.push(Run {
            base: lo,
            len: run,
            power: 0,
        });
        lo += run;
    }
    ms.merge_force_collapse(v)
}

/// `n` if small, else a length in `MAX_MINRUN / 2..=MAX_MINRUN` that
/// divides `n` into a number of runs at or just under a power of 2.
fn minrun(mut n: usize) -> usize {
    let mut r = 0;
    while n >= MAX_MINRUN {
        r |= n & 1;
        n >>= 1;
    }
    n + r
}

/// The powersort depth of the node between the adjacent runs
/// `[s1, s1 + n1)` and `[s1 + n1, s1 + n1 + n2)` of a list of `n`: the first
/// bit where their midpoints' binary fractions of `n` differ.
fn powerloop(s1: usize, n1: usize, n2: usize, n: usize) -> u32 {
    // Twice the midpoints, so they are integers.
    let mut a = 2 * s1 + n1;
    let mut b = a + n1 + n2;
    let mut result = 0;
    loop {
        result += 1;
        if a >= n {
            a -= n;
            b -= n;
        } else if b >= n {
            return result;
        }
        a <<= 1;
        b <<= 1;
    }
}

impl<T: Copy, F: FnMut(&T, &T) -> PyResult<bool>> MergeState<T, F> {
    /// The length of the run at the start of `v`, made ascending: a
    /// descending run is reversed, its equal stretches reversed first so
    /// that they keep their order.
    fn count_run(&mut self, v: &mut [T]) -> PyResult<usize> {
        let lt = &mut self.lt;
        let len = v.len();
        let mut n = 1;
        while n < len && !lt(&v[n], &v[n - 1])? {
            n += 1;
        }
        if n == len {
            return Ok(n);
        }
        // v[n] is smaller. An ascending prefix that rose somewhere ends the
        // run; one of equal items starts a descending run.
        if n > 1 {
            if lt(&v[0], &v[n - 1])? {
                return Ok(n);
            }
            v[..n].reverse();
        }
        n += 1;
        // The most recent `equal + 1` items are equal.
        let mut equal = 0;
        let reverse_equal = |v: &mut [T], n: usize, equal: &mut usize| {
            if *equal > 0 {
                v[n - *equal - 1..n].reverse();
                *equal = 0;
            }
        };
        while n < len {
            if lt(&v[n], &v[n - 1])? {
                reverse_equal(v, n, &mut equal);
            } else if lt(&v[n - 1], &v[n])? {
                break;
            } else {
                equal += 1;
            }
            n += 1;
        }
        reverse_equal(v, n, &mut equal);
        v[..n].reverse();
        // The reversed run may go on ascending ([3, 2, 3, 4, 1]).
        while n < len && !lt(&v[n], &v[n - 1])? {
            n += 1;
        }
        Ok(n)
    }

    /// Binary insertion sort of `v`, whose first `sorted` items are in
    /// order. Few comparisons; the moves are cheap on runs this short.
    fn binary_sort(&mut self, v: &mut [T], sorted: usize) -> PyResult<()> {
        for i in sorted.max(1)..v.len() {
            let pivot = v[i];
            let (mut lo, mut hi) = (0, i);
            while lo < hi {
                let mid = (lo + hi) / 2;
                if (self.lt)(&pivot, &v[mid])? {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            v[lo..=i].rotate_right(1);
        }
        Ok(())
    }

    /// Merges the runs the powersort invariant says must be merged before a
    /// new run of `n2` items is pushed.
    fn found_new_run(&mut self, v: &mut [T], n2: usize) -> PyResult<()> {
        let Some(last) = self.pending.last() else {
            return Ok(());
        };
        let power = powerloop(last.base, last.len, n2, self.len);
        while self.pending.len() > 1 && self.pending[self.pending.len() - 2].power > power {
            self.merge_at(v, self.pending.len() - 2)?;
        }
        if let Some(last) = self.pending.last_mut() {
            last.power = power;
        }
        Ok(())
    }

    fn merge_force_collapse(&mut self, v: &mut [T]) -> PyResult<()> {
        while self.pending.len() > 1 {
            let mut i = self.pending.len() - 2;
            if i > 0 && self.pending[i - 1].len < self.pending[i + 1].len {
                i -= 1;
            }
            self.merge_at(v, i)?;
        }
        Ok(())
    }

    /// Merges pending runs `i` and `i + 1`, skipping the prefix of the
    /// first and the suffix of the second that are already in place.
    fn merge_at(&mut self, v: &mut [T], i: usize) -> PyResult<()> {
        let (a, b) = (self.pending[i], self.pending[i + 1]);
        self.pending[i].len = a.len + b.len;
        if i + 3 == self.pending.len() {
            self.pending[i + 1] = self.pending[i + 2];
        }
        self.pending.pop();

        let k = gallop_right(&mut self.lt, &v[b.base], &v[a.base..b.base], 0)?;
        let (base, na) = (a.base + k, a.len - k);
        if na == 0 {
            return Ok(());
        }
        let last_a = v[base + na - 1];
        let nb = gallop_left(&mut self.lt, &last_a, &v[b.base..b.base + b.len], b.len - 1)?;
        if nb == 0 {
            return Ok(());
        }
        let v = &mut v[base..b.base + nb];
        if na <= nb {
            self.merge_lo(v, na)
        } else {
            self.merge_hi(v, na)
        }
    }

    /// Merges `v[..na]` and `v[na..]` from the front, copying the first
    /// (shorter) run aside. `v[na - 1]` belongs at the end and `v[na]` at
    /// the start.
    fn merge_lo(&mut self, v: &mut [T], na: usize) -> PyResult<()> {
        let Self {
            lt,
            min_gallop: shared_gallop,
            tmp,
            ..
        } = self;
        tmp.clear();
        tmp.extend_from_slice(&v[..na]);
        let (mut na, mut nb) = (na, v.len() - na);
        // The next item of a (in tmp), of b, and the next slot to fill.
        let (mut a, mut b, mut dest) = (0, na, 0);
        v[dest] = v[b];
        (dest, b, nb) = (dest + 1, b + 1, nb - 1);
        // Ok(true): only b and the last of a are left.
        let end: PyResult<bool> = 'merge: {
            if nb == 0 {
                break 'merge Ok(false);
            }
            if na == 1 {
                break 'merge Ok(true);
            }
            let mut min_gallop = *shared_gallop;
            loop {
                let (mut acount, mut bcount) = (0, 0);
                // One at a time, until a run wins min_gallop times in a row.
                loop {
                    let b_first = match lt(&v[b], &tmp[a]) {
                        Ok(k) => k,
                        Err(e) => break 'merge Err(e),
                    };
                    if b_first {
                        v[dest] = v[b];
                        (dest, b, nb) = (dest + 1, b + 1, nb - 1);
                        (acount, bcount) = (0, bcount + 1);
                        if nb == 0 {
                            break 'merge Ok(false);
                        }
                        if bcount >= min_gallop {
                            break;
                        }
                    } else {
                        v[dest] = tmp[a];
                        (dest, a, na) = (dest + 1, a + 1, na - 1);
                        (acount, bcount) = (acount + 1, 0);
                        if na == 1 {
                            break 'merge Ok(true);
                        }
                        if acount >= min_gallop {
                            break;
                        }
                    }
                }
                // Galloping, until neither run wins MIN_GALLOP in a row.
                min_gallop += 1;
                loop {
                    min_gallop -= usize::from(min_gallop > 1);
                    *shared_gallop = min_gallop;
                    let k = match gallop_right(lt, &v[b], &tmp[a..a + na], 0) {
                        Ok(k) => k,
                        Err(e) => break 'merge Err(e),
                    };
                    acount = k;
                    if k > 0 {
                        v[dest..dest + k].copy_from_slice(&tmp[a..a + k]);
                        (dest, a, na) = (dest + k, a + k, na - k);
                        if na == 1 {
                            break 'merge Ok(true);
                        }
                        // Only an inconsistent order gets here.
                        if na == 0 {
                            break 'merge Ok(false);
                        }
                    }
                    v[dest] = v[b];
                    (dest, b, nb) = (dest + 1, b + 1, nb - 1);
                    if nb == 0 {
                        break 'merge Ok(false);
                    }
                    let k = match gallop_left(lt, &tmp[a], &v[b..b + nb], 0) {
                        Ok(k) => k,
                        Err(e) => break 'merge Err(e),
                    };
                    bcount = k;
                    if k > 0 {
                        v.copy_within(b..b + k, dest);
                        (dest, b, nb) = (dest + k, b + k, nb - k);
                        if nb == 0 {
                            break 'merge Ok(false);
                        }
                    }
                    v[dest] = tmp[a];
                    (dest, a, na) = (dest + 1, a + 1, na - 1);
                    if na == 1 {
                        break 'merge Ok(true);
                    }
                    if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                        break;
                    }
                }
                min_gallop += 1;
                *shared_gallop = min_gallop;
            }
        };
        match end {
            Ok(true) => {
                v.copy_within(b..b + nb, dest);
                v[dest + nb] = tmp[a];
                Ok(())
            }
            end => {
                v[dest..dest + na].copy_from_slice(&tmp[a..a + na]);
                end.map(drop)
            }
        }
    }

    /// Merges `v[..na]` and `v[na..]` from the back, copying the second
    /// (shorter) run aside. `v[na - 1]` belongs at the end and `v[na]` at
    /// the start.
    fn merge_hi(&mut self, v: &mut [T], na: usize) -> PyResult<()> {
        let Self {
            lt,
            min_gallop: shared_gallop,
            tmp,
            ..
        } = self;
        tmp.clear();
        tmp.extend_from_slice(&v[na..]);
        // What is left of a is v[..na], of b tmp[..nb]; v[na + nb..] is
        // done, so the next slot to fill is v[na + nb - 1].
        let (mut na, mut nb) = (na, v.len() - na);
        v[na + nb - 1] = v[na - 1];
        na -= 1;
        // Ok(true): only a and the first of b are left.
        let end: PyResult<bool> = 'merge: {
            if na == 0 {
                break 'merge Ok(false);
            }
            if nb == 1 {
                break 'merge Ok(true);
            }
            let mut min_gallop = *shared_gallop;
            loop {
                let (mut acount, mut bcount) = (0, 0);
                loop {
                    let b_first = match lt(&tmp[nb - 1], &v[na - 1]) {
                        Ok(k) => k,
                        Err(e) => break 'merge Err(e),
                    };
                    if b_first {
                        v[na + nb - 1] = v[na - 1];
                        na -= 1;
                        (acount, bcount) = (acount + 1, 0);
                        if na == 0 {
                            break 'merge Ok(false);
                        }
                        if acount >= min_gallop {
                            break;
                        }
                    } else {
                        v[na + nb - 1] = tmp[nb - 1];
                        nb -= 1;
                        (acount, bcount) = (0, bcount + 1);
                        if nb == 1 {
                            break 'merge Ok(true);
                        }
                        if bcount >= min_gallop {
                            break;
                        }
                    }
                }
                min_gallop += 1;
                loop {
                    min_gallop -= usize::from(min_gallop > 1);
                    *shared_gallop = min_gallop;
                    let k = match gallop_right(lt, &tmp[nb - 1], &v[..na], na - 1) {
                        Ok(k) => na - k,
                        Err(e) => break 'merge Err(e),
                    };
                    acount = k;
                    if k > 0 {
                        v.copy_within(na - k..na, na + nb - k);
                        na -= k;
                        if na == 0 {
                            break 'merge Ok(false);
                        }
                    }
                    v[na + nb - 1] = tmp[nb - 1];
                    nb -= 1;
                    if nb == 1 {
                        break 'merge Ok(true);
                    }
                    let k = match gallop_left(lt, &v[na - 1], &tmp[..nb], nb - 1) {
                        Ok(k) => nb - k,
                        Err(e) => break 'merge Err(e),
                    };
                    bcount = k;
                    if k > 0 {
                        v[na + nb - k..na + nb].copy_from_slice(&tmp[nb - k..nb]);
                        nb -= k;
                        if nb == 1 {
                            break 'merge Ok(true);
                        }
                        // Only an inconsistent order gets here.
                        if nb == 0 {
                            break 'merge Ok(false);
                        }
                    }
                    v[na + nb - 1] = v[na - 1];
                    na -= 1;
                    if na == 0 {
                        break 'merge Ok(false);
                    }
                    if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                        break;
                    }
                }
                min_gallop += 1;
                *shared_gallop = min_gallop;
            }
        };
        match end {
            Ok(true) => {
                v.copy_within(..na, 1);
                v[0] = tmp[0];
                Ok(())
            }
            end => {
                v[na..na + nb].copy_from_slice(&tmp[..nb]);
                end.map(drop)
            }
        }
    }
}

/// Where `key` goes in the sorted `a`, before any equal items: the `k`
/// with `a[k - 1] < key <= a[k]`. Gallops from `hint` by 1, 3, 7, ...
/// then searches the last step by bisection.
fn gallop_left<T, F>(lt: &mut F, key: &T, a: &[T], hint: usize) -> PyResult<usize>
where
    F: FnMut(&T, &T) -> PyResult<bool>,
{
    let n = a.len();
    let (mut last, mut ofs) = (0, 1);
    // The answer lies in lo..=hi.
    let (mut lo, mut hi) = if lt(&a[hint], key)? {
        let max = n - hint;
        while ofs < max && lt(&a[hint + ofs], key)? {
            last = ofs;
            ofs = (ofs << 1) + 1;
        }
        (hint + last + 1, hint + ofs.min(max))
    } else {
        let max = hint + 1;
        while ofs < max && !lt(&a[hint - ofs], key)? {
            last = ofs;
            ofs = (ofs << 1) + 1;
        }
        (hint + 1 - ofs.min(max), hint - last)
    };
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if lt(&a[mid], key)? {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    Ok(hi)
}

/// Like [`gallop_left`], but after any items equal to `key`: the `k` with
/// `a[k - 1] <= key < a[k]`.
fn gallop_right<T, F>(lt: &mut F, key: &T, a: &[T], hint: usize) -> PyResult<usize>
where
    F: FnMut(&T, &T) -> PyResult<bool>,
{
    let n = a.len();
    let (mut last, mut ofs) = (0, 1);
    let (mut lo, mut hi) = if lt(key, &a[hint])? {
        let max = hint + 1;
        while ofs < max && lt(key, &a[hint - ofs])? {
            last = ofs;
            ofs = (ofs << 1) + 1;
        }
        (hint + 1 - ofs.min(max), hint - last)
    } else {
        let max = n - hint;
        while ofs < max && !lt(key, &a[hint + ofs])? {
            last = ofs;
            ofs = (ofs << 1) + 1;
        }
        (hint + last + 1, hint + ofs.min(max))
    };
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if lt(key, &a[mid])? {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    Ok(lo)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sorted_pairs(mut v: Vec<(i32, usize)>) -> Vec<(i32, usize)> {
        sort(&mut v, |a, b| Ok(a.0 < b.0)).unwrap();
        v
    }

    #[test]
    fn sorts_stably_like_std() {
        // A deterministic mix of runs, repeats and noise, at sizes around
        // the minrun and galloping thresholds.
        let mut seed = 12345u64;
        for n in [0, 1, 2, 3, 31, 64, 65, 100, 257, 1000, 5000] {
            for modulus in [3, 50, 1 << 20] {
                let v: Vec<(i32, usize)> = (0..n)
                    .map(|i| {
                        seed = seed
                            .wrapping_mul(6364136223846793005)
                            .wrapping_add(1442695040888963407);
                        let noise = (seed >> 33) as i32 % modulus;
                        let value = match i % 300 {
                            0..100 => i as i32,
                            100..200 => -(i as i32),
                            _ => noise,
                        };
                        (value, i)
                    })
                    .collect();
                let mut expected = v.clone();
                expected.sort_by_key(|p| p.0);
                assert_eq!(sorted_pairs(v), expected, "n = {n}, modulus = {modulus}");
            }
        }
    }

    #[test]
    fn descending_runs_keep_equal_items_in_order() {
        let v: Vec<(i32, usize)> = [5, 5, 4, 4, 4, 3, 1, 1].iter().copied().zip(0..).collect();
        let mut expected = v.clone();
        expected.sort_by_key(|p| p.0);
        assert_eq!(sorted_pairs(v), expected);
    }

    #[test]
    fn an_error_stops_the_sort_and_keeps_every_item() {
        let mut v: Vec<u32> = (0..500).map(|i| i * 7919 % 500).collect();
        let mut calls = 0;
        let r = sort(&mut v, |a, b| {
            calls += 1;
            if calls == 700 {
                return Err(crate::err::PyErr::value_error("stop"));
            }
            Ok(a < b)
        });
        assert!(r.is_err());
        v.sort_unstable();
        assert_eq!(v, (0..500).collect::<Vec<_>>());
    }
}
