//! The `tuple` type's Python-visible methods.

use super::tuple::{TUPLE, Tuple, as_slice, is_exact, new_tuple};
use super::{Args, alloc_instance, check_subtype_new, from_bool, int, iterators, seq};
use super::{slice, slicing};
use crate::err::{PyErr, PyResult};
use crate::object::PyRef;
use crate::ops::{self, CompareOp};

/// The items of a tuple method's self.
fn items<'a>(args: &Args<'a>) -> &'a [PyRef] {
    as_slice(&args.items()[0]).expect("tuple methods get a tuple self")
}

/// A tuple of type `cls` (a tuple subclass, or tuple itself).
pub fn new_of_type(cls: &'static super::Type, items: Vec<PyRef>) -> PyRef {
    if std::ptr::eq(cls, &TUPLE) {
        new_tuple(items)
    } else {
        alloc_instance(Tuple::new(items.into_boxed_slice()), cls)
    }
}

/// `tuple(*args)` (see [`super::VectorcallFn`]).
pub(super) fn tuple_vectorcall(_cls: &PyRef, args: &[PyRef]) -> PyResult {
    match args {
        [] => Ok(new_tuple(Vec::new())),
        [it] if is_exact(it) => Ok(it.clone()),
        [it] => Ok(new_tuple(ops::to_vec(it)?)),
        _ => Err(PyErr::type_error(format!(
            "tuple expected at most 1 argument, got {}",
            args.len()
        ))),
    }
}

fn tuple_new(args: &Args) -> PyResult {
    let cls = check_subtype_new(&TUPLE, &args.items()[0])?;
    let rest = args.skip_first();
    if rest.has_kwargs() && std::ptr::eq(cls, &TUPLE) {
        return Err(PyErr::type_error("tuple() takes no keyword arguments"));
    }
    let pos = rest.positional();
    if pos.len() > 1 {
        return Err(PyErr::type_error(format!(
            "tuple expected at most 1 argument, got {}",
            pos.len()
        )));
    }
    match pos.first() {
        None => Ok(new_of_type(cls, Vec::new())),
        Some(it) if is_exact(it) && std::ptr::eq(cls, &TUPLE) => Ok(it.clone()),
        Some(it) => Ok(new_of_type(cls, ops::to_vec(it)?)),
    }
}

fn tuple_repr(args: &Args) -> PyResult {
    let this = &args.exact("__repr__", 1, 1)?[0];
    let items = items(args);
    seq::repr_guarded(this, "(...)", || {
        Ok(match items {
            [one] => format!("({},)", seq::repr_text(one)?),
            _ => format!("({})", seq::join_reprs(items)?),
        })
    })
}

fn tuple_len(args: &Args) -> PyResult {
    args.exact("__len__", 1, 1)?;
    Ok(int::from_i64(items(args).len() as i64))
}

fn tuple_getitem(args: &Args) -> PyResult {
    let a = args.exact("__getitem__", 2, 2)?;
    getitem(&a[0], items(args), &a[1])
}

/// `tuple.__getitem__(t, key)` for a tuple whose items are `items` (also
/// the direct path of `ops::getitem`).
pub(crate) fn getitem(t: &PyRef, items: &[PyRef], key: &PyRef) -> PyResult {
    if let Some(bounds) = slice::unpack(key)? {
        // An exact tuple is immutable: `t[:]` is `t` itself.
        if is_exact(t) && slicing::selects_all(bounds, items.len()) {
            return Ok(t.clone());
        }
        return Ok(new_tuple(slicing::select(items, bounds)));
    }
    match seq::index(key, items.len(), "tuple")? {
        Some(i) => Ok(items[i].clone()),
        None => Err(PyErr::index_error("tuple index out of range")),
    }
}

/// Whether `x` equals an item (identity first, as CPython's `in`).
pub fn contains_in(items: &[PyRef], x: &PyRef) -> PyResult<bool> {
    for item in items {
        if ops::eq(item, x)? {
            return Ok(true);
        }
    }
    Ok(false)
}

fn tuple_contains(args: &Args) -> PyResult {
    let a = args.exact("__contains__", 2, 2)?;
    Ok(from_bool(contains_in(items(args), &a[1])?))
}

fn tuple_iter(args: &Args) -> PyResult {
    let this = &args.exact("__iter__", 1, 1)?[0];
    Ok(iterators::new_tuple_iter(this.clone()))
}

/// The TypeError of `seq.__add__(other)` for a non-sequence `other`.
pub fn concat_error(other: &PyRef, ty: &str) -> PyResult {
    Err(PyErr::type_error(format!(
        "can only concatenate {ty} (not \"{}\") to {ty}",
        other.type_of().name()
    )))
}

fn tuple_add(args: &Args) -> PyResult {
    let a = args.exact("__add__", 2, 2)?;
    let Some(other) = as_slice(&a[1]) else {
        return concat_error(&a[1], "tuple");
    };
    let mine = items(args);
    if other.is_empty() && is_exact(&a[0]) {
        return Ok(a[0].clone());
    }
    Ok(new_tuple(seq::concat(mine, other)?))
}

pub(crate) fn tuple_mul(args: &Args) -> PyResult {
    let a = args.exact("__mul__", 2, 2)?;
    let n = seq::repeat_count(&a[1])?;
    if n == 1 && is_exact(&a[0]) {
        return Ok(a[0].clone());
    }
    Ok(new_tuple(seq::repeat(items(args), n)?))
}

fn compare(a: &PyRef, b: &PyRef, op: CompareOp) -> PyResult {
    match (as_slice(a), as_slice(b)) {
        (Some(x), Some(y)) => seq::compare(x, y, op),
        _ => Ok(super::not_implemented()),
    }
}

const XXPRIME_1: u64 = 11400714785074694791;
const XXPRIME_2: u64 = 14029467366897019727;
const XXPRIME_5: u64 = 2870177450012600261;

/// CPython's tuple hash (an xxHash-style accumulation of the item hashes).
pub fn hash_items(items: &[PyRef]) -> PyResult<i64> {
    let mut acc = XXPRIME_5;
    for item in items {
        let lane = ops::hash(item)? as u64;
        acc = acc.wrapping_add(lane.wrapping_mul(XXPRIME_2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(XXPRIME_1);
    }
    acc = acc.wrapping_add((items.len() as u64) ^ (XXPRIME_5 ^ 3527539));
    Ok(if acc == u64::MAX {
        1546275796
    } else {
        acc as i64
    })
}

fn tuple_hash(args: &Args) -> PyResult {
    let this = &args.exact("__hash__", 1, 1)?[0];
    let t = super::tuple::payload(this).expect("tuple methods get a tuple self");
    Ok(int::from_i64(super::tuple::hash(t)?))
}

/// `seq.count(x)` over a snapshot of items.
pub fn count_in(items: &[PyRef], x: &PyRef) -> PyResult {
    let mut n = 0;
    for item in items {
        if ops::eq(item, x)? {
            n += 1;
        }
    }
    Ok(int::from_i64(n))
}

/// `seq.index(x[, start[, stop]])`'s position over a snapshot, or `None`.
pub fn index_in(items: &[PyRef], a: &[PyRef]) -> PyResult<Option<usize>> {
    let n = items.len();
    let start = seq::clamp_index(a.get(2), n, 0)?;
    let stop = seq::clamp_index(a.get(3), n, n)?;
    for (i, item) in items.iter().enumerate().take(stop).skip(start) {
        if ops::eq(item, &a[1])? {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

fn tuple_count(args: &Args) -> PyResult {
    let a = seq::method_args(args, "tuple.count", 1, 1)?;
    count_in(items(args), &a[1])
}

fn tuple_index(args: &Args) -> PyResult {
    let a = seq::method_args(args, "index", 1, 3)?;
    match index_in(items(args), a)? {
        Some(i) => Ok(int::from_i64(i as i64)),
        None => Err(PyErr::value_error("tuple.index(x): x not in tuple")),
    }
}

fn tuple_getnewargs(args: &Args) -> PyResult {
    args.exact("__getnewargs__", 1, 1)?;
    Ok(new_tuple(vec![new_tuple(items(args).to_vec())]))
}

pub(super) fn register() {
    let t = &TUPLE;
    t.add_static("__new__", tuple_new);
    t.add_method("__repr__", tuple_repr);
    t.add_method("__len__", tuple_len);
    t.add_method("__getitem__", tuple_getitem);
    t.add_method("__contains__", tuple_contains);
    t.add_method("__iter__", tuple_iter);
    t.add_method("__add__", tuple_add);
    t.add_method("__mul__", tuple_mul);
    t.add_method("__rmul__", tuple_mul);
    seq::register_compare!(t, compare);
    t.add_method("__hash__", tuple_hash);
    t.add_method("count", tuple_count);
    t.add_method("index", tuple_index);
    t.add_method("__getnewargs__", tuple_getnewargs);
}
