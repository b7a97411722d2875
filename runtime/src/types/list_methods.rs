//! The `list` type's Python-visible methods, and its reverse iterator.
//! Python code (`==`, `<`, `key=`) never runs inside `with_items`: items
//! are cloned out first, and removed ones are dropped after the lock.

use super::list::{LIST, List, is_list, with_items};
use super::tuple_methods::{concat_error, count_in};
use super::{Args, Slots, Type, alloc_instance, check_subtype_new, from_bool, int, iterators};
use super::{list_sort, none, seq, slice, slicing};
use crate::err::{PyErr, PyResult};
use crate::object::PyRef;
use crate::ops::{self, CompareOp};
use std::sync::atomic::{AtomicIsize, Ordering::Relaxed};

fn this<'a>(args: &Args<'a>) -> &'a PyRef {
    &args.items()[0]
}

fn snapshot(l: &PyRef) -> Vec<PyRef> {
    super::list::to_vec(l)
}

/// Replaces the items, dropping the old ones outside the lock.
fn replace_items(l: &PyRef, items: Vec<PyRef>) {
    let old = with_items(l, |v| std::mem::replace(v, items));
    drop(old);
}

fn list_new(args: &Args) -> PyResult {
    let cls = check_subtype_new(&LIST, &args.items()[0])?;
    Ok(alloc_instance(List::default(), cls))
}

/// `list(*args)` (see [`super::VectorcallFn`]): as `list.__init__` checks
/// and fills a new list.
pub(super) fn list_vectorcall(_cls: &PyRef, args: &[PyRef]) -> PyResult {
    match args {
        [] => Ok(super::list::new_list(Vec::new())),
        [it] if super::list::is_exact(it) => Ok(super::list::new_list(snapshot(it))),
        [it] => Ok(super::list::new_list(ops::to_vec(it)?)),
        _ => Err(PyErr::type_error(format!(
            "list expected at most 1 argument, got {}",
            args.len()
        ))),
    }
}

fn list_init(args: &Args) -> PyResult {
    let l = this(args);
    let rest = args.skip_first();
    if rest.has_kwargs() && std::ptr::eq(l.type_of(), &LIST) {
        return Err(PyErr::type_error("list() takes no keyword arguments"));
    }
    let pos = rest.positional();
    if pos.len() > 1 {
        return Err(PyErr::type_error(format!(
            "list expected at most 1 argument, got {}",
            pos.len()
        )));
    }
    // As CPython: cleared first (so `l.__init__(l)` empties it).
    replace_items(l, Vec::new());
    if let Some(it) = pos.first() {
        extend(l, it)?;
    }
    Ok(none())
}

fn list_repr(args: &Args) -> PyResult {
    let l = &args.exact("__repr__", 1, 1)?[0];
    seq::repr_guarded(l, "[...]", || {
        Ok(format!("[{}]", seq::join_reprs(&snapshot(l))?))
    })
}

fn list_len(args: &Args) -> PyResult {
    let l = &args.exact("__len__", 1, 1)?[0];
    Ok(int::from_i64(super::list::len(l) as i64))
}

fn list_getitem(args: &Args) -> PyResult {
    let a = args.exact("__getitem__", 2, 2)?;
    getitem(&a[0], &a[1])
}

/// `list.__getitem__(l, key)` (also the direct path of `ops::getitem`).
pub(crate) fn getitem(l: &PyRef, key: &PyRef) -> PyResult {
    if let Some(bounds) = slice::unpack(key)? {
        return Ok(super::list::get_slice(l, bounds));
    }
    let len = super::list::len(l);
    seq::index(key, len, "list")?
        .and_then(|i| super::list::get(l, i))
        .ok_or_else(|| PyErr::index_error("list index out of range"))
}

/// The position `key` names in list `l`, or "list assignment index out of
/// range".
fn assign_index(l: &PyRef, key: &PyRef) -> PyResult<usize> {
    seq::index(key, super::list::len(l), "list")?
        .ok_or_else(|| PyErr::index_error("list assignment index out of range"))
}

/// The items assigned to a slice, taken before the list is changed (so
/// `l[:] = l` sees the old items).
fn assigned_items(value: &PyRef) -> PyResult<Vec<PyRef>> {
    ops::sequence_fast(value, Some("must assign iterable to extended slice"))
}

fn list_setitem(args: &Args) -> PyResult {
    let a = args.exact("__setitem__", 3, 3)?;
    setitem(&a[0], &a[1], &a[2])?;
    Ok(none())
}

/// `l[start:stop:step] = value` for the slice's validated `bounds` (the
/// eval loop's `STORE_SLICE` on an exact list, which makes no slice). A
/// list `value` referenced only here (`a[:n] = a[n::-1]`, `b + c`) gives
/// up its items rather than having them copied.
pub fn set_slice(l: &PyRef, bounds: slice::Bounds, value: PyRef) -> PyResult<()> {
    let new = match super::list::into_items(value) {
        Ok(items) => items,
        Err(value) => assigned_items(&value)?,
    };
    let old = super::list::assign_slice(l, bounds, new)?;
    drop(old);
    Ok(())
}

/// `list.__setitem__(l, key, value)` (also the direct path of
/// `ops::setitem`).
pub(crate) fn setitem(l: &PyRef, key: &PyRef, value: &PyRef) -> PyResult<()> {
    if let Some(bounds) = slice::unpack(key)? {
        return set_slice(l, bounds, value.clone());
    }
    let i = assign_index(l, key)?;
    super::list::set(l, i, value.clone())
        .map_err(|_| PyErr::index_error("list assignment index out of range"))
}

fn list_delitem(args: &Args) -> PyResult {
    let a = args.exact("__delitem__", 2, 2)?;
    delitem(&a[0], &a[1])?;
    Ok(none())
}

/// `list.__delitem__(l, key)` (also the direct path of `ops::delitem`).
pub(crate) fn delitem(l: &PyRef, key: &PyRef) -> PyResult<()> {
    if let Some(bounds) = slice::unpack(key)? {
        let old = with_items(l, |v| slicing::delete(v, bounds));
        drop(old);
        return Ok(());
    }
    let i = assign_index(l, key)?;
    match super::list::remove(l, i) {
        Some(old) => {
            drop(old);
            Ok(())
        }
        None => Err(PyErr::index_error("list assignment index out of range")),
    }
}

/// The first position in `start..stop` whose item equals `x`, reading the
/// live list at each step (an `==` may mutate it).
fn find(l: &PyRef, x: &PyRef, start: usize, stop: usize) -> PyResult<Option<usize>> {
    let mut i = start;
    while i < stop {
        let Some(item) = super::list::get(l, i) else {
            break;
        };
        if ops::eq(&item, x)? {
            return Ok(Some(i));
        }
        i += 1;
    }
    Ok(None)
}

fn list_contains(args: &Args) -> PyResult {
    let a = args.exact("__contains__", 2, 2)?;
    Ok(from_bool(contains(&a[0], &a[1])?))
}

/// `x in l`.
pub fn contains(l: &PyRef, x: &PyRef) -> PyResult<bool> {
    Ok(find(l, x, 0, usize::MAX)?.is_some())
}

fn list_iter(args: &Args) -> PyResult {
    let l = &args.exact("__iter__", 1, 1)?[0];
    Ok(iterators::new_list_iter(l.clone()))
}

fn list_reversed(args: &Args) -> PyResult {
    let l = &args.exact("__reversed__", 1, 1)?[0];
    let last = super::list::len(l) as isize - 1;
    Ok(PyRef::new(
        ReverseIter {
            list: l.clone(),
            index: AtomicIsize::new(last),
        },
        &LIST_REVERSEITERATOR,
    ))
}

fn list_add(args: &Args) -> PyResult {
    let a = args.exact("__add__", 2, 2)?;
    if !is_list(&a[1]) {
        return concat_error(&a[1], "list");
    }
    super::list::concat(&a[0], &a[1])
}

fn list_iadd(args: &Args) -> PyResult {
    let a = args.exact("__iadd__", 2, 2)?;
    extend(&a[0], &a[1])?;
    Ok(a[0].clone())
}

pub(crate) fn list_mul(args: &Args) -> PyResult {
    let a = args.exact("__mul__", 2, 2)?;
    let n = seq::repeat_count(&a[1])?;
    Ok(super::list::new_list(seq::repeat(&snapshot(&a[0]), n)?))
}

fn list_imul(args: &Args) -> PyResult {
    let a = args.exact("__imul__", 2, 2)?;
    let n = seq::repeat_count(&a[1])?;
    let items = seq::repeat(&snapshot(&a[0]), n)?;
    replace_items(&a[0], items);
    Ok(a[0].clone())
}

fn compare(a: &PyRef, b: &PyRef, op: CompareOp) -> PyResult {
    if !is_list(b) {
        return Ok(super::not_implemented());
    }
    seq::compare(&snapshot(a), &snapshot(b), op)
}

fn list_append(args: &Args) -> PyResult {
    let a = seq::method_args(args, "list.append", 1, 1)?;
    super::list::append(&a[0], a[1].clone());
    Ok(none())
}

/// `l.extend(iterable)`: the items are gathered first (so `l.extend(l)`
/// doubles the list); a list subclass is iterated (its `__iter__` may
/// differ), as CPython's `list_extend` does.
fn extend(l: &PyRef, iterable: &PyRef) -> PyResult<()> {
    let items = if super::list::is_exact(iterable) || PyRef::ptr_eq(l, iterable) {
        snapshot(iterable)
    } else {
        ops::to_vec(iterable)?
    };
    super::list::extend(l, items);
    Ok(())
}

fn list_extend(args: &Args) -> PyResult {
    let a = seq::method_args(args, "list.extend", 1, 1)?;
    extend(&a[0], &a[1])?;
    Ok(none())
}

fn list_insert(args: &Args) -> PyResult {
    let a = seq::method_args(args, "insert", 2, 2)?;
    let i = int::index_isize(&a[1])?;
    with_items(&a[0], |v| {
        let n = v.len() as isize;
        let i = if i < 0 { (i + n).max(0) } else { i.min(n) };
        v.insert(i as usize, a[2].clone());
    });
    Ok(none())
}

fn list_pop(args: &Args) -> PyResult {
    let a = seq::method_args(args, "pop", 0, 1)?;
    let i = match a.get(1) {
        Some(i) => int::index_isize(i)?,
        None => -1,
    };
    let r = super::list::write(&a[0], |w| {
        if w.is_empty() {
            return Err("pop from empty list");
        }
        let n = w.len() as isize;
        let j = if i < 0 { i + n } else { i };
        w.remove(j as usize).ok_or("pop index out of range")
    });
    r.map_err(PyErr::index_error)
}

fn list_remove(args: &Args) -> PyResult {
    let a = seq::method_args(args, "list.remove", 1, 1)?;
    let Some(i) = find(&a[0], &a[1], 0, usize::MAX)? else {
        return Err(PyErr::value_error("list.remove(x): x not in list"));
    };
    drop(super::list::remove(&a[0], i));
    Ok(none())
}

fn list_clear(args: &Args) -> PyResult {
    let l = &seq::method_args(args, "list.clear", 0, 0)?[0];
    replace_items(l, Vec::new());
    Ok(none())
}

fn list_copy(args: &Args) -> PyResult {
    let l = &seq::method_args(args, "list.copy", 0, 0)?[0];
    Ok(super::list::new_list(snapshot(l)))
}

fn list_count(args: &Args) -> PyResult {
    let a = seq::method_args(args, "list.count", 1, 1)?;
    count_in(&snapshot(&a[0]), &a[1])
}

fn list_index(args: &Args) -> PyResult {
    let a = seq::method_args(args, "index", 1, 3)?;
    let n = super::list::len(&a[0]);
    let start = seq::clamp_index(a.get(2), n, 0)?;
    let stop = seq::clamp_index(a.get(3), n, n)?;
    match find(&a[0], &a[1], start, stop)? {
        Some(i) => Ok(int::from_i64(i as i64)),
        None => Err(PyErr::value_error("list.index(x): x not in list")),
    }
}

fn list_reverse(args: &Args) -> PyResult {
    let l = &seq::method_args(args, "list.reverse", 0, 0)?[0];
    with_items(l, |v| v.reverse());
    Ok(none())
}

/// `l.sort(*, key=None, reverse=False)`: the items are taken out while
/// sorting (the list looks empty meanwhile, as in CPython).
fn list_sort(args: &Args) -> PyResult {
    if args.positional().len() > 1 {
        return Err(PyErr::type_error("sort() takes no positional arguments"));
    }
    let l = this(args);
    let [key, reverse] = args.skip_first().bind("sort", ["key", "reverse"], 0)?;
    let key = key.filter(|k| !super::is_none(k));
    let reverse = match reverse {
        Some(r) => ops::truthy(r)?,
        None => false,
    };
    let items = with_items(l, std::mem::take);
    let sorted = list_sort::sort(items, key, reverse);
    let (items, result) = match sorted {
        Ok(items) => (items, Ok(())),
        Err((items, e)) => (items, Err(e)),
    };
    let intruders = with_items(l, |v| std::mem::replace(v, items));
    let modified = !intruders.is_empty();
    drop(intruders);
    result?;
    if modified {
        return Err(PyErr::value_error("list modified during sort"));
    }
    Ok(none())
}

/// The payload of `list_reverseiterator`: the next index, -1 when done.
pub struct ReverseIter {
    list: PyRef,
    index: AtomicIsize,
}

pub static LIST_REVERSEITERATOR: Type = Type::builtin::<ReverseIter>(
    "list_reverseiterator",
    Some(&super::OBJECT),
    0,
    Slots {
        iternext: Some(reverse_next),
        ..Slots::NONE
    },
);

fn reverse_next(it: &PyRef) -> PyResult<Option<PyRef>> {
    let s = it.payload::<ReverseIter>().expect("a list_reverseiterator");
    let i = s.index.load(Relaxed);
    if i < 0 {
        return Ok(None);
    }
    match super::list::get(&s.list, i as usize) {
        Some(v) => {
            s.index.store(i - 1, Relaxed);
            Ok(Some(v))
        }
        None => {
            s.index.store(-1, Relaxed);
            Ok(None)
        }
    }
}

pub(super) fn register() {
    let t = &LIST;
    t.add_static("__new__", list_new);
    t.add_method("__init__", list_init);
    t.add_method("__repr__", list_repr);
    t.add_method("__len__", list_len);
    t.add_method("__getitem__", list_getitem);
    t.add_method("__setitem__", list_setitem);
    t.add_method("__delitem__", list_delitem);
    t.add_method("__contains__", list_contains);
    t.add_method("__iter__", list_iter);
    t.add_method("__reversed__", list_reversed);
    t.add_method("__add__", list_add);
    t.add_method("__iadd__", list_iadd);
    t.add_method("__mul__", list_mul);
    t.add_method("__rmul__", list_mul);
    t.add_method("__imul__", list_imul);
    seq::register_compare!(t, compare);
    t.set_attr("__hash__", none());
    t.add_method("append", list_append);
    t.add_method("extend", list_extend);
    t.add_method("insert", list_insert);
    t.add_method("pop", list_pop);
    t.add_method("remove", list_remove);
    t.add_method("clear", list_clear);
    t.add_method("copy", list_copy);
    t.add_method("count", list_count);
    t.add_method("index", list_index);
    t.add_method("reverse", list_reverse);
    t.add_method("sort", list_sort);
    seq::register_iterator(&LIST_REVERSEITERATOR);
    seq::register_iterator(&iterators::LIST_ITERATOR);
    seq::register_iterator(&iterators::TUPLE_ITERATOR);
}
