//! The `dict` type's Python-visible methods. The views and iterators are
//! in `dict_views.rs`.

use super::dict::{DICT, Dict, get, items, len, remove, set};
use super::dict_views::{self, Kind};
use super::{
    Args, alloc_instance, check_subtype_new, exceptions, from_bool, int, none, seq, str as pystr,
    tuple,
};
use crate::err::{PyErr, PyResult};
use crate::object::PyRef;
use crate::ops::{self, CompareOp};

/// Whether `obj` is a dict (or subclass instance).
pub fn is_dict(obj: &PyRef) -> bool {
    obj.payload::<Dict>().is_some()
}

fn dict_new(args: &Args) -> PyResult {
    let cls = check_subtype_new(&DICT, &args.items()[0])?;
    Ok(alloc_instance(Dict::default(), cls))
}

/// `d.update(other)` for one positional argument: a dict, a mapping
/// (anything with `keys`), or an iterable of pairs.
pub fn update_from(d: &PyRef, other: &PyRef) -> PyResult<()> {
    if is_dict(other) && other.type_of().lookup("keys") == DICT.lookup("keys") {
        for (k, v) in items(other) {
            set(d, k, v)?;
        }
        return Ok(());
    }
    if let Some(keys) = ops::getattr_opt(other, &pystr::intern("keys"))? {
        let keys = ops::call(&keys, &[])?;
        let it = ops::iter(&keys)?;
        while let Some(k) = ops::next(&it)? {
            let v = ops::getitem(other, &k)?;
            set(d, k, v)?;
        }
        return Ok(());
    }
    let it = ops::iter(other)?;
    let mut i = 0;
    while let Some(item) = ops::next(&it)? {
        let pair = match ops::iter(&item) {
            Ok(_) => ops::to_vec(&item)?,
            Err(e) if e.matches(&exceptions::TYPE_ERROR) => {
                return Err(PyErr::type_error("object is not iterable"));
            }
            Err(e) => return Err(e),
        };
        let [k, v]: [PyRef; 2] = pair.try_into().map_err(|p: Vec<PyRef>| {
            PyErr::value_error(format!(
                "dictionary update sequence element #{i} has length {}; 2 is required",
                p.len()
            ))
        })?;
        set(d, k, v)?;
        i += 1;
    }
    Ok(())
}

/// `d.update(*args, **kwargs)` / `dict.__init__`.
fn update_with(args: &Args, fname: &str) -> PyResult {
    let d = &args.items()[0];
    let pos = &args.positional()[1..];
    if pos.len() > 1 {
        return Err(PyErr::type_error(format!(
            "{fname} expected at most 1 argument, got {}",
            pos.len()
        )));
    }
    if let Some(other) = pos.first() {
        update_from(d, other)?;
    }
    for (k, v) in args.kwargs() {
        set(d, k.clone(), v.clone())?;
    }
    Ok(none())
}

/// `dict(*args)` (see [`super::VectorcallFn`]): as `dict.__init__` fills
/// a new dict.
pub(super) fn dict_vectorcall(_cls: &PyRef, args: &[PyRef]) -> PyResult {
    if args.len() > 1 {
        return Err(PyErr::type_error(format!(
            "dict expected at most 1 argument, got {}",
            args.len()
        )));
    }
    let d = super::dict::new_dict();
    if let Some(other) = args.first() {
        update_from(&d, other)?;
    }
    Ok(d)
}

fn dict_init(args: &Args) -> PyResult {
    update_with(args, "dict")
}

fn dict_update(args: &Args) -> PyResult {
    update_with(args, "update")
}

fn dict_repr(args: &Args) -> PyResult {
    let d = &args.exact("__repr__", 1, 1)?[0];
    seq::repr_guarded(d, "{...}", || {
        let mut out = String::from("{");
        for (i, (k, v)) in items(d).iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            out.push_str(&seq::repr_text(k)?);
            out.push_str(": ");
            out.push_str(&seq::repr_text(v)?);
        }
        out.push('}');
        Ok(out)
    })
}

fn dict_len(args: &Args) -> PyResult {
    let d = &args.exact("__len__", 1, 1)?[0];
    Ok(int::from_i64(len(d) as i64))
}

fn dict_getitem(args: &Args) -> PyResult {
    let a = args.exact("__getitem__", 2, 2)?;
    if let Some(v) = get(&a[0], &a[1])? {
        return Ok(v);
    }
    if !std::ptr::eq(a[0].type_of(), &DICT)
        && let Some(m) = ops::lookup_method(&a[0], "__missing__")?
    {
        return m.call(&[a[1].clone()]);
    }
    Err(PyErr::key_error(a[1].clone()))
}

fn dict_setitem(args: &Args) -> PyResult {
    let a = args.exact("__setitem__", 3, 3)?;
    set(&a[0], a[1].clone(), a[2].clone())?;
    Ok(none())
}

fn dict_delitem(args: &Args) -> PyResult {
    let a = args.exact("__delitem__", 2, 2)?;
    match remove(&a[0], &a[1])? {
        Some(_) => Ok(none()),
        None => Err(PyErr::key_error(a[1].clone())),
    }
}

fn dict_contains(args: &Args) -> PyResult {
    let a = args.exact("__contains__", 2, 2)?;
    Ok(from_bool(get(&a[0], &a[1])?.is_some()))
}

fn dict_iter(args: &Args) -> PyResult {
    let d = &args.exact("__iter__", 1, 1)?[0];
    Ok(dict_views::new_iter(d, Kind::Keys, false))
}

fn dict_reversed(args: &Args) -> PyResult {
    let d = &args.exact("__reversed__", 1, 1)?[0];
    Ok(dict_views::new_iter(d, Kind::Keys, true))
}

fn dict_keys(args: &Args) -> PyResult {
    let d = &seq::method_args(args, "dict.keys", 0, 0)?[0];
    Ok(dict_views::new_view(d, Kind::Keys))
}

fn dict_values(args: &Args) -> PyResult {
    let d = &seq::method_args(args, "dict.values", 0, 0)?[0];
    Ok(dict_views::new_view(d, Kind::Values))
}

fn dict_items(args: &Args) -> PyResult {
    let d = &seq::method_args(args, "dict.items", 0, 0)?[0];
    Ok(dict_views::new_view(d, Kind::Items))
}

fn dict_get(args: &Args) -> PyResult {
    let a = seq::method_args(args, "get", 1, 2)?;
    Ok(get(&a[0], &a[1])?.unwrap_or_else(|| a.get(2).cloned().unwrap_or_else(none)))
}

fn dict_setdefault(args: &Args) -> PyResult {
    let a = seq::method_args(args, "setdefault", 1, 2)?;
    if let Some(v) = get(&a[0], &a[1])? {
        return Ok(v);
    }
    let v = a.get(2).cloned().unwrap_or_else(none);
    set(&a[0], a[1].clone(), v.clone())?;
    Ok(v)
}

fn dict_pop(args: &Args) -> PyResult {
    let a = seq::method_args(args, "pop", 1, 2)?;
    if len(&a[0]) == 0 {
        // As CPython: an empty dict does not hash the key.
        return a
            .get(2)
            .cloned()
            .ok_or_else(|| PyErr::key_error(a[1].clone()));
    }
    match (remove(&a[0], &a[1])?, a.get(2)) {
        (Some(v), _) => Ok(v),
        (None, Some(default)) => Ok(default.clone()),
        (None, None) => Err(PyErr::key_error(a[1].clone())),
    }
}

fn dict_popitem(args: &Args) -> PyResult {
    let d = &seq::method_args(args, "dict.popitem", 0, 0)?[0];
    match super::dict::pop_last(d) {
        Some((k, v)) => Ok(tuple::pair(k, v)),
        None => Err(PyErr::key_error(pystr::new_str(
            "popitem(): dictionary is empty",
        ))),
    }
}

fn dict_clear(args: &Args) -> PyResult {
    super::dict::clear(&seq::method_args(args, "dict.clear", 0, 0)?[0]);
    Ok(none())
}

/// A new exact dict with the items of `d`.
fn copy_of(d: &PyRef) -> PyResult {
    super::dict::from_items(items(d))
}

fn dict_copy(args: &Args) -> PyResult {
    copy_of(&seq::method_args(args, "dict.copy", 0, 0)?[0])
}

fn dict_fromkeys(args: &Args) -> PyResult {
    let a = seq::method_args(args, "fromkeys", 1, 2)?;
    let value = a.get(2).cloned().unwrap_or_else(none);
    let d = ops::call(&a[0], &[])?;
    let exact = std::ptr::eq(d.type_of(), &DICT);
    let it = ops::iter(&a[1])?;
    while let Some(k) = ops::next(&it)? {
        if exact {
            set(&d, k, value.clone())?;
        } else {
            ops::setitem(&d, &k, &value)?;
        }
    }
    Ok(d)
}

fn dict_or(args: &Args) -> PyResult {
    let a = args.exact("__or__", 2, 2)?;
    if !is_dict(&a[1]) {
        return Ok(super::not_implemented());
    }
    let new = copy_of(&a[0])?;
    update_from(&new, &a[1])?;
    Ok(new)
}

fn dict_ror(args: &Args) -> PyResult {
    let a = args.exact("__ror__", 2, 2)?;
    if !is_dict(&a[1]) {
        return Ok(super::not_implemented());
    }
    let new = copy_of(&a[1])?;
    update_from(&new, &a[0])?;
    Ok(new)
}

fn dict_ior(args: &Args) -> PyResult {
    let a = args.exact("__ior__", 2, 2)?;
    update_from(&a[0], &a[1])?;
    Ok(a[0].clone())
}

/// Whether two dicts hold equal items.
fn dicts_equal(a: &PyRef, b: &PyRef) -> PyResult<bool> {
    if len(a) != len(b) {
        return Ok(false);
    }
    for (k, v) in items(a) {
        match get(b, &k)? {
            Some(w) if ops::eq(&v, &w)? => {}
            _ => return Ok(false),
        }
    }
    Ok(true)
}

fn compare(a: &PyRef, b: &PyRef, op: CompareOp) -> PyResult {
    match op {
        CompareOp::Eq | CompareOp::Ne if is_dict(b) => {
            Ok(from_bool(dicts_equal(a, b)? == (op == CompareOp::Eq)))
        }
        _ => Ok(super::not_implemented()),
    }
}

pub(super) fn register() {
    let t = &DICT;
    t.add_static("__new__", dict_new);
    t.add_method("__init__", dict_init);
    t.add_method("__repr__", dict_repr);
    t.add_method("__len__", dict_len);
    t.add_method("__getitem__", dict_getitem);
    t.add_method("__setitem__", dict_setitem);
    t.add_method("__delitem__", dict_delitem);
    t.add_method("__contains__", dict_contains);
    t.add_method("__iter__", dict_iter);
    t.add_method("__reversed__", dict_reversed);
    t.add_method("keys", dict_keys);
    t.add_method("values", dict_values);
    t.add_method("items", dict_items);
    t.add_method("get", dict_get);
    t.add_method("setdefault", dict_setdefault);
    t.add_method("pop", dict_pop);
    t.add_method("popitem", dict_popitem);
    t.add_method("update", dict_update);
    t.add_method("clear", dict_clear);
    t.add_method("copy", dict_copy);
    t.add_classmethod("fromkeys", dict_fromkeys);
    t.add_method("__or__", dict_or);
    t.add_method("__ror__", dict_ror);
    t.add_method("__ior__", dict_ior);
    seq::register_compare!(t, compare);
    t.set_attr("__hash__", none());
    dict_views::register();
}
