//! The `list` type's core: a vector of references under the list's lock.
//! The list methods are in `list_methods.rs`.

use super::{OBJECT, Slots, Type, flags};
use crate::object::{Locked, PyRef};

/// The payload of a list object.
#[derive(Default)]
pub struct List {
    items: Locked<Vec<PyRef>>,
}

pub static LIST: Type = Type::builtin::<List>(
    "list",
    Some(&OBJECT),
    flags::BASETYPE | flags::SEQUENCE,
    Slots::NONE,
);

/// A new list holding `items`.
pub fn new_list(items: Vec<PyRef>) -> PyRef {
    PyRef::new(
        List {
            items: Locked::new(items),
        },
        &LIST,
    )
}

#[inline]
pub fn is_exact(obj: &PyRef) -> bool {
    std::ptr::eq(obj.type_of(), &LIST)
}

/// Runs `f` on the items of list `l` with its lock held. `f` must not run
/// Python code (see [`Locked`]); values it removes are best returned and
/// dropped by the caller, after the lock is released.
#[inline]
pub fn with_items<R>(l: &PyRef, f: impl FnOnce(&mut Vec<PyRef>) -> R) -> R {
    l.payload::<List>().expect("a list").items.with(l, f)
}

/// A snapshot of the items.
pub fn to_vec(l: &PyRef) -> Vec<PyRef> {
    with_items(l, |v| v.clone())
}

pub fn len(l: &PyRef) -> usize {
    with_items(l, |v| v.len())
}

/// `l[i]` for `0 <= i < len`, else `None`.
#[inline]
pub fn get(l: &PyRef, i: usize) -> Option<PyRef> {
    with_items(l, |v| v.get(i).cloned())
}

pub fn append(l: &PyRef, item: PyRef) {
    with_items(l, |v| v.push(item));
}

/// Whether `obj` is a list (or subclass instance).
#[inline]
pub fn is_list(obj: &PyRef) -> bool {
    obj.payload::<List>().is_some()
}
