//! The `slice` type, and the index rules every sliceable sequence shares:
//! [`adjust`] (CPython's `PySlice_GetIndicesEx`) and [`slice_index`]
//! (`_PyEval_SliceIndex`, for `start`/`end` arguments such as `str.find`'s).

use super::args::Args;
use super::method_args::{method_args, rich_comparisons, slot_args};
use super::{OBJECT, Slots, Type, from_bool, int, is_none, none, not_implemented, tuple};
use crate::err::{PyErr, PyResult};
use crate::num::Int;
use crate::object::PyRef;
use crate::ops::{self, CompareOp};
use crate::types::str as pystr;

/// The payload of a slice object.
pub struct Slice {
    pub start: PyRef,
    pub stop: PyRef,
    pub step: PyRef,
}

pub static SLICE: Type = Type::builtin::<Slice>("slice", Some(&OBJECT), 0, Slots::NONE);

pub fn new_slice(start: PyRef, stop: PyRef, step: PyRef) -> PyRef {
    PyRef::new(Slice { start, stop, step }, &SLICE)
}

#[inline]
pub fn as_slice(obj: &PyRef) -> Option<&Slice> {
    obj.payload::<Slice>()
}

/// An int clamped to the machine word, as slice bounds are.
#[inline]
fn clamp(i: &Int) -> isize {
    match i.to_i64() {
        Some(v) => v as isize,
        None if i.is_negative() => isize::MIN,
        None => isize::MAX,
    }
}

/// A slice bound or a `start`/`end` argument: `None` or an index (huge
/// values clamped), else CPython's TypeError.
#[inline]
pub fn slice_index(obj: &PyRef) -> PyResult<Option<isize>> {
    if is_none(obj) {
        return Ok(None);
    }
    match int::as_int(obj) {
        Some(i) => Ok(Some(clamp(i))),
        None => dunder_index(obj).map(Some),
    }
}

/// A slice bound that is not an int: through its `__index__`.
fn dunder_index(obj: &PyRef) -> PyResult<isize> {
    if obj.type_of().lookup("__index__").is_none() {
        return Err(PyErr::type_error(
            "slice indices must be integers or None or have an __index__ method",
        ));
    }
    Ok(clamp(&int::index(obj)?))
}

/// A slice's bounds as given: start and stop (`None` if omitted) and
/// the step, validated (the part of `PySlice_GetIndicesEx` that may run
/// Python code, so callers can adjust to a length read under a lock).
pub type Bounds = (Option<isize>, Option<isize>, isize);

/// The bounds of `obj` if it is a slice (`PySlice_Unpack`).
pub fn unpack(obj: &PyRef) -> PyResult<Option<Bounds>> {
    let Some(s) = as_slice(obj) else {
        return Ok(None);
    };
    let step = match slice_index(&s.step)? {
        None => 1,
        Some(0) => return Err(PyErr::value_error("slice step cannot be zero")),
        // Clamped so that negating it cannot overflow.
        Some(step) => step.max(-isize::MAX),
    };
    Ok(Some((slice_index(&s.start)?, slice_index(&s.stop)?, step)))
}

/// Bounds made concrete for a sequence of `len` items: start, stop, step,
/// and how many items they select (`PySlice_AdjustIndices`).
pub fn adjust_indices(bounds: Bounds, len: usize) -> (isize, isize, isize, usize) {
    let (start, stop, step) = bounds;
    let (start, stop, count) = crate::text::slice_indices(len, start, stop, step);
    (start, stop, step, count)
}

/// The slice `obj`'s start, stop, step and length for a sequence of `len`
/// items (`PySlice_GetIndicesEx`).
pub fn adjust(obj: &PyRef, len: usize) -> PyResult<(isize, isize, isize, usize)> {
    let bounds = unpack(obj)?.expect("a slice");
    Ok(adjust_indices(bounds, len))
}

/// A slice bound as an unclamped int, or `None`.
fn long_index(obj: &PyRef) -> PyResult<Option<Int>> {
    slice_index(obj)?;
    if is_none(obj) {
        return Ok(None);
    }
    int::index(obj).map(Some)
}

/// The slice `obj`'s start, stop and step for a sequence of `len` items,
/// unclamped ints (CPython's `_PySlice_GetLongIndices`, for ranges whose
/// length may exceed a machine word).
pub fn long_indices(obj: &PyRef, len: &Int) -> PyResult<(Int, Int, Int)> {
    let s = as_slice(obj).expect("a slice");
    let step = long_index(&s.step)?.unwrap_or(Int::Small(1));
    if step.is_zero() {
        return Err(PyErr::value_error("slice step cannot be zero"));
    }
    let (lower, upper) = if step.is_negative() {
        (Int::Small(-1), len.sub(&Int::Small(1)))
    } else {
        (Int::Small(0), len.clone())
    };
    let fix = |bound: Option<Int>, default: &Int| -> Int {
        let Some(mut i) = bound else {
            return default.clone();
        };
        if i.is_negative() {
            i = i.add(len);
        }
        if i < lower {
            lower.clone()
        } else if i > upper {
            upper.clone()
        } else {
            i
        }
    };
    let (start_default, stop_default) = if step.is_negative() {
        (&upper, &lower)
    } else {
        (&lower, &upper)
    };
    let start = fix(long_index(&s.start)?, start_default);
    let stop = fix(long_index(&s.stop)?, stop_default);
    Ok((start, stop, step))
}

/// The positions an adjusted slice selects, in order.
pub fn positions(start: isize, step: isize, count: usize) -> impl ExactSizeIterator<Item = usize> {
    (0..count).map(move |k| (start + k as isize * step) as usize)
}

/// `slice(stop)`, `slice(start, stop[, step])`; the messages count the
/// arguments without the class.
fn slice_new(args: &Args) -> PyResult {
    if args.has_kwargs() {
        return Err(PyErr::type_error("slice() takes no keyword arguments"));
    }
    let a = &args.positional()[1..];
    let (start, stop, step) = match a {
        [] => {
            return Err(PyErr::type_error(
                "slice expected at least 1 argument, got 0",
            ));
        }
        [stop] => (none(), stop.clone(), none()),
        [start, stop] => (start.clone(), stop.clone(), none()),
        [start, stop, step] => (start.clone(), stop.clone(), step.clone()),
        _ => {
            return Err(PyErr::type_error(format!(
                "slice expected at most 3 arguments, got {}",
                a.len()
            )));
        }
    };
    Ok(new_slice(start, stop, step))
}

fn parts(obj: &PyRef) -> [PyRef; 3] {
    let s = as_slice(obj).expect("a slice");
    [s.start.clone(), s.stop.clone(), s.step.clone()]
}

fn slice_repr(args: &Args) -> PyResult {
    slot_args(args, "__repr__", 0)?;
    let mut out = String::from("slice(");
    for (k, part) in parts(&args.positional()[0]).iter().enumerate() {
        if k > 0 {
            out.push_str(", ");
        }
        out.push_str(&pystr::to_string(&ops::repr(part)?).unwrap_or_default());
    }
    out.push(')');
    Ok(pystr::new_str(&out))
}

/// Compares two slices as the tuples `(start, stop, step)`.
fn compare(args: &Args, op: CompareOp) -> PyResult {
    let other = &slot_args(args, op.dunder(), 1)?[0];
    if as_slice(other).is_none() {
        return Ok(not_implemented());
    }
    let (x, y) = (parts(&args.positional()[0]), parts(other));
    for (p, q) in x.iter().zip(&y) {
        if !ops::eq(p, q)? {
            return match op {
                CompareOp::Eq => Ok(from_bool(false)),
                CompareOp::Ne => Ok(from_bool(true)),
                _ => ops::richcompare(p, q, op),
            };
        }
    }
    Ok(from_bool(op.test(std::cmp::Ordering::Equal)))
}

rich_comparisons!(compare);

/// CPython 3.12+'s slice hash: the tuple hash's xxHash rounds without the
/// length term.
fn slice_hash(args: &Args) -> PyResult {
    const PRIME_1: u64 = 11400714785074694791;
    const PRIME_2: u64 = 14029467366897019727;
    const PRIME_5: u64 = 2870177450012600261;
    slot_args(args, "__hash__", 0)?;
    let mut acc = PRIME_5;
    for part in parts(&args.positional()[0]) {
        let lane = ops::hash(&part)? as u64;
        acc = acc.wrapping_add(lane.wrapping_mul(PRIME_2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(PRIME_1);
    }
    let h = if acc == u64::MAX {
        1546275796
    } else {
        acc as i64
    };
    Ok(int::from_i64(h))
}

fn slice_indices(args: &Args) -> PyResult {
    let len = int::index(&method_args(args, "slice", "indices", 1, 1)?[0])?;
    if len.is_negative() {
        return Err(PyErr::value_error("length should not be negative"));
    }
    let (start, stop, step, _) = adjust(&args.positional()[0], clamp(&len) as usize)?;
    Ok(tuple::new_tuple(
        [start, stop, step]
            .into_iter()
            .map(|i| int::from_i64(i as i64))
            .collect(),
    ))
}

fn slice_start(this: &PyRef) -> PyResult {
    Ok(parts(this)[0].clone())
}

fn slice_stop(this: &PyRef) -> PyResult {
    Ok(parts(this)[1].clone())
}

fn slice_step(this: &PyRef) -> PyResult {
    Ok(parts(this)[2].clone())
}

pub(super) fn register() {
    add_comparisons(&SLICE);
    SLICE.add_static("__new__", slice_new);
    SLICE.add_method("__repr__", slice_repr);
    SLICE.add_method("__hash__", slice_hash);
    SLICE.add_method("indices", slice_indices);
    SLICE.add_getset("start", slice_start, None);
    SLICE.add_getset("stop", slice_stop, None);
    SLICE.add_getset("step", slice_step, None);
}
