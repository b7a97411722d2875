//! The `set` and `frozenset` types' Python-visible methods, and the set
//! iterator. The algorithms follow CPython's `setobject.c` (which operand
//! is iterated, which is probed), so results iterate in CPython's order.

use super::set::{
    FROZENSET, SET, add, add_hashed, clear, contains, contains_hashed, discard, discard_hashed,
    entry_from, is_anyset, is_frozen, keys, len, merge, new_empty, new_from, snapshot, take_table,
    update,
};
use super::{Args, Slots, Type, check_subtype_new, dict, from_bool, int, none, seq};
use crate::err::{PyErr, PyResult};
use crate::object::PyRef;
use crate::ops::{self, CompareOp};
use std::sync::atomic::{AtomicIsize, AtomicUsize, Ordering::Relaxed};

/// The type of new sets computed from `so` (CPython's
/// `make_new_set_basetype`): frozenset for frozensets, else set.
fn base_type(so: &PyRef) -> &'static Type {
    if is_frozen(so) { &FROZENSET } else { &SET }
}

fn copy_of(so: &PyRef) -> PyResult {
    let r = new_empty(base_type(so));
    merge(&r, &snapshot(so))?;
    Ok(r)
}

/// The (hash, key) pairs of an iterable as a set would hold them: a set's
/// own entries, a dict's keys, else a new set of the items.
fn hashed_entries(so: &PyRef, other: &PyRef) -> PyResult<Vec<(i64, PyRef)>> {
    let other = if is_anyset(other) {
        other.clone()
    } else if std::ptr::eq(other.type_of(), &dict::DICT) {
        let keys = dict::keys(other);
        return keys.into_iter().map(|k| Ok((ops::hash(&k)?, k))).collect();
    } else {
        new_from(base_type(so), Some(other))?
    };
    Ok(snapshot(&other)
        .entries
        .into_iter()
        .map(|(_, h, k)| (h, k))
        .collect())
}

pub(super) fn intersection(so: &PyRef, other: &PyRef) -> PyResult {
    if PyRef::ptr_eq(so, other) {
        return copy_of(so);
    }
    let result = new_empty(base_type(so));
    if is_anyset(other) {
        let (big, small) = if len(other) > len(so) {
            (other, so)
        } else {
            (so, other)
        };
        for (_, h, k) in snapshot(small).entries {
            if contains_hashed(big, &k, h)? {
                add_hashed(&result, &k, h)?;
            }
        }
        return Ok(result);
    }
    let it = ops::iter(other)?;
    while let Some(k) = ops::next(&it)? {
        let h = ops::hash(&k)?;
        if contains_hashed(so, &k, h)? {
            add_hashed(&result, &k, h)?;
        }
    }
    Ok(result)
}

pub(super) fn difference_update_one(so: &PyRef, other: &PyRef) -> PyResult<()> {
    if PyRef::ptr_eq(so, other) {
        clear(so);
        return Ok(());
    }
    if is_anyset(other) {
        for (_, h, k) in snapshot(other).entries {
            discard_hashed(so, &k, h)?;
        }
        return Ok(());
    }
    let it = ops::iter(other)?;
    while let Some(k) = ops::next(&it)? {
        discard_hashed(so, &k, super::set::element_hash(&k)?)?;
    }
    Ok(())
}

fn difference(so: &PyRef, other: &PyRef) -> PyResult {
    let other_len = if is_anyset(other) {
        len(other)
    } else if std::ptr::eq(other.type_of(), &dict::DICT) {
        dict::len(other)
    } else {
        usize::MAX
    };
    if other_len == usize::MAX || (len(so) >> 2) > other_len {
        let result = copy_of(so)?;
        difference_update_one(&result, other)?;
        return Ok(result);
    }
    let result = new_empty(base_type(so));
    let is_set = is_anyset(other);
    for (_, h, k) in snapshot(so).entries {
        let present = if is_set {
            contains_hashed(other, &k, h)?
        } else {
            dict::get(other, &k)?.is_some()
        };
        if !present {
            add_hashed(&result, &k, h)?;
        }
    }
    Ok(result)
}

pub(super) fn symmetric_difference_update(so: &PyRef, other: &PyRef) -> PyResult<()> {
    if PyRef::ptr_eq(so, other) {
        clear(so);
        return Ok(());
    }
    for (h, k) in hashed_entries(so, other)? {
        if !discard_hashed(so, &k, h)? {
            add_hashed(so, &k, h)?;
        }
    }
    Ok(())
}

fn symmetric_difference(so: &PyRef, other: &PyRef) -> PyResult {
    let result = new_from(base_type(so), Some(other))?;
    symmetric_difference_update(&result, so)?;
    Ok(result)
}

fn union(so: &PyRef, other: &PyRef) -> PyResult {
    let result = copy_of(so)?;
    if !PyRef::ptr_eq(so, other) {
        update(&result, other)?;
    }
    Ok(result)
}

fn issubset(so: &PyRef, other: &PyRef) -> PyResult<bool> {
    if !is_anyset(other) {
        let tmp = new_from(&SET, Some(other))?;
        return issubset(so, &tmp);
    }
    if len(so) > len(other) {
        return Ok(false);
    }
    for (_, h, k) in snapshot(so).entries {
        if !contains_hashed(other, &k, h)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn issuperset(so: &PyRef, other: &PyRef) -> PyResult<bool> {
    if is_anyset(other) {
        return issubset(other, so);
    }
    let it = ops::iter(other)?;
    while let Some(k) = ops::next(&it)? {
        if !contains(so, &k)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn isdisjoint(so: &PyRef, other: &PyRef) -> PyResult<bool> {
    if PyRef::ptr_eq(so, other) {
        return Ok(len(so) == 0);
    }
    if is_anyset(other) {
        let (big, small) = if len(other) > len(so) {
            (other, so)
        } else {
            (so, other)
        };
        for (_, h, k) in snapshot(small).entries {
            if contains_hashed(big, &k, h)? {
                return Ok(false);
            }
        }
        return Ok(true);
    }
    let it = ops::iter(other)?;
    while let Some(k) = ops::next(&it)? {
        if contains(so, &k)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn compare(a: &PyRef, b: &PyRef, op: CompareOp) -> PyResult {
    if !is_anyset(b) {
        return Ok(super::not_implemented());
    }
    let (la, lb) = (len(a), len(b));
    let r = match op {
        CompareOp::Eq => la == lb && issubset(a, b)?,
        CompareOp::Ne => !(la == lb && issubset(a, b)?),
        CompareOp::Le => issubset(a, b)?,
        CompareOp::Ge => issubset(b, a)?,
        CompareOp::Lt => la < lb && issubset(a, b)?,
        CompareOp::Gt => la > lb && issubset(b, a)?,
    };
    Ok(from_bool(r))
}

fn set_repr(args: &Args) -> PyResult {
    let s = &args.exact("__repr__", 1, 1)?[0];
    let name = s.type_of().name();
    seq::repr_guarded(s, &format!("{name}(...)"), || {
        let items = keys(s);
        Ok(if items.is_empty() {
            format!("{name}()")
        } else if std::ptr::eq(s.type_of(), &SET) {
            format!("{{{}}}", seq::join_reprs(&items)?)
        } else {
            format!("{name}({{{}}})", seq::join_reprs(&items)?)
        })
    })
}

/// Checks "at most one positional argument, no keywords" for set(),
/// frozenset() and set.__init__.
fn one_iterable<'a>(args: &Args<'a>, name: &str, check_kw: bool) -> PyResult<Option<&'a PyRef>> {
    let rest = args.skip_first();
    if check_kw && rest.has_kwargs() {
        return Err(PyErr::type_error(format!(
            "{name}() takes no keyword arguments"
        )));
    }
    let pos = rest.positional();
    if pos.len() > 1 {
        return Err(PyErr::type_error(format!(
            "{name} expected at most 1 argument, got {}",
            pos.len()
        )));
    }
    Ok(pos.first())
}

/// `set(*args)` (see [`super::VectorcallFn`]): as `set.__init__` fills a
/// new set.
pub(super) fn set_vectorcall(_cls: &PyRef, args: &[PyRef]) -> PyResult {
    match args {
        [] => Ok(new_empty(&SET)),
        [it] => new_from(&SET, Some(it)),
        _ => Err(PyErr::type_error(format!(
            "set expected at most 1 argument, got {}",
            args.len()
        ))),
    }
}

/// `frozenset(*args)` (see [`super::VectorcallFn`]).
pub(super) fn frozenset_vectorcall(cls: &PyRef, args: &[PyRef]) -> PyResult {
    super::object_type::call_new(frozenset_new, cls, args)
}

fn set_new(args: &Args) -> PyResult {
    let cls = check_subtype_new(&SET, &args.items()[0])?;
    if std::ptr::eq(cls, &SET) && args.has_kwargs() {
        return Err(PyErr::type_error("set() takes no keyword arguments"));
    }
    Ok(new_empty(cls))
}

fn set_init(args: &Args) -> PyResult {
    let iterable = one_iterable(args, "set", true)?;
    let s = &args.items()[0];
    clear(s);
    if let Some(it) = iterable {
        update(s, it)?;
    }
    Ok(none())
}

fn frozenset_new(args: &Args) -> PyResult {
    let cls = check_subtype_new(&FROZENSET, &args.items()[0])?;
    let exact = std::ptr::eq(cls, &FROZENSET);
    let iterable = one_iterable(args, "frozenset", exact)?;
    match iterable {
        Some(it) if exact && std::ptr::eq(it.type_of(), &FROZENSET) => Ok(it.clone()),
        it => new_from(cls, it),
    }
}

fn set_len(args: &Args) -> PyResult {
    let s = &args.exact("__len__", 1, 1)?[0];
    Ok(int::from_i64(len(s) as i64))
}

fn set_contains(args: &Args) -> PyResult {
    let a = args.exact("__contains__", 2, 2)?;
    Ok(from_bool(contains(&a[0], &a[1])?))
}

fn set_iter(args: &Args) -> PyResult {
    Ok(iter(&args.exact("__iter__", 1, 1)?[0]))
}

/// `iter(s)`.
pub fn iter(s: &PyRef) -> PyRef {
    PyRef::new(
        SetIter {
            set: s.clone(),
            pos: AtomicUsize::new(0),
            used: AtomicIsize::new(len(s) as isize),
        },
        &SET_ITERATOR,
    )
}

fn frozenset_hash(args: &Args) -> PyResult {
    let s = &args.exact("__hash__", 1, 1)?[0];
    Ok(int::from_i64(super::set::hash(s)))
}

fn set_copy(args: &Args) -> PyResult {
    let s = &seq::method_args(args, "set.copy", 0, 0)?[0];
    if std::ptr::eq(s.type_of(), &FROZENSET) {
        return Ok(s.clone());
    }
    copy_of(s)
}

/// The operands of a method taking `*others`, self first.
fn others<'a>(args: &Args<'a>, name: &str) -> PyResult<&'a [PyRef]> {
    if args.has_kwargs() {
        return Err(PyErr::type_error(format!(
            "{name}() takes no keyword arguments"
        )));
    }
    Ok(args.positional())
}

fn set_union(args: &Args) -> PyResult {
    let a = others(args, "union")?;
    let result = copy_of(&a[0])?;
    for other in &a[1..] {
        if !PyRef::ptr_eq(other, &a[0]) {
            update(&result, other)?;
        }
    }
    Ok(result)
}

fn set_intersection(args: &Args) -> PyResult {
    let a = others(args, "intersection")?;
    if a.len() == 1 {
        return copy_of(&a[0]);
    }
    let mut result = a[0].clone();
    for other in &a[1..] {
        result = intersection(&result, other)?;
    }
    Ok(result)
}

fn set_difference(args: &Args) -> PyResult {
    let a = others(args, "difference")?;
    let Some(first) = a.get(1) else {
        return copy_of(&a[0]);
    };
    let result = difference(&a[0], first)?;
    for other in &a[2..] {
        difference_update_one(&result, other)?;
    }
    Ok(result)
}

fn set_symmetric_difference(args: &Args) -> PyResult {
    let a = seq::method_args(args, "set.symmetric_difference", 1, 1)?;
    symmetric_difference(&a[0], &a[1])
}

fn set_update(args: &Args) -> PyResult {
    let a = seq::method_args(args, "update", 0, usize::MAX)?;
    for other in &a[1..] {
        update(&a[0], other)?;
    }
    Ok(none())
}

fn set_intersection_update(args: &Args) -> PyResult {
    let s = &args.items()[0];
    let result = set_intersection(args)?;
    take_table(s, &result);
    Ok(none())
}

fn set_difference_update(args: &Args) -> PyResult {
    let a = seq::method_args(args, "difference_update", 0, usize::MAX)?;
    for other in &a[1..] {
        difference_update_one(&a[0], other)?;
    }
    Ok(none())
}

fn set_symmetric_difference_update(args: &Args) -> PyResult {
    let a = seq::method_args(args, "set.symmetric_difference_update", 1, 1)?;
    symmetric_difference_update(&a[0], &a[1])?;
    Ok(none())
}

macro_rules! predicate {
    ($name:ident, $pyname:literal, $f:path) => {
        fn $name(args: &Args) -> PyResult {
            let a = seq::method_args(args, concat!("set.", $pyname), 1, 1)?;
            Ok(from_bool($f(&a[0], &a[1])?))
        }
    };
}

predicate!(set_issubset, "issubset", issubset);
predicate!(set_issuperset, "issuperset", issuperset);
predicate!(set_isdisjoint, "isdisjoint", isdisjoint);

fn set_add(args: &Args) -> PyResult {
    let a = seq::method_args(args, "set.add", 1, 1)?;
    add(&a[0], &a[1])?;
    Ok(none())
}

fn set_discard(args: &Args) -> PyResult {
    let a = seq::method_args(args, "set.discard", 1, 1)?;
    discard(&a[0], &a[1])?;
    Ok(none())
}

fn set_remove(args: &Args) -> PyResult {
    let a = seq::method_args(args, "set.remove", 1, 1)?;
    if !discard(&a[0], &a[1])? {
        return Err(PyErr::key_error(a[1].clone()));
    }
    Ok(none())
}

fn set_pop(args: &Args) -> PyResult {
    let s = &seq::method_args(args, "set.pop", 0, 0)?[0];
    super::set::pop(s).ok_or_else(|| PyErr::key_error(super::str::new_str("pop from an empty set")))
}

fn set_clear(args: &Args) -> PyResult {
    clear(&seq::method_args(args, "set.clear", 0, 0)?[0]);
    Ok(none())
}

/// A binary operator (`|`, `&`, `-`, `^`) and its reflection: both
/// operands must be sets or frozensets.
macro_rules! operator {
    ($name:ident, $rname:ident, $py:literal, $f:path) => {
        fn $name(args: &Args) -> PyResult {
            let a = args.exact($py, 2, 2)?;
            if !is_anyset(&a[1]) {
                return Ok(super::not_implemented());
            }
            $f(&a[0], &a[1])
        }
        fn $rname(args: &Args) -> PyResult {
            let a = args.exact($py, 2, 2)?;
            if !is_anyset(&a[1]) {
                return Ok(super::not_implemented());
            }
            $f(&a[1], &a[0])
        }
    };
}

operator!(set_or, set_ror, "__or__", union);
operator!(set_and, set_rand, "__and__", intersection);
operator!(set_sub, set_rsub, "__sub__", difference);
operator!(set_xor, set_rxor, "__xor__", symmetric_difference);

/// An in-place operator: updates self, returns it.
macro_rules! inplace {
    ($name:ident, $py:literal, $f:expr) => {
        fn $name(args: &Args) -> PyResult {
            let a = args.exact($py, 2, 2)?;
            if !is_anyset(&a[1]) {
                return Ok(super::not_implemented());
            }
            let f: fn(&PyRef, &PyRef) -> PyResult<()> = $f;
            f(&a[0], &a[1])?;
            Ok(a[0].clone())
        }
    };
}

inplace!(set_ior, "__ior__", update);
inplace!(set_isub, "__isub__", difference_update_one);
inplace!(set_ixor, "__ixor__", symmetric_difference_update);
inplace!(set_iand, "__iand__", |s, other| {
    let result = intersection(s, other)?;
    take_table(s, &result);
    Ok(())
});

/// The payload of `set_iterator`: the next slot (`usize::MAX` once
/// exhausted) and the size the set had (-1 once it changed: sticky).
pub struct SetIter {
    set: PyRef,
    pos: AtomicUsize,
    used: AtomicIsize,
}

pub static SET_ITERATOR: Type = Type::builtin::<SetIter>(
    "set_iterator",
    Some(&super::OBJECT),
    0,
    Slots {
        iternext: Some(set_next),
        ..Slots::NONE
    },
);

fn set_next(it: &PyRef) -> PyResult<Option<PyRef>> {
    let s = it.payload::<SetIter>().expect("a set_iterator");
    let pos = s.pos.load(Relaxed);
    if pos == usize::MAX {
        return Ok(None);
    }
    let (found, used) = entry_from(&s.set, pos);
    if used as isize != s.used.load(Relaxed) {
        s.used.store(-1, Relaxed);
        return Err(PyErr::runtime_error("Set changed size during iteration"));
    }
    match found {
        Some((i, k)) => {
            s.pos.store(i + 1, Relaxed);
            Ok(Some(k))
        }
        None => {
            s.pos.store(usize::MAX, Relaxed);
            Ok(None)
        }
    }
}

pub(super) fn register() {
    for t in [&SET, &FROZENSET] {
        t.add_method("__repr__", set_repr);
        t.add_method("__len__", set_len);
        t.add_method("__contains__", set_contains);
        t.add_method("__iter__", set_iter);
        seq::register_compare!(t, compare);
        t.add_method("copy", set_copy);
        t.add_method("union", set_union);
        t.add_method("intersection", set_intersection);
        t.add_method("difference", set_difference);
        t.add_method("symmetric_difference", set_symmetric_difference);
        t.add_method("issubset", set_issubset);
        t.add_method("issuperset", set_issuperset);
        t.add_method("isdisjoint", set_isdisjoint);
        t.add_method("__or__", set_or);
        t.add_method("__ror__", set_ror);
        t.add_method("__and__", set_and);
        t.add_method("__rand__", set_rand);
        t.add_method("__sub__", set_sub);
        t.add_method("__rsub__", set_rsub);
        t.add_method("__xor__", set_xor);
        t.add_method("__rxor__", set_rxor);
    }
    SET.add_static("__new__", set_new);
    SET.add_method("__init__", set_init);
    SET.set_attr("__hash__", none());
    SET.add_method("add", set_add);
    SET.add_method("discard", set_discard);
    SET.add_method("remove", set_remove);
    SET.add_method("pop", set_pop);
    SET.add_method("clear", set_clear);
    SET.add_method("update", set_update);
    SET.add_method("intersection_update", set_intersection_update);
    SET.add_method("difference_update", set_difference_update);
    SET.add_method(
        "symmetric_difference_update",
        set_symmetric_difference_update,
    );
    SET.add_method("__ior__", set_ior);
    SET.add_method("__iand__", set_iand);
    SET.add_method("__isub__", set_isub);
    SET.add_method("__ixor__", set_ixor);
    FROZENSET.add_static("__new__", frozenset_new);
    FROZENSET.add_method("__hash__", frozenset_hash);
    seq::register_iterator(&SET_ITERATOR);
}
