//! Shapes the container types share: index arguments, lexicographic
//! comparison, repetition sizes, the repr recursion guard, and the
//! comparison-dunder registration.

use super::{Type, from_bool, int, str as pystr};
use crate::err::{PyErr, PyResult};
use crate::object::PyRef;
use crate::ops::{self, CompareOp};
use std::cell::RefCell;

/// The most items a repetition or concatenation builds before failing
/// with MemoryError (CPython fails when the allocation does).
const MAX_ITEMS: usize = 1 << 32;

/// An int index into a sequence of `len` items (negative from the end),
/// or `None` when out of range. `what` names the type in CPython's
/// "X indices must be integers or slices" message.
pub fn index(key: &PyRef, len: usize, what: &str) -> PyResult<Option<usize>> {
    if int::as_int(key).is_none() && key.type_of().lookup("__index__").is_none() {
        return Err(PyErr::type_error(format!(
            "{what} indices must be integers or slices, not {}",
            key.type_of().name()
        )));
    }
    Ok(position(int::index_isize(key)? as i64, len))
}

/// Where index `i` falls in a sequence of `len` items (negative from the
/// end), or `None` when out of range.
#[inline]
pub fn position(i: i64, len: usize) -> Option<usize> {
    let len = len as i64;
    let i = if i < 0 { i + len } else { i };
    (0..len).contains(&i).then_some(i as usize)
}

/// A `start`/`stop` argument of `index()`/`count()`-like methods,
/// clamped to `0..=len` as CPython's slice indices are.
pub fn clamp_index(obj: Option<&PyRef>, len: usize, default: usize) -> PyResult<usize> {
    let Some(obj) = obj.filter(|o| !super::is_none(o)) else {
        return Ok(default);
    };
    let i = int::index(obj).map_err(|_| {
        PyErr::type_error("slice indices must be integers or have an __index__ method")
    })?;
    let n = len as i64;
    let i = match i.to_i64() {
        Some(i) => i,
        None if i.is_negative() => i64::MIN,
        None => i64::MAX,
    };
    let i = if i < 0 {
        (i.saturating_add(n)).max(0)
    } else {
        i.min(n)
    };
    Ok(i as usize)
}

/// The count of `seq.__mul__(n)`: an index (CPython's "cannot be
/// interpreted as an integer" otherwise), negative counting as zero. The
/// operator form's message is `ops::binary_op`'s.
pub fn repeat_count(n: &PyRef) -> PyResult<usize> {
    let i = int::index(n)?;
    if i.is_negative() {
        return Ok(0);
    }
    i.to_i64().map(|i| i as usize).ok_or_else(|| {
        PyErr::overflow_error(format!(
            "cannot fit '{}' into an index-sized integer",
            n.type_of().name()
        ))
    })
}

/// `items` repeated `count` times, or MemoryError when too large.
pub fn repeat<T: Clone>(items: &[T], count: usize) -> PyResult<Vec<T>> {
    let total = items.len().checked_mul(count).filter(|&n| n <= MAX_ITEMS);
    let total = total.ok_or_else(PyErr::memory_error)?;
    let mut out = Vec::new();
    out.try_reserve_exact(total)
        .map_err(|_| PyErr::memory_error())?;
    for _ in 0..count {
        out.extend_from_slice(items);
    }
    Ok(out)
}

/// `a + b` as a new vector, or MemoryError when too large.
pub fn concat(a: &[PyRef], b: &[PyRef]) -> PyResult<Vec<PyRef>> {
    concat_len(a.len(), b.len())?;
    Ok([a, b].concat())
}

/// The length of a concatenation of `a` and `b` items, or MemoryError when
/// too large.
pub fn concat_len(a: usize, b: usize) -> PyResult<usize> {
    Some(a + b)
        .filter(|&n| n <= MAX_ITEMS)
        .ok_or_else(PyErr::memory_error)
}

/// The lexicographic comparison of two sequences' items (CPython's
/// `list_richcompare`/`tuplerichcompare`).
pub fn compare(a: &[PyRef], b: &[PyRef], op: CompareOp) -> PyResult {
    if a.len() != b.len() && matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(from_bool(op == CompareOp::Ne));
    }
    for (x, y) in a.iter().zip(b) {
        if !ops::eq(x, y)? {
            return match op {
                CompareOp::Eq => Ok(from_bool(false)),
                CompareOp::Ne => Ok(from_bool(true)),
                _ => ops::richcompare(x, y, op),
            };
        }
    }
    Ok(from_bool(op.test(a.len().cmp(&b.len()))))
}

/// Registers `__lt__` ... `__ge__` on a type: natives calling
/// `$cmp(&self, &other, op) -> PyResult`.
macro_rules! register_compare {
    ($ty:expr, $cmp:path) => {{
        use $crate::ops::CompareOp;
        use $crate::types::{Args, native::NativeFn};
        fn lt(a: &Args) -> $crate::PyResult {
            let a = a.exact("__lt__", 2, 2)?;
            $cmp(&a[0], &a[1], CompareOp::Lt)
        }
        fn le(a: &Args) -> $crate::PyResult {
            let a = a.exact("__le__", 2, 2)?;
            $cmp(&a[0], &a[1], CompareOp::Le)
        }
        fn eq(a: &Args) -> $crate::PyResult {
            let a = a.exact("__eq__", 2, 2)?;
            $cmp(&a[0], &a[1], CompareOp::Eq)
        }
        fn ne(a: &Args) -> $crate::PyResult {
            let a = a.exact("__ne__", 2, 2)?;
            $cmp(&a[0], &a[1], CompareOp::Ne)
        }
        fn gt(a: &Args) -> $crate::PyResult {
            let a = a.exact("__gt__", 2, 2)?;
            $cmp(&a[0], &a[1], CompareOp::Gt)
        }
        fn ge(a: &Args) -> $crate::PyResult {
            let a = a.exact("__ge__", 2, 2)?;
            $cmp(&a[0], &a[1], CompareOp::Ge)
        }
        let funcs: [(&str, NativeFn); 6] = [
            ("__lt__", lt),
            ("__le__", le),
            ("__eq__", eq),
            ("__ne__", ne),
            ("__gt__", gt),
            ("__ge__", ge),
        ];
        for (name, f) in funcs {
            $ty.add_method(name, f);
        }
    }};
}
pub(crate) use register_compare;

thread_local! {
    /// Ids of the containers whose repr this thread is building.
    static REPR_ACTIVE: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
}

/// The repr `f` builds for `obj`, or `placeholder` when `obj`'s repr is
/// already being built on this thread (a self-containing container).
pub fn repr_guarded(
    obj: &PyRef,
    placeholder: &str,
    f: impl FnOnce() -> PyResult<String>,
) -> PyResult {
    let id = obj.id();
    if REPR_ACTIVE.with(|a| a.borrow().contains(&id)) {
        return Ok(pystr::new_str(placeholder));
    }
    REPR_ACTIVE.with(|a| a.borrow_mut().push(id));
    let r = f();
    REPR_ACTIVE.with(|a| {
        let mut a = a.borrow_mut();
        if let Some(p) = a.iter().rposition(|&x| x == id) {
            a.remove(p);
        }
    });
    r.map(|s| pystr::new_str(&s))
}

/// The reprs of `items` joined by ", ".
pub fn join_reprs(items: &[PyRef]) -> PyResult<String> {
    let mut out = String::new();
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&repr_text(x)?);
    }
    Ok(out)
}

/// `repr(obj)` as Rust text.
pub fn repr_text(obj: &PyRef) -> PyResult<String> {
    let r = ops::repr(obj)?;
    Ok(pystr::to_string(&r).expect("repr gives a str"))
}

fn iter_self(args: &super::Args) -> PyResult {
    Ok(args.exact("__iter__", 1, 1)?[0].clone())
}

fn iter_next(args: &super::Args) -> PyResult {
    let it = &args.exact("__next__", 1, 1)?[0];
    ops::next(it)?.ok_or_else(|| PyErr::stop_iteration(None))
}

/// Gives an iterator type (one with an `iternext` slot) its Python-visible
/// `__iter__` and `__next__`.
pub fn register_iterator(ty: &'static Type) {
    ty.add_method("__iter__", iter_self);
    ty.add_method("__next__", iter_next);
}

/// A method's arguments, self first, after checking the count of the
/// others with CPython's messages (`fname` is qualified, `list.append`,
/// for methods taking none or exactly one).
pub fn method_args<'a>(
    args: &super::Args<'a>,
    fname: &str,
    min: usize,
    max: usize,
) -> PyResult<&'a [PyRef]> {
    args.skip_first().exact(fname, min, max)?;
    Ok(args.positional())
}
