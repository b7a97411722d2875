//! The values of an unpacking assignment (`a, b = x`, `a, *b, c = x`;
//! `UNPACK_SEQUENCE`/`UNPACK_EX`) with CPython's counts and messages. A
//! plain unpacking reads one item past the targets and no further, so an
//! endless iterator fails as in CPython instead of running forever.

use runtime::ops;
use runtime::types::exceptions as exc;
use runtime::types::{dict, list, tuple};
use runtime::{PyErr, PyRef, PyResult};

/// The items for `before` targets, then (with a starred target) at least
/// `after` more, in order.
pub fn items(seq: &PyRef, before: usize, after: Option<usize>) -> PyResult<Vec<PyRef>> {
    let items = if list::is_exact(seq) || tuple::is_exact(seq) {
        ops::to_vec(seq)?
    } else {
        let it = iterate(seq)?;
        // A plain unpacking needs to see only whether one more item exists.
        let wanted = if after.is_none() {
            before + 1
        } else {
            usize::MAX
        };
        let mut items = Vec::new();
        while items.len() < wanted {
            match ops::next(&it)? {
                Some(x) => items.push(x),
                None => break,
            }
        }
        items
    };
    check_count(seq, items.len(), before, after)?;
    Ok(items)
}

/// CPython's errors for `got` items (or, for a plain unpacking, at least
/// `got`) unpacked into `before` targets and a starred one before `after`.
fn check_count(seq: &PyRef, got: usize, before: usize, after: Option<usize>) -> PyResult<()> {
    let msg = match after {
        Some(after) if got < before + after => format!(
            "not enough values to unpack (expected at least {}, got {got})",
            before + after
        ),
        None if got < before => {
            format!("not enough values to unpack (expected {before}, got {got})")
        }
        // The message counts the items when the length is known without
        // iterating.
        None if got > before => match known_len(seq) {
            Some(n) => format!("too many values to unpack (expected {before}, got {n})"),
            None => format!("too many values to unpack (expected {before})"),
        },
        _ => return Ok(()),
    };
    Err(PyErr::value_error(msg))
}

/// The length of an exact list, tuple or dict (the types CPython's message
/// counts).
fn known_len(seq: &PyRef) -> Option<usize> {
    if list::is_exact(seq) {
        Some(list::len(seq))
    } else if tuple::is_exact(seq) {
        tuple::as_slice(seq).map(<[PyRef]>::len)
    } else if std::ptr::eq(seq.type_of(), &dict::DICT) {
        Some(dict::len(seq))
    } else {
        None
    }
}

/// An iterator over `seq`, or CPython's "cannot unpack" TypeError for an
/// object that is neither iterable nor a sequence.
fn iterate(seq: &PyRef) -> PyResult {
    ops::iter(seq).map_err(|e| {
        let ty = seq.type_of();
        if e.matches(&exc::TYPE_ERROR)
            && ty.lookup("__iter__").is_none()
            && ty.lookup("__getitem__").is_none()
        {
            PyErr::type_error(format!("cannot unpack non-iterable {} object", ty.name()))
        } else {
            e
        }
    })
}
