//! The iterator types of the core: list, tuple and the sequence iterator
//! (`iter()` over `__getitem__`). Each keeps its position in an atomic, so
//! iterators shared between threads stay memory-safe (items may be skipped
//! or repeated under a race, as in CPython's free-threaded build).

use super::{OBJECT, Slots, Type, exceptions, int, list, tuple};
use crate::err::PyResult;
use crate::object::{PyRef, StackRef};
use crate::ops;
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

/// The payload of the sequence iterators: the sequence and the next index
/// (`usize::MAX` once exhausted).
pub struct SeqIter {
    pub seq: PyRef,
    pub index: AtomicUsize,
}

const DONE: usize = usize::MAX;

const fn iter_slots(next: super::IterNextFn) -> Slots {
    Slots {
        iternext: Some(next),
        ..Slots::NONE
    }
}

pub static LIST_ITERATOR: Type =
    Type::builtin::<SeqIter>("list_iterator", Some(&OBJECT), 0, iter_slots(list_next));
pub static TUPLE_ITERATOR: Type =
    Type::builtin::<SeqIter>("tuple_iterator", Some(&OBJECT), 0, iter_slots(tuple_next));
pub static SEQ_ITERATOR: Type =
    Type::builtin::<SeqIter>("iterator", Some(&OBJECT), 0, iter_slots(seq_next));

fn new_iter(seq: PyRef, ty: &'static Type) -> PyRef {
    PyRef::new(
        SeqIter {
            seq,
            index: AtomicUsize::new(0),
        },
        ty,
    )
}

pub fn new_list_iter(list: PyRef) -> PyRef {
    new_iter(list, &LIST_ITERATOR)
}

pub fn new_tuple_iter(tuple: PyRef) -> PyRef {
    new_iter(tuple, &TUPLE_ITERATOR)
}

pub fn new_seq_iter(seq: PyRef) -> PyRef {
    new_iter(seq, &SEQ_ITERATOR)
}

fn state(it: &PyRef) -> &SeqIter {
    it.payload::<SeqIter>().expect("a sequence iterator")
}

/// Claims the next index for this caller (each index goes to one thread
/// only); `None` once the iterator is exhausted.
#[inline]
fn claim(index: &AtomicUsize) -> Option<usize> {
    let mut i = index.load(Relaxed);
    if crate::object::ebr::single_thread() {
        // No other thread can hold the iterator: a plain step, without the
        // locked exchange.
        if i == DONE {
            return None;
        }
        index.store(i + 1, Relaxed);
        return Some(i);
    }
    loop {
        if i == DONE {
            return None;
        }
        match index.compare_exchange_weak(i, i + 1, Relaxed, Relaxed) {
            Ok(_) => return Some(i),
            Err(now) => i = now,
        }
    }
}

fn list_next(it: &PyRef) -> PyResult<Option<PyRef>> {
    let s = state(it);
    let Some(i) = claim(&s.index) else {
        return Ok(None);
    };
    let item = list::get(&s.seq, i);
    if item.is_none() {
        s.index.store(DONE, Relaxed);
    }
    Ok(item)
}

/// The next item of a list, tuple or range iterator as the eval loop holds
/// it (see [`StackRef`]): `None` for other iterators, `Some(None)` once
/// exhausted.
#[inline]
pub fn next_stack_ref(it: &PyRef) -> Option<Option<StackRef>> {
    let ty = it.type_of();
    let is_list = std::ptr::eq(ty, &LIST_ITERATOR);
    if !is_list && !std::ptr::eq(ty, &TUPLE_ITERATOR) {
        return std::ptr::eq(ty, &super::range::RANGE_ITERATOR)
            .then(|| super::range::next_small(it).map(StackRef::owned));
    }
    let s = state(it);
    let Some(i) = claim(&s.index) else {
        return Some(None);
    };
    let item = if is_list {
        list::get_stack_ref(&s.seq, i)
    } else {
        tuple::as_slice(&s.seq)
            .expect("a tuple")
            .get(i)
            .map(StackRef::new)
    };
    if item.is_none() {
        s.index.store(DONE, Relaxed);
    }
    Some(item)
}

fn tuple_next(it: &PyRef) -> PyResult<Option<PyRef>> {
    let s = state(it);
    let Some(i) = claim(&s.index) else {
        return Ok(None);
    };
    let item = tuple::as_slice(&s.seq).expect("a tuple").get(i).cloned();
    if item.is_none() {
        s.index.store(DONE, Relaxed);
    }
    Ok(item)
}

fn seq_next(it: &PyRef) -> PyResult<Option<PyRef>> {
    let s = state(it);
    let Some(i) = claim(&s.index) else {
        return Ok(None);
    };
    match ops::getitem(&s.seq, &int::from_i64(i as i64)) {
        Ok(v) => Ok(Some(v)),
        Err(e) if e.matches(&exceptions::INDEX_ERROR) || e.matches(&exceptions::STOP_ITERATION) => {
            s.index.store(DONE, Relaxed);
            Ok(None)
        }
        Err(e) => Err(e),
    }
}
