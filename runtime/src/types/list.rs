//! The `list` type's core: a [`RefVec`] of references, read without
//! locking (`get`, `len`) and written under the list's lock (`with_items`,
//! `write` and the operations built on them).
//! The list methods are in `list_methods.rs`.

use super::slice::{self, Bounds};
use super::slicing::{self, SizeMismatch};
use super::{OBJECT, Slots, Type, flags, seq};
use crate::err::PyResult;
use crate::object::{PyRef, RefVec, StackRef, Writer};

/// The payload of a list object.
#[derive(Default)]
pub struct List {
    items: RefVec,
}

pub static LIST: Type = Type::builtin::<List>(
    "list",
    Some(&OBJECT),
    flags::BASETYPE | flags::SEQUENCE,
    Slots {
        vectorcall: Some(super::list_methods::list_vectorcall),
        ..Slots::NONE
    },
);

/// A new list holding `items`.
pub fn new_list(items: Vec<PyRef>) -> PyRef {
    from_exact_iter(items.into_iter())
}

/// A new list of the items `items` yields, stored straight into an array
/// of their number (no intermediate vector).
pub fn from_exact_iter(items: impl ExactSizeIterator<Item = PyRef>) -> PyRef {
    PyRef::new(
        List {
            items: RefVec::from_items(items),
        },
        &LIST,
    )
}

#[inline]
pub fn is_exact(obj: &PyRef) -> bool {
    std::ptr::eq(obj.type_of(), &LIST)
}

fn items(l: &PyRef) -> &RefVec {
    &l.payload::<List>().expect("a list").items
}

/// Runs `f` on the list's [`Writer`] with its lock held. `f` must not run
/// Python code (see [`crate::object::Locked`]); values it removes are best
/// returned and dropped by the caller, after the lock is released.
#[inline]
pub fn write<R>(l: &PyRef, f: impl FnOnce(&mut Writer<'_>) -> R) -> R {
    items(l).write(l, f)
}

/// Runs `f` on a copy of the items of list `l` with its lock held, then
/// stores the result back: any rearrangement, in time linear in the length
/// (prefer [`write`]'s operations for single-item changes). `f` must not
/// run Python code; values it removes are best returned and dropped by the
/// caller, after the lock is released.
pub fn with_items<R>(l: &PyRef, f: impl FnOnce(&mut Vec<PyRef>) -> R) -> R {
    write(l, |w| {
        let mut v = w.to_vec();
        let result = f(&mut v);
        w.assign(v);
        result
    })
}

/// A snapshot of the items (taken under the lock, so it is one state of
/// the list).
pub fn to_vec(l: &PyRef) -> Vec<PyRef> {
    write(l, |w| w.to_vec())
}

/// The items of `l`, an exact list, moved out if `l` is its only
/// reference (a temporary, as the right side of a slice assignment): the
/// list, about to be dropped, is left empty. Else `l` back.
pub fn into_items(l: PyRef) -> Result<Vec<PyRef>, PyRef> {
    if !is_exact(&l) {
        return Err(l);
    }
    RefVec::take_unique(l, items)
}

/// The length, without locking.
pub fn len(l: &PyRef) -> usize {
    items(l).len()
}

/// `l[i]` for `0 <= i < len`, else `None`; without locking.
#[inline]
pub fn get(l: &PyRef, i: usize) -> Option<PyRef> {
    items(l).get(i)
}

/// Item `i` as the eval loop holds it (see [`StackRef`]).
pub fn get_stack_ref(l: &PyRef, i: usize) -> Option<StackRef> {
    items(l).get_stack_ref(i)
}

/// `l[key]` as the eval loop holds it for an exact int `key` in range
/// (negative ones counting from the end), else `None`. The key is checked
/// here, out of the eval loop.
pub fn subscript(l: &PyRef, key: &PyRef) -> Option<StackRef> {
    let i = super::int::exact_i64(key)?;
    items(l).get_stack_ref_at(|len| seq::position(i, len))
}

pub fn append(l: &PyRef, item: PyRef) {
    write(l, |w| w.push(item));
}

/// A new list of the items a slice selects (`l[start:stop:step]`), read
/// under the lock (one state of the list) straight into the new list's
/// storage.
pub fn get_slice(l: &PyRef, bounds: Bounds) -> PyRef {
    let items = write(l, |w| {
        let (start, _, step, count) = slice::adjust_indices(bounds, w.len());
        RefVec::from_items(w.copies(slice::positions(start, step, count)))
    });
    PyRef::new(List { items }, &LIST)
}

/// `l[bounds] = new` (see [`slicing::assign`]), returning the replaced
/// items to drop after the lock: a slice as long as `new` is stored slot by
/// slot; a resized one rearranges a copy, as [`with_items`].
pub fn assign_slice(
    l: &PyRef,
    bounds: Bounds,
    new: Vec<PyRef>,
) -> Result<Vec<PyRef>, SizeMismatch> {
    write(l, |w| {
        let (start, _, step, count) = slice::adjust_indices(bounds, w.len());
        if count == new.len() {
            w.set_all(slice::positions(start, step, count), new);
            return Ok(Vec::new());
        }
        let mut items = w.to_vec();
        let old = slicing::assign(&mut items, bounds, new)?;
        w.assign(items);
        Ok(old)
    })
}

/// `a + b` of two lists, each read under its own lock (one state of each).
pub fn concat(a: &PyRef, b: &PyRef) -> PyResult {
    let mut items = Vec::with_capacity(super::seq::concat_len(len(a), len(b))?);
    for l in [a, b] {
        write(l, |w| w.copy_to(&mut items));
    }
    Ok(new_list(items))
}

/// Appends every item of `new`.
pub fn extend(l: &PyRef, new: Vec<PyRef>) {
    write(l, |w| new.into_iter().for_each(|item| w.push(item)));
}

/// `l[i] = item` for `0 <= i < len`; `item` back if `i` is out of range
/// (dropped by the caller after the lock: its finalizer may use `l`).
pub fn set(l: &PyRef, i: usize, item: PyRef) -> Result<(), PyRef> {
    write(l, |w| w.set(i, item))
}

/// [`set`] with negative `i` counting from the end.
pub fn set_at(l: &PyRef, i: i64, item: PyRef) -> Result<(), PyRef> {
    write(l, |w| match seq::position(i, w.len()) {
        Some(i) => w.set(i, item),
        None => Err(item),
    })
}

/// Removes and returns `l[i]`, or `None` if `i` is out of range.
pub fn remove(l: &PyRef, i: usize) -> Option<PyRef> {
    write(l, |w| w.remove(i))
}

/// Whether `obj` is a list (or subclass instance).
#[inline]
pub fn is_list(obj: &PyRef) -> bool {
    obj.payload::<List>().is_some()
}
