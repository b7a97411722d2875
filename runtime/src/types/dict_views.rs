//! The dict views (`dict_keys`, `dict_values`, `dict_items`) and the dict
//! iterators, forward and reversed. The keys and items views are set-like:
//! their operators build sets as CPython's `dictviews_*` do.

use super::dict::{self, entry_before, entry_from};
use super::set::{self, SET};
use super::set_methods::{difference_update_one, intersection, symmetric_difference_update};
use super::{Args, OBJECT, Slots, Type, from_bool, int, seq, tuple};
use crate::err::{PyErr, PyResult};
use crate::object::PyRef;
use crate::ops::{self, CompareOp};
use std::sync::atomic::{AtomicIsize, AtomicUsize, Ordering::Relaxed};

/// What a view or iterator yields.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Keys,
    Values,
    Items,
}

impl Kind {
    fn yield_of(self, k: PyRef, v: PyRef) -> PyRef {
        match self {
            Kind::Keys => k,
            Kind::Values => v,
            Kind::Items => tuple::pair(k, v),
        }
    }
}

/// The payload of the views.
pub struct DictView {
    dict: PyRef,
}

/// The payload of the dict iterators: the next entry position (for a
/// reversed one, the end of the entries still to visit), and the dict's
/// size when created (-1 once it changed: the error is sticky).
pub struct DictIter {
    dict: PyRef,
    kind: Kind,
    pos: AtomicUsize,
    len: AtomicIsize,
}

macro_rules! view_types {
    ($($NAME:ident = $name:literal;)*) => {
        $(pub static $NAME: Type =
            Type::builtin::<DictView>($name, Some(&OBJECT), 0, Slots::NONE);)*
    };
}

view_types! {
    DICT_KEYS = "dict_keys";
    DICT_VALUES = "dict_values";
    DICT_ITEMS = "dict_items";
}

const fn iter_type(name: &'static str, next: super::IterNextFn) -> Type {
    Type::builtin::<DictIter>(
        name,
        Some(&OBJECT),
        0,
        Slots {
            iternext: Some(next),
            ..Slots::NONE
        },
    )
}

pub static DICT_KEYITERATOR: Type = iter_type("dict_keyiterator", next_forward);
pub static DICT_VALUEITERATOR: Type = iter_type("dict_valueiterator", next_forward);
pub static DICT_ITEMITERATOR: Type = iter_type("dict_itemiterator", next_forward);
pub static DICT_REVERSEKEYITERATOR: Type = iter_type("dict_reversekeyiterator", next_reverse);
pub static DICT_REVERSEVALUEITERATOR: Type = iter_type("dict_reversevalueiterator", next_reverse);
pub static DICT_REVERSEITEMITERATOR: Type = iter_type("dict_reverseitemiterator", next_reverse);

/// A new iterator over dict `d`.
pub fn new_iter(d: &PyRef, kind: Kind, reverse: bool) -> PyRef {
    let ty = match (kind, reverse) {
        (Kind::Keys, false) => &DICT_KEYITERATOR,
        (Kind::Values, false) => &DICT_VALUEITERATOR,
        (Kind::Items, false) => &DICT_ITEMITERATOR,
        (Kind::Keys, true) => &DICT_REVERSEKEYITERATOR,
        (Kind::Values, true) => &DICT_REVERSEVALUEITERATOR,
        (Kind::Items, true) => &DICT_REVERSEITEMITERATOR,
    };
    PyRef::new(
        DictIter {
            dict: d.clone(),
            kind,
            pos: AtomicUsize::new(if reverse { usize::MAX - 1 } else { 0 }),
            len: AtomicIsize::new(dict::len(d) as isize),
        },
        ty,
    )
}

/// The position meaning "exhausted" for forward iterators (reversed ones
/// are exhausted at 0).
const DONE: usize = usize::MAX;

/// Finds the entry an iterator visits next from a position.
type EntryAt = fn(&PyRef, usize) -> Option<(usize, PyRef, PyRef)>;

fn iter_step(
    it: &PyRef,
    done: usize,
    step: EntryAt,
    next_pos: fn(usize) -> usize,
) -> PyResult<Option<PyRef>> {
    let s = it.payload::<DictIter>().expect("a dict iterator");
    let pos = s.pos.load(Relaxed);
    if pos == done {
        return Ok(None);
    }
    if dict::len(&s.dict) as isize != s.len.load(Relaxed) {
        s.len.store(-1, Relaxed);
        return Err(PyErr::runtime_error(
            "dictionary changed size during iteration",
        ));
    }
    match step(&s.dict, pos) {
        Some((i, k, v)) => {
            s.pos.store(next_pos(i), Relaxed);
            Ok(Some(s.kind.yield_of(k, v)))
        }
        None => {
            s.pos.store(done, Relaxed);
            Ok(None)
        }
    }
}

fn next_forward(it: &PyRef) -> PyResult<Option<PyRef>> {
    iter_step(it, DONE, entry_from, |i| i + 1)
}

fn next_reverse(it: &PyRef) -> PyResult<Option<PyRef>> {
    iter_step(it, 0, entry_before, |i| i)
}

/// A new view of dict `d`.
pub fn new_view(d: &PyRef, kind: Kind) -> PyRef {
    let ty = match kind {
        Kind::Keys => &DICT_KEYS,
        Kind::Values => &DICT_VALUES,
        Kind::Items => &DICT_ITEMS,
    };
    PyRef::new(DictView { dict: d.clone() }, ty)
}

fn view_of(obj: &PyRef) -> (&PyRef, Kind) {
    let v = obj.payload::<DictView>().expect("a dict view");
    let ty = obj.type_of();
    let kind = if std::ptr::eq(ty, &DICT_KEYS) {
        Kind::Keys
    } else if std::ptr::eq(ty, &DICT_VALUES) {
        Kind::Values
    } else {
        Kind::Items
    };
    (&v.dict, kind)
}

/// Whether `obj` is a keys or items view (the set-like ones).
fn is_set_view(obj: &PyRef) -> bool {
    std::ptr::eq(obj.type_of(), &DICT_KEYS) || std::ptr::eq(obj.type_of(), &DICT_ITEMS)
}

/// What the view yields, in order.
fn contents(obj: &PyRef) -> Vec<PyRef> {
    let (d, kind) = view_of(obj);
    dict::items(d)
        .into_iter()
        .map(|(k, v)| kind.yield_of(k, v))
        .collect()
}

fn view_len(args: &Args) -> PyResult {
    let v = &args.exact("__len__", 1, 1)?[0];
    Ok(int::from_i64(dict::len(view_of(v).0) as i64))
}

fn view_iter(args: &Args) -> PyResult {
    let v = &args.exact("__iter__", 1, 1)?[0];
    let (d, kind) = view_of(v);
    Ok(new_iter(d, kind, false))
}

/// `iter(obj)` when `obj` is a dict view (whose types cannot be
/// subclassed nor changed, so their `__iter__` is this): without looking
/// `__iter__` up and calling it.
pub fn iter_if_view(obj: &PyRef) -> Option<PyRef> {
    let ty = obj.type_of();
    let is_view = std::ptr::eq(ty, &DICT_KEYS)
        || std::ptr::eq(ty, &DICT_VALUES)
        || std::ptr::eq(ty, &DICT_ITEMS);
    is_view.then(|| {
        let (d, kind) = view_of(obj);
        new_iter(d, kind, false)
    })
}

fn view_reversed(args: &Args) -> PyResult {
    let v = &args.exact("__reversed__", 1, 1)?[0];
    let (d, kind) = view_of(v);
    Ok(new_iter(d, kind, true))
}

fn view_repr(args: &Args) -> PyResult {
    let v = &args.exact("__repr__", 1, 1)?[0];
    seq::repr_guarded(v, "...", || {
        Ok(format!(
            "{}([{}])",
            v.type_of().name(),
            seq::join_reprs(&contents(v))?
        ))
    })
}

/// `x in view` for keys and items views.
fn view_has(v: &PyRef, x: &PyRef) -> PyResult<bool> {
    let (d, kind) = view_of(v);
    if kind == Kind::Keys {
        return Ok(dict::get(d, x)?.is_some());
    }
    let Some([k, value]) = tuple::as_slice(x).and_then(|p| <&[PyRef; 2]>::try_from(p).ok()) else {
        return Ok(false);
    };
    match dict::get(d, k)? {
        Some(found) => ops::eq(&found, value),
        None => Ok(false),
    }
}

fn view_contains(args: &Args) -> PyResult {
    let a = args.exact("__contains__", 2, 2)?;
    Ok(from_bool(view_has(&a[0], &a[1])?))
}

/// Whether every item of `a` is in `b`.
fn all_contained_in(a: &PyRef, b: &PyRef) -> PyResult<bool> {
    let it = ops::iter(a)?;
    while let Some(x) = ops::next(&it)? {
        if !ops::contains(b, &x)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn compare(a: &PyRef, b: &PyRef, op: CompareOp) -> PyResult {
    if !set::is_anyset(b) && !is_set_view(b) {
        return Ok(super::not_implemented());
    }
    let (la, lb) = (ops::len(a)?, ops::len(b)?);
    let r = match op {
        CompareOp::Eq => la == lb && all_contained_in(a, b)?,
        CompareOp::Ne => !(la == lb && all_contained_in(a, b)?),
        CompareOp::Lt => la < lb && all_contained_in(a, b)?,
        CompareOp::Le => la <= lb && all_contained_in(a, b)?,
        CompareOp::Gt => la > lb && all_contained_in(b, a)?,
        CompareOp::Ge => la >= lb && all_contained_in(b, a)?,
    };
    Ok(from_bool(r))
}

/// `set(a)` updated by `f(result, b)`.
fn via_set(a: &PyRef, b: &PyRef, f: fn(&PyRef, &PyRef) -> PyResult<()>) -> PyResult {
    let result = set::new_from(&SET, Some(a))?;
    f(&result, b)?;
    Ok(result)
}

/// `view & other` (CPython's `_PyDictView_Intersect`).
fn intersect(view: &PyRef, other: &PyRef) -> PyResult {
    let len_self = ops::len(view)?;
    if std::ptr::eq(other.type_of(), &SET) && len_self <= set::len(other) {
        return intersection(other, view);
    }
    let (probe, iterated) = if is_set_view(other) && ops::len(other)? > len_self {
        (other, view)
    } else {
        (view, other)
    };
    let result = set::new_empty(&SET);
    let it = ops::iter(iterated)?;
    while let Some(x) = ops::next(&it)? {
        if view_has(probe, &x)? {
            set::add(&result, &x)?;
        }
    }
    Ok(result)
}

fn view_and(args: &Args) -> PyResult {
    let a = args.exact("__and__", 2, 2)?;
    intersect(&a[0], &a[1])
}

macro_rules! set_operator {
    ($name:ident, $rname:ident, $py:literal, $f:path) => {
        fn $name(args: &Args) -> PyResult {
            let a = args.exact($py, 2, 2)?;
            via_set(&a[0], &a[1], $f)
        }
        fn $rname(args: &Args) -> PyResult {
            let a = args.exact($py, 2, 2)?;
            via_set(&a[1], &a[0], $f)
        }
    };
}

set_operator!(view_or, view_ror, "__or__", set::update);
set_operator!(view_sub, view_rsub, "__sub__", difference_update_one);
set_operator!(view_xor, view_rxor, "__xor__", symmetric_difference_update);

fn view_isdisjoint(args: &Args) -> PyResult {
    let a = seq::method_args(args, "isdisjoint", 1, 1)?;
    let (view, other) = (&a[0], &a[1]);
    if PyRef::ptr_eq(view, other) {
        return Ok(from_bool(ops::len(view)? == 0));
    }
    let swap = (set::is_anyset(other) || is_set_view(other)) && ops::len(other)? > ops::len(view)?;
    let (probe, iterated) = if swap { (other, view) } else { (view, other) };
    let it = ops::iter(iterated)?;
    while let Some(x) = ops::next(&it)? {
        if ops::contains(probe, &x)? {
            return Ok(from_bool(false));
        }
    }
    Ok(from_bool(true))
}

pub(super) fn register() {
    for t in [&DICT_KEYS, &DICT_VALUES, &DICT_ITEMS] {
        t.add_method("__len__", view_len);
        t.add_method("__iter__", view_iter);
        t.add_method("__reversed__", view_reversed);
        t.add_method("__repr__", view_repr);
        t.add_getset(
            "mapping",
            |v| Ok(super::mappingproxy::new_proxy(view_of(v).0.clone())),
            None,
        );
    }
    for t in [&DICT_KEYS, &DICT_ITEMS] {
        t.add_method("__contains__", view_contains);
        seq::register_compare!(t, compare);
        t.add_method("__and__", view_and);
        t.add_method("__rand__", view_and);
        t.add_method("__or__", view_or);
        t.add_method("__ror__", view_ror);
        t.add_method("__sub__", view_sub);
        t.add_method("__rsub__", view_rsub);
        t.add_method("__xor__", view_xor);
        t.add_method("__rxor__", view_rxor);
        t.add_method("isdisjoint", view_isdisjoint);
        t.set_attr("__hash__", super::none());
    }
    for t in [
        &DICT_KEYITERATOR,
        &DICT_VALUEITERATOR,
        &DICT_ITEMITERATOR,
        &DICT_REVERSEKEYITERATOR,
        &DICT_REVERSEVALUEITERATOR,
        &DICT_REVERSEITEMITERATOR,
    ] {
        seq::register_iterator(t);
    }
}
