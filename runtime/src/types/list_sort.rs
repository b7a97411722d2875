//! `list.sort`'s algorithm: a stable merge sort whose comparison (Python's
//! `<`) may raise, over keys computed once per item.

use crate::err::{PyErr, PyResult};
use crate::object::PyRef;
use crate::ops::{self, CompareOp};

/// Runs shorter than this are sorted by binary insertion.
const RUN: usize = 32;

/// `items` sorted by `key` (identity if `None`), stably; `reverse` keeps
/// equal items in their original order, as CPython does. On failure, the
/// items (in some order) come back with the error.
pub fn sort(
    mut items: Vec<PyRef>,
    key: Option<&PyRef>,
    reverse: bool,
) -> Result<Vec<PyRef>, (Vec<PyRef>, PyErr)> {
    // CPython calls the key even on a single item (a bad key fails).
    if items.len() < 2 && key.is_none() {
        return Ok(items);
    }
    if reverse {
        items.reverse();
    }
    let keys = match key {
        None => items.clone(),
        Some(f) => {
            let mut keys = Vec::with_capacity(items.len());
            for x in &items {
                match ops::call(f, std::slice::from_ref(x)) {
                    Ok(k) => keys.push(k),
                    Err(e) => {
                        drop(keys);
                        if reverse {
                            items.reverse();
                        }
                        return Err((items, e));
                    }
                }
            }
            keys
        }
    };
    let mut pairs: Vec<(PyRef, PyRef)> = keys.into_iter().zip(items).collect();
    let result = merge_sort(&mut pairs);
    let mut items: Vec<PyRef> = pairs.into_iter().map(|(_, v)| v).collect();
    if reverse {
        items.reverse();
    }
    match result {
        Ok(()) => Ok(items),
        Err(e) => Err((items, e)),
    }
}

fn lt(a: &(PyRef, PyRef), b: &(PyRef, PyRef)) -> PyResult<bool> {
    ops::richcompare_bool(&a.0, &b.0, CompareOp::Lt)
}

/// Bottom-up merge sort over runs sorted by binary insertion. The vector
/// always holds every item, whatever fails.
fn merge_sort(v: &mut [(PyRef, PyRef)]) -> PyResult<()> {
    for chunk in v.chunks_mut(RUN) {
        insertion_sort(chunk)?;
    }
    let n = v.len();
    let mut width = RUN;
    while width < n {
        let mut start = 0;
        while start + width < n {
            let end = (start + 2 * width).min(n);
            merge(&mut v[start..end], width)?;
            start = end;
        }
        width *= 2;
    }
    Ok(())
}

fn insertion_sort(v: &mut [(PyRef, PyRef)]) -> PyResult<()> {
    for i in 1..v.len() {
        // The insertion point: after every item not greater than v[i].
        let (mut lo, mut hi) = (0, i);
        while lo < hi {
            let mid = (lo + hi) / 2;
            if lt(&v[i], &v[mid])? {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        v[lo..=i].rotate_right(1);
    }
    Ok(())
}

/// Merges the sorted halves `v[..mid]` and `v[mid..]`; on error `v` is left
/// as it was.
fn merge(v: &mut [(PyRef, PyRef)], mid: usize) -> PyResult<()> {
    let mut out = Vec::with_capacity(v.len());
    let (mut i, mut j) = (0, mid);
    while i < mid && j < v.len() {
        if lt(&v[j], &v[i])? {
            out.push(v[j].clone());
            j += 1;
        } else {
            out.push(v[i].clone());
            i += 1;
        }
    }
    out.extend_from_slice(&v[i..mid]);
    out.extend_from_slice(&v[j..]);
    v.clone_from_slice(&out);
    Ok(())
}
