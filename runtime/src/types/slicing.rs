//! Slicing of vector-backed sequences: what `seq[i:j:k]` selects, and
//! how `seq[i:j:k] = items` and `del seq[i:j:k]` change a vector (CPython's
//! `list_subscript`/`list_ass_subscript` rules). The functions take bounds
//! already unpacked by [`slice::unpack`] (which may run Python code) and
//! adjust them to the vector's current length themselves, so they can run
//! under the container's lock; they never run Python code.

use super::slice::{self, Bounds};
use crate::err::PyErr;

/// The items `bounds` select in `items`.
pub fn select<T: Clone>(items: &[T], bounds: Bounds) -> Vec<T> {
    let (start, _, step, count) = slice::adjust_indices(bounds, items.len());
    if step == 1 {
        let start = start as usize;
        return items[start..start + count].to_vec();
    }
    slice::positions(start, step, count)
        .map(|i| items[i].clone())
        .collect()
}

/// Whether `bounds` select all of `len` items in order (`seq[:]`).
pub fn selects_all(bounds: Bounds, len: usize) -> bool {
    let (start, _, step, count) = slice::adjust_indices(bounds, len);
    start == 0 && step == 1 && count == len
}

/// Removes the items `bounds` select from `v`, returning them so the
/// caller drops them once the lock is released.
pub fn delete<T>(v: &mut Vec<T>, bounds: Bounds) -> Vec<T> {
    let (start, _, step, count) = slice::adjust_indices(bounds, v.len());
    if count == 0 {
        return Vec::new();
    }
    let (first, stride) = ascending(start, step, count);
    if stride == 1 {
        return v.drain(first..first + count).collect();
    }
    let mut removed = Vec::with_capacity(count);
    let mut kept = Vec::with_capacity(v.len() - count);
    for (i, item) in std::mem::take(v).into_iter().enumerate() {
        let selected = i >= first && (i - first) % stride == 0 && (i - first) / stride < count;
        if selected {
            removed.push(item);
        } else {
            kept.push(item);
        }
    }
    *v = kept;
    removed
}

/// An extended slice assignment whose sizes differ: `(given, slice)`.
pub struct SizeMismatch(usize, usize);

impl From<SizeMismatch> for PyErr {
    fn from(SizeMismatch(given, size): SizeMismatch) -> PyErr {
        PyErr::value_error(format!(
            "attempt to assign sequence of size {given} to extended slice of size {size}"
        ))
    }
}

/// Replaces the items `bounds` select in `v` by `new`, returning the
/// replaced ones (to drop outside the lock). A step-1 slice may change the
/// length; an extended slice must select exactly `new.len()` items.
pub fn assign<T>(v: &mut Vec<T>, bounds: Bounds, new: Vec<T>) -> Result<Vec<T>, SizeMismatch> {
    let (start, stop, step, count) = slice::adjust_indices(bounds, v.len());
    if step == 1 {
        let start = start as usize;
        let stop = (stop as usize).max(start);
        return Ok(v.splice(start..stop, new).collect());
    }
    if new.len() != count {
        return Err(SizeMismatch(new.len(), count));
    }
    Ok(slice::positions(start, step, count)
        .zip(new)
        .map(|(i, item)| std::mem::replace(&mut v[i], item))
        .collect())
}

/// The lowest position and the positive stride of `count` positions
/// from `start` by `step`.
fn ascending(start: isize, step: isize, count: usize) -> (usize, usize) {
    if step > 0 {
        (start as usize, step as usize)
    } else {
        let last = start + (count as isize - 1) * step;
        (last as usize, step.unsigned_abs())
    }
}
