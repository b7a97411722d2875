//! The `range` type and its iterators: `range_iterator` counts in `i64`
//! when every value fits, `longrange_iterator` in [`Int`] otherwise.

use super::{Args, OBJECT, Slots, Type, from_bool, int, none, seq, tuple_methods};
use crate::err::{PyErr, PyResult};
use crate::num::Int;
use crate::object::{Locked, PyRef};
use crate::ops;
use std::sync::atomic::{AtomicU64, Ordering::Relaxed};

/// The payload of a range object; `len` is computed once.
pub struct Range {
    pub start: Int,
    pub stop: Int,
    pub step: Int,
    pub len: Int,
}

pub static RANGE: Type = Type::builtin::<Range>(
    "range",
    Some(&OBJECT),
    super::flags::SEQUENCE,
    Slots {
        vectorcall: Some(range_vectorcall),
        ..Slots::NONE
    },
);

const ZERO: Int = Int::Small(0);
const ONE: Int = Int::Small(1);

impl Range {
    fn new(start: Int, stop: Int, step: Int) -> Range {
        if let (Int::Small(a), Int::Small(b), Int::Small(s)) = (&start, &stop, &step) {
            // The common small range, its length in i128 (no overflow).
            let (a, b, s) = (i128::from(*a), i128::from(*b), i128::from(*s));
            let n = if s == 1 && a < b {
                // The usual step, without a 128-bit division.
                b - a
            } else if s > 0 && a < b {
                (b - a - 1) / s + 1
            } else if s < 0 && a > b {
                (a - b - 1) / -s + 1
            } else {
                0
            };
            if let Ok(n) = i64::try_from(n) {
                return Range {
                    start,
                    stop,
                    step,
                    len: Int::Small(n),
                };
            }
        }
        let len = if !step.is_negative() && start < stop {
            stop.sub(&start)
                .sub(&ONE)
                .floor_div(&step)
                .map(|n| n.add(&ONE))
        } else if step.is_negative() && start > stop {
            start
                .sub(&stop)
                .sub(&ONE)
                .floor_div(&step.neg())
                .map(|n| n.add(&ONE))
        } else {
            Ok(ZERO)
        };
        Range {
            start,
            stop,
            step,
            len: len.expect("the step is not zero"),
        }
    }

    /// The `i`th value (past the ends too, as slice bounds need).
    fn at(&self, i: &Int) -> Int {
        self.start.add(&i.mul(&self.step))
    }

    /// The range `slice` selects from this one (`range(10)[2::3]`).
    fn slice(&self, slice: &PyRef) -> PyResult<Range> {
        let (start, stop, step) = super::slice::long_indices(slice, &self.len)?;
        Ok(Range::new(
            self.at(&start),
            self.at(&stop),
            step.mul(&self.step),
        ))
    }

    /// The position of int `x`, if the range holds it.
    fn position(&self, x: &Int) -> Option<Int> {
        let inside = if self.step.is_negative() {
            self.stop < *x && *x <= self.start
        } else {
            self.start <= *x && *x < self.stop
        };
        if !inside {
            return None;
        }
        let offset = x.sub(&self.start);
        let (q, r) = offset.divmod(&self.step).ok()?;
        r.is_zero().then_some(q)
    }
}

fn payload(obj: &PyRef) -> &Range {
    obj.payload::<Range>().expect("a range")
}

fn int_arg(obj: &PyRef) -> PyResult<Int> {
    int::index(obj)
}

fn range_new(args: &Args) -> PyResult {
    let rest = args.skip_first();
    if rest.has_kwargs() {
        return Err(PyErr::type_error("range() takes no keyword arguments"));
    }
    construct(rest.positional())
}

/// `range(*args)` (see [`super::VectorcallFn`]).
fn range_vectorcall(_cls: &PyRef, args: &[PyRef]) -> PyResult {
    construct(args)
}

/// A new range from `range()`'s positional arguments.
fn construct(args: &[PyRef]) -> PyResult {
    let pos = Args::new(args).exact("range", 1, 3)?;
    let r = match pos {
        [stop] => Range::new(ZERO, int_arg(stop)?, ONE),
        [start, stop, rest @ ..] => {
            let (start, stop) = (int_arg(start)?, int_arg(stop)?);
            let step = match rest.first() {
                Some(s) => int_arg(s)?,
                None => ONE,
            };
            if step.is_zero() {
                return Err(PyErr::value_error("range() arg 3 must not be zero"));
            }
            Range::new(start, stop, step)
        }
        [] => unreachable!("exact checked the count"),
    };
    Ok(PyRef::new(r, &RANGE))
}

fn this<'a>(args: &Args<'a>, name: &str) -> PyResult<&'a Range> {
    Ok(payload(&args.exact(name, 1, 1)?[0]))
}

fn range_repr(args: &Args) -> PyResult {
    let r = this(args, "__repr__")?;
    let text = |i: &Int| crate::num::format::int_str(i);
    let mut s = format!("range({}, {}", text(&r.start)?, text(&r.stop)?);
    if r.step != ONE {
        s.push_str(&format!(", {}", text(&r.step)?));
    }
    s.push(')');
    Ok(super::str::new_str(&s))
}

fn range_len(args: &Args) -> PyResult {
    let r = this(args, "__len__")?;
    match r.len.to_i64() {
        Some(n) => Ok(int::from_i64(n)),
        None => Err(PyErr::overflow_error(
            "Python int too large to convert to C ssize_t",
        )),
    }
}

fn range_bool(args: &Args) -> PyResult {
    Ok(from_bool(!this(args, "__bool__")?.len.is_zero()))
}

fn range_getitem(args: &Args) -> PyResult {
    let a = args.exact("__getitem__", 2, 2)?;
    let r = payload(&a[0]);
    let key = &a[1];
    if super::slice::as_slice(key).is_some() {
        return Ok(PyRef::new(r.slice(key)?, &RANGE));
    }
    if int::as_int(key).is_none() && key.type_of().lookup("__index__").is_none() {
        return Err(PyErr::type_error(format!(
            "range indices must be integers or slices, not {}",
            key.type_of().name()
        )));
    }
    let mut i = int::index(key)?;
    if i.is_negative() {
        i = i.add(&r.len);
    }
    if i.is_negative() || i >= r.len {
        return Err(PyErr::index_error("range object index out of range"));
    }
    Ok(int::from_int(r.at(&i)))
}

/// Whether `x` is an int or bool (whose membership is arithmetic).
fn exact_int(x: &PyRef) -> Option<&Int> {
    (int::is_exact(x) || std::ptr::eq(x.type_of(), &super::BOOL))
        .then(|| int::as_int(x))
        .flatten()
}

/// How many values equal `x`, by iteration (non-int `x`).
fn count_by_eq(this: &PyRef, x: &PyRef, stop_at_first: bool) -> PyResult<(usize, Option<usize>)> {
    let it = ops::iter(this)?;
    let (mut n, mut first) = (0, None);
    let mut i = 0;
    while let Some(v) = ops::next(&it)? {
        if ops::eq(&v, x)? {
            n += 1;
            first.get_or_insert(i);
            if stop_at_first {
                break;
            }
        }
        i += 1;
    }
    Ok((n, first))
}

fn range_contains(args: &Args) -> PyResult {
    let a = args.exact("__contains__", 2, 2)?;
    Ok(from_bool(contains(&a[0], &a[1])?))
}

/// `x in r`: arithmetic for ints and bools, else by iteration.
pub fn contains(r: &PyRef, x: &PyRef) -> PyResult<bool> {
    if let Some(x) = exact_int(x) {
        return Ok(payload(r).position(x).is_some());
    }
    Ok(count_by_eq(r, x, true)?.0 > 0)
}

fn range_count(args: &Args) -> PyResult {
    let a = seq::method_args(args, "range.count", 1, 1)?;
    if let Some(x) = exact_int(&a[1]) {
        return Ok(int::from_i64(payload(&a[0]).position(x).is_some() as i64));
    }
    Ok(int::from_i64(count_by_eq(&a[0], &a[1], false)?.0 as i64))
}

fn range_index(args: &Args) -> PyResult {
    let a = seq::method_args(args, "range.index", 1, 1)?;
    if let Some(x) = exact_int(&a[1]) {
        let found = payload(&a[0]).position(x).map(int::from_int);
        return found.ok_or_else(|| PyErr::value_error("range.index(x): x not in range"));
    }
    let found = count_by_eq(&a[0], &a[1], true)?.1;
    found
        .map(|i| int::from_i64(i as i64))
        .ok_or_else(|| PyErr::value_error("sequence.index(x): x not in sequence"))
}

/// The key CPython hashes and compares ranges by: the length, then the
/// start if non-empty, then the step if longer than one.
fn identity(r: &Range) -> (Int, Option<Int>, Option<Int>) {
    let start = (!r.len.is_zero()).then(|| r.start.clone());
    let step = (r.len > ONE).then(|| r.step.clone());
    (r.len.clone(), start, step)
}

fn range_compare(a: &PyRef, b: &PyRef, op: ops::CompareOp) -> PyResult {
    let Some(other) = b.payload::<Range>() else {
        return Ok(super::not_implemented());
    };
    match op {
        ops::CompareOp::Eq | ops::CompareOp::Ne => {
            let eq = identity(payload(a)) == identity(other);
            Ok(from_bool(eq == (op == ops::CompareOp::Eq)))
        }
        _ => Ok(super::not_implemented()),
    }
}

fn range_hash(args: &Args) -> PyResult {
    let (len, start, step) = identity(this(args, "__hash__")?);
    let opt = |i: Option<Int>| i.map_or_else(none, int::from_int);
    let items = [int::from_int(len), opt(start), opt(step)];
    Ok(int::from_i64(tuple_methods::hash_items(&items)?))
}

fn range_start(obj: &PyRef) -> PyResult {
    Ok(int::from_int(payload(obj).start.clone()))
}

fn range_stop(obj: &PyRef) -> PyResult {
    Ok(int::from_int(payload(obj).stop.clone()))
}

fn range_step(obj: &PyRef) -> PyResult {
    Ok(int::from_int(payload(obj).step.clone()))
}

/// The payload of `range_iterator`: every value fits an `i64`.
pub struct RangeIter {
    start: i64,
    step: i64,
    len: u64,
    index: AtomicU64,
}

/// The payload of `longrange_iterator`: the next index, under the lock.
pub struct LongRangeIter {
    start: Int,
    step: Int,
    len: Int,
    index: Locked<Int>,
}

pub static RANGE_ITERATOR: Type = Type::builtin::<RangeIter>(
    "range_iterator",
    Some(&OBJECT),
    0,
    Slots {
        iternext: Some(range_next),
        ..Slots::NONE
    },
);

pub static LONGRANGE_ITERATOR: Type = Type::builtin::<LongRangeIter>(
    "longrange_iterator",
    Some(&OBJECT),
    0,
    Slots {
        iternext: Some(longrange_next),
        ..Slots::NONE
    },
);

fn range_next(it: &PyRef) -> PyResult<Option<PyRef>> {
    Ok(next_small(it))
}

/// The next value of a `range_iterator`, if any.
#[inline]
pub fn next_small(it: &PyRef) -> Option<PyRef> {
    let s = it.payload::<RangeIter>().expect("a range_iterator");
    let i = crate::object::ebr::fetch_add(&s.index, 1, Relaxed);
    if i >= s.len {
        s.index.store(s.len, Relaxed);
        return None;
    }
    Some(int::from_i64(
        s.start.wrapping_add((i as i64).wrapping_mul(s.step)),
    ))
}

fn longrange_next(it: &PyRef) -> PyResult<Option<PyRef>> {
    let s = it.payload::<LongRangeIter>().expect("a longrange_iterator");
    let i = s.index.with(it, |i| {
        let cur = i.clone();
        if cur < s.len {
            *i = cur.add(&ONE);
        }
        cur
    });
    if i >= s.len {
        return Ok(None);
    }
    Ok(Some(int::from_int(s.start.add(&i.mul(&s.step)))))
}

/// An iterator over `len` values from `start` by `step`.
fn new_iter(start: Int, step: Int, len: Int) -> PyRef {
    // Every value the iterator yields fits an i64 when its first and last
    // do (for small bounds, checked in i128 without any `Int` arithmetic).
    let small = match (&start, &step, &len) {
        (Int::Small(a), Int::Small(s), Int::Small(n)) => {
            let last = i128::from(*a) + (i128::from(*n) - 1) * i128::from(*s);
            i64::try_from(last).is_ok().then_some((*a, *s, *n))
        }
        _ => None,
    };
    if let Some((start, step, len)) = small {
        return PyRef::new(
            RangeIter {
                start,
                step,
                len: len as u64,
                index: AtomicU64::new(0),
            },
            &RANGE_ITERATOR,
        );
    }
    PyRef::new(
        LongRangeIter {
            start,
            step,
            len,
            index: Locked::new(ZERO),
        },
        &LONGRANGE_ITERATOR,
    )
}

fn range_iter(args: &Args) -> PyResult {
    Ok(iter(&args.exact("__iter__", 1, 1)?[0]))
}

/// `iter(r)`.
pub fn iter(r: &PyRef) -> PyRef {
    let r = payload(r);
    new_iter(r.start.clone(), r.step.clone(), r.len.clone())
}

fn range_reversed(args: &Args) -> PyResult {
    let r = this(args, "__reversed__")?;
    let last = if r.len.is_zero() {
        r.start.clone()
    } else {
        r.at(&r.len.sub(&ONE))
    };
    Ok(new_iter(last, r.step.neg(), r.len.clone()))
}

pub(super) fn register() {
    let t = &RANGE;
    t.add_static("__new__", range_new);
    t.add_method("__repr__", range_repr);
    t.add_method("__len__", range_len);
    t.add_method("__bool__", range_bool);
    t.add_method("__getitem__", range_getitem);
    t.add_method("__contains__", range_contains);
    t.add_method("__iter__", range_iter);
    t.add_method("__reversed__", range_reversed);
    seq::register_compare!(t, range_compare);
    t.add_method("__hash__", range_hash);
    t.add_method("count", range_count);
    t.add_method("index", range_index);
    t.add_getset("start", range_start, None);
    t.add_getset("stop", range_stop, None);
    t.add_getset("step", range_step, None);
    seq::register_iterator(&RANGE_ITERATOR);
    seq::register_iterator(&LONGRANGE_ITERATOR);
}
