//! Containers and iteration: `len`, subscripting, `in`, `iter`, `next`.

use crate::err::{PyErr, PyResult};
use crate::object::{PyRef, StackRef};
use crate::types::{
    Type, dict, exceptions, int, iterators, list, list_methods, range, seq, set, str as pystr,
    tuple, tuple_methods,
};

/// `len(obj)`.
pub fn len(obj: &PyRef) -> PyResult<usize> {
    if list::is_exact(obj) {
        return Ok(list::len(obj));
    }
    if tuple::is_exact(obj) {
        return Ok(tuple::as_slice(obj).map_or(0, <[PyRef]>::len));
    }
    if std::ptr::eq(obj.type_of(), &dict::DICT) {
        return Ok(dict::len(obj));
    }
    if std::ptr::eq(obj.type_of(), &pystr::STR)
        && let Some(s) = pystr::as_str(obj)
    {
        return Ok(s.len());
    }
    if std::ptr::eq(obj.type_of(), &set::SET) || std::ptr::eq(obj.type_of(), &set::FROZENSET) {
        return Ok(set::len(obj));
    }
    let Some(m) = super::lookup_method(obj, "__len__")? else {
        return Err(PyErr::type_error(format!(
            "object of type '{}' has no len()",
            obj.type_of().name()
        )));
    };
    let r = m.call(&[])?;
    let n = int::index(&r)?;
    if n.is_negative() {
        return Err(PyErr::value_error("__len__() should return >= 0"));
    }
    n.to_i64()
        .map(|n| n as usize)
        .ok_or_else(|| PyErr::overflow_error("cannot fit 'int' into an index-sized integer"))
}

/// The position an exact int `key` names in a sequence of `len` items
/// (negative keys count from the end): `Some(None)` when out of range,
/// `None` when `key` is not an exact int that fits an `i64` (the type's
/// own method then decides).
#[inline]
fn exact_index(key: &PyRef, len: usize) -> Option<Option<usize>> {
    int::exact_i64(key).map(|i| seq::position(i, len))
}

/// `obj[key]`.
/// `obj[key]` as the eval loop holds the result: an item of an exact list,
/// tuple or dict comes without a count on the item's header when another
/// thread owns it (see [`StackRef`]).
///
/// An exact list's item at an int index in range is read inline at the
/// eval loop's subscript sites (the commonest case); the rest out of line.
#[inline(always)]
pub fn getitem_stack_ref(obj: &PyRef, key: &PyRef) -> PyResult<StackRef> {
    if list::is_exact(obj)
        && let Some(item) = list::subscript(obj, key)
    {
        return Ok(item);
    }
    getitem_stack_ref_other(obj, key)
}

#[inline(never)]
fn getitem_stack_ref_other(obj: &PyRef, key: &PyRef) -> PyResult<StackRef> {
    if list::is_exact(obj)
        && let Some(i) = exact_index(key, list::len(obj))
    {
        return i
            .and_then(|i| list::get_stack_ref(obj, i))
            .ok_or_else(|| PyErr::index_error("list index out of range"));
    }
    if tuple::is_exact(obj)
        && let Some(items) = tuple::as_slice(obj)
        && let Some(i) = exact_index(key, items.len())
    {
        return i
            .map(|i| StackRef::new(&items[i]))
            .ok_or_else(|| PyErr::index_error("tuple index out of range"));
    }
    if std::ptr::eq(obj.type_of(), &dict::DICT) {
        return match dict::get_stack_ref(obj, key)? {
            Some(v) => Ok(v),
            None => Err(PyErr::key_error(key.clone())),
        };
    }
    getitem(obj, key).map(StackRef::owned)
}

pub fn getitem(obj: &PyRef, key: &PyRef) -> PyResult {
    if list::is_exact(obj)
        && let Some(i) = exact_index(key, list::len(obj))
    {
        return i
            .and_then(|i| list::get(obj, i))
            .ok_or_else(|| PyErr::index_error("list index out of range"));
    }
    if list::is_exact(obj) {
        return list_methods::getitem(obj, key);
    }
    if tuple::is_exact(obj)
        && let Some(items) = tuple::as_slice(obj)
    {
        if let Some(i) = exact_index(key, items.len()) {
            return i
                .map(|i| items[i].clone())
                .ok_or_else(|| PyErr::index_error("tuple index out of range"));
        }
        return tuple_methods::getitem(obj, items, key);
    }
    if std::ptr::eq(obj.type_of(), &dict::DICT) {
        return match dict::get(obj, key)? {
            Some(v) => Ok(v),
            None => Err(PyErr::key_error(key.clone())),
        };
    }
    if let Some(m) = super::lookup_method(obj, "__getitem__")? {
        return m.call(std::slice::from_ref(key));
    }
    if let Some(cls) = Type::from_object(obj) {
        if let Some(f) = cls.lookup("__class_getitem__") {
            let f = match f.type_of().slots.descr_get {
                Some(get) => get(&f, None, cls)?,
                None => f,
            };
            return super::call(&f, std::slice::from_ref(key));
        }
        return Err(PyErr::type_error(format!(
            "type '{}' is not subscriptable",
            cls.name()
        )));
    }
    Err(PyErr::type_error(format!(
        "'{}' object is not subscriptable",
        obj.type_of().name()
    )))
}

/// `obj[key] = value`.
pub fn setitem(obj: &PyRef, key: &PyRef, value: &PyRef) -> PyResult<()> {
    if std::ptr::eq(obj.type_of(), &dict::DICT) {
        return dict::set(obj, key.clone(), value.clone());
    }
    if list::is_exact(obj)
        && let Some(i) = int::exact_i64(key)
    {
        return list::set_at(obj, i, value.clone())
            .map_err(|_| PyErr::index_error("list assignment index out of range"));
    }
    if list::is_exact(obj) {
        return list_methods::setitem(obj, key, value);
    }
    match super::lookup_method(obj, "__setitem__")? {
        Some(m) => m.call(&[key.clone(), value.clone()]).map(drop),
        None => Err(PyErr::type_error(format!(
            "'{}' object does not support item assignment",
            obj.type_of().name()
        ))),
    }
}

/// `del obj[key]`.
pub fn delitem(obj: &PyRef, key: &PyRef) -> PyResult<()> {
    if std::ptr::eq(obj.type_of(), &dict::DICT) {
        return match dict::remove(obj, key)? {
            Some(old) => {
                drop(old);
                Ok(())
            }
            None => Err(PyErr::key_error(key.clone())),
        };
    }
    if list::is_exact(obj)
        && let Some(i) = exact_index(key, list::len(obj))
    {
        return match i.and_then(|i| list::remove(obj, i)) {
            Some(old) => {
                drop(old);
                Ok(())
            }
            None => Err(PyErr::index_error("list assignment index out of range")),
        };
    }
    if list::is_exact(obj) {
        return list_methods::delitem(obj, key);
    }
    match super::lookup_method(obj, "__delitem__")? {
        Some(m) => m.call(std::slice::from_ref(key)).map(drop),
        None => Err(no_item_deletion(obj.type_of())),
    }
}

/// CPython's two wordings: "doesn't" from the sequence protocol, which
/// classes and container types have; "does not" for other types.
fn no_item_deletion(ty: &'static crate::types::Type) -> PyErr {
    let has_protocol = ty.is_heap()
        || ["__getitem__", "__len__", "__contains__"]
            .iter()
            .any(|m| ty.lookup(m).is_some());
    let verb = if has_protocol { "doesn't" } else { "does not" };
    PyErr::type_error(format!(
        "'{}' object {verb} support item deletion",
        ty.name()
    ))
}

/// `item in container`. The exact built-in containers answer directly,
/// as their `__contains__` would.
#[inline]
pub fn contains(container: &PyRef, item: &PyRef) -> PyResult<bool> {
    let ty = container.type_of();
    if std::ptr::eq(ty, &set::SET) || std::ptr::eq(ty, &set::FROZENSET) {
        return set::contains(container, item);
    }
    if std::ptr::eq(ty, &dict::DICT) {
        return dict::contains(container, item);
    }
    contains_sequence(container, item)
}

/// [`contains`] past sets and dicts.
#[inline(never)]
fn contains_sequence(container: &PyRef, item: &PyRef) -> PyResult<bool> {
    let ty = container.type_of();
    if std::ptr::eq(ty, &list::LIST) {
        return list_methods::contains(container, item);
    }
    if std::ptr::eq(ty, &tuple::TUPLE)
        && let Some(items) = tuple::as_slice(container)
    {
        return tuple_methods::contains_in(items, item);
    }
    if std::ptr::eq(ty, &pystr::STR)
        && let Some(text) = pystr::as_str(container)
    {
        return match pystr::as_str(item) {
            Some(sub) => Ok(text.contains(sub)),
            None => Err(PyErr::type_error(format!(
                "'in <string>' requires string as left operand, not {}",
                item.type_of().name()
            ))),
        };
    }
    if std::ptr::eq(ty, &range::RANGE) {
        return range::contains(container, item);
    }
    contains_general(container, item)
}

/// [`contains`] by `__contains__`, else by iteration.
fn contains_general(container: &PyRef, item: &PyRef) -> PyResult<bool> {
    if let Some(m) = super::lookup_method(container, "__contains__")? {
        return super::truthy(&m.call(std::slice::from_ref(item))?);
    }
    let it = match iter(container) {
        Ok(it) => it,
        Err(e) if e.matches(&exceptions::TYPE_ERROR) => {
            return Err(PyErr::type_error(format!(
                "argument of type '{}' is not a container or iterable",
                container.type_of().name()
            )));
        }
        Err(e) => return Err(e),
    };
    while let Some(x) = next(&it)? {
        if super::eq(&x, item)? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// `iter(obj)`. The exact built-in iterables make their iterators
/// directly, as their `__iter__` would.
pub fn iter(obj: &PyRef) -> PyResult {
    let ty = obj.type_of();
    if std::ptr::eq(ty, &list::LIST) {
        return Ok(iterators::new_list_iter(obj.clone()));
    }
    if std::ptr::eq(ty, &tuple::TUPLE) {
        return Ok(iterators::new_tuple_iter(obj.clone()));
    }
    if std::ptr::eq(ty, &range::RANGE) {
        return Ok(range::iter(obj));
    }
    if std::ptr::eq(ty, &dict::DICT) {
        return Ok(crate::types::dict_views::new_iter(
            obj,
            crate::types::dict_views::Kind::Keys,
            false,
        ));
    }
    if std::ptr::eq(ty, &set::SET) || std::ptr::eq(ty, &set::FROZENSET) {
        return Ok(crate::types::set_methods::iter(obj));
    }
    if let Some(it) = crate::types::dict_views::iter_if_view(obj) {
        return Ok(it);
    }
    iter_general(obj)
}

fn iter_general(obj: &PyRef) -> PyResult {
    if let Some(m) = super::lookup_method(obj, "__iter__")? {
        if crate::types::is_none(&obj.type_of().lookup("__iter__").expect("found above")) {
            return Err(not_iterable(obj));
        }
        let it = m.call(&[])?;
        if it.type_of().slots.iternext.is_none() {
            return Err(PyErr::type_error(format!(
                "iter() returned non-iterator of type '{}'",
                it.type_of().name()
            )));
        }
        return Ok(it);
    }
    if obj.type_of().lookup("__getitem__").is_some() {
        return Ok(iterators::new_seq_iter(obj.clone()));
    }
    Err(not_iterable(obj))
}

fn not_iterable(obj: &PyRef) -> PyErr {
    PyErr::type_error(format!("'{}' object is not iterable", obj.type_of().name()))
}

/// `next(it)`: `None` when exhausted (StopIteration is absorbed).
#[inline]
pub fn next(it: &PyRef) -> PyResult<Option<PyRef>> {
    match it.type_of().slots.iternext {
        Some(f) => f(it),
        None => Err(PyErr::type_error(format!(
            "'{}' object is not an iterator",
            it.type_of().name()
        ))),
    }
}

/// Every item of an iterable.
pub fn to_vec(obj: &PyRef) -> PyResult<Vec<PyRef>> {
    sequence_fast(obj, None)
}

/// Every item of an iterable; `not_iterable` replaces the TypeError of an
/// object that is not iterable (CPython's `PySequence_Fast` message).
pub fn sequence_fast(obj: &PyRef, not_iterable: Option<&str>) -> PyResult<Vec<PyRef>> {
    if let Some(items) = tuple::as_slice(obj)
        && tuple::is_exact(obj)
    {
        return Ok(items.to_vec());
    }
    if list::is_exact(obj) {
        return Ok(list::to_vec(obj));
    }
    let it = iter(obj).map_err(|e| match not_iterable {
        Some(msg) if e.matches(&exceptions::TYPE_ERROR) => PyErr::type_error(msg),
        _ => e,
    })?;
    let mut out = Vec::new();
    while let Some(x) = next(&it)? {
        out.push(x);
    }
    Ok(out)
}
