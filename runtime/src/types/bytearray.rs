//! The `bytearray` type: a mutable byte string under the object's lock.
//! The read-only methods it shares with bytes are in `bytes_methods.rs`;
//! the mutating ones are here. While memoryviews export a bytearray
//! (counted in `exports`), the methods that would change its size fail
//! with BufferError, so a view's positions stay within the bytes.

use super::args::Args;
use super::bytes::bytes_like;
use super::bytes_methods::{byte_value, collect_source};
use super::method_args::iterate;
use super::method_args::{method_args, slot_args};
use super::{OBJECT, Slots, Type, alloc_instance, check_subtype_new, flags, int, none, slice};
use crate::err::{PyErr, PyResult};
use crate::object::{Locked, PyRef};
use std::sync::atomic::{AtomicUsize, Ordering::AcqRel, Ordering::Acquire};

/// The payload of a bytearray object.
#[derive(Default)]
pub struct ByteArray {
    data: Locked<Vec<u8>>,
    /// How many memoryviews of it are not yet released.
    exports: AtomicUsize,
}

pub static BYTEARRAY: Type = Type::builtin::<ByteArray>(
    "bytearray",
    Some(&OBJECT),
    flags::BASETYPE | flags::SEQUENCE,
    Slots::NONE,
);

pub fn new_bytearray(value: Vec<u8>) -> PyRef {
    PyRef::new(
        ByteArray {
            data: Locked::new(value),
            exports: AtomicUsize::new(0),
        },
        &BYTEARRAY,
    )
}

#[inline]
pub fn is_bytearray(obj: &PyRef) -> bool {
    obj.payload::<ByteArray>().is_some()
}

/// Runs `f` on the bytes with the lock held (no Python code in `f`).
pub fn with_data<R>(obj: &PyRef, f: impl FnOnce(&mut Vec<u8>) -> R) -> R {
    payload(obj).data.with(obj, f)
}

fn payload(obj: &PyRef) -> &ByteArray {
    obj.payload::<ByteArray>().expect("a bytearray")
}

/// Counts a new memoryview of `obj`.
pub fn export(obj: &PyRef) {
    payload(obj).exports.fetch_add(1, AcqRel);
}

/// Uncounts a released memoryview of `obj`.
pub fn unexport(obj: &PyRef) {
    payload(obj).exports.fetch_sub(1, AcqRel);
}

/// Runs `f`, which may change the size of the bytes, under the lock.
/// While memoryviews export them, `f` works on a copy that replaces them
/// only if their size is unchanged (CPython refuses only actual resizes).
/// The count is read under the lock: a view made meanwhile reads its
/// length after `f`.
fn resizing<R>(obj: &PyRef, f: impl FnOnce(&mut Vec<u8>) -> R) -> PyResult<R> {
    let exports = &payload(obj).exports;
    with_data(obj, |v| {
        if exports.load(Acquire) == 0 {
            return Ok(f(v));
        }
        let mut copy = v.clone();
        let result = f(&mut copy);
        if copy.len() != v.len() {
            return Err(resize_refused());
        }
        *v = copy;
        Ok(result)
    })
}

fn resize_refused() -> PyErr {
    PyErr::new(
        &super::exceptions::BUFFER_ERROR,
        "Existing exports of data: object cannot be re-sized",
    )
}

/// A snapshot of the bytes.
pub fn to_vec(obj: &PyRef) -> Vec<u8> {
    with_data(obj, |v| v.clone())
}

/// The arguments after `self` of the positional-only `bytearray.name`.
fn method<'a>(args: &Args<'a>, name: &str, min: usize, max: usize) -> PyResult<&'a [PyRef]> {
    method_args(args, "bytearray", name, min, max)
}

fn this<'a>(args: &Args<'a>) -> &'a PyRef {
    &args.positional()[0]
}

/// An index into `len` items, negative counting from the end.
fn position(i: isize, len: usize) -> Option<usize> {
    let i = if i < 0 { i + len as isize } else { i };
    usize::try_from(i).ok().filter(|&i| i < len)
}

fn out_of_range(what: &str) -> PyErr {
    PyErr::index_error(format!("{what} index out of range"))
}

fn bytearray_new(args: &Args) -> PyResult {
    let cls = check_subtype_new(&BYTEARRAY, &args.positional()[0])?;
    Ok(alloc_instance(ByteArray::default(), cls))
}

/// `bytearray.__init__(source, encoding, errors)`: replaces the contents.
fn bytearray_init(args: &Args) -> PyResult {
    let value = collect_source(&args.skip_first(), "bytearray")?;
    resizing(this(args), |v| *v = value)?;
    Ok(none())
}

fn append(args: &Args) -> PyResult {
    let a = method(args, "append", 1, 1)?;
    let b = byte_value(&a[0])?;
    resizing(this(args), |v| v.push(b))?;
    Ok(none())
}

fn extend(args: &Args) -> PyResult {
    let a = method(args, "extend", 1, 1)?;
    let more = match bytes_like(&a[0]) {
        Some(b) => b.into_owned(),
        None => {
            let message = format!("can't extend bytearray with {}", a[0].type_of().name());
            iterate(&a[0], &message)?
                .iter()
                .map(byte_value)
                .collect::<PyResult<Vec<u8>>>()?
        }
    };
    resizing(this(args), |v| v.extend(more))?;
    Ok(none())
}

fn pop(args: &Args) -> PyResult {
    let a = method(args, "pop", 0, 1)?;
    let at = match a.first() {
        Some(i) => int::index_isize(i)?,
        None => -1,
    };
    let popped = resizing(this(args), |v| {
        if v.is_empty() {
            return Err(PyErr::index_error("pop from empty bytearray"));
        }
        position(at, v.len())
            .map(|i| v.remove(i))
            .ok_or_else(|| PyErr::index_error("pop index out of range"))
    })??;
    Ok(int::from_i64(i64::from(popped)))
}

fn insert(args: &Args) -> PyResult {
    let a = method(args, "insert", 2, 2)?;
    let at = int::index_isize(&a[0])?;
    let b = byte_value(&a[1])?;
    resizing(this(args), |v| {
        let len = v.len() as isize;
        let i = if at < 0 {
            (at + len).max(0)
        } else {
            at.min(len)
        };
        v.insert(i as usize, b);
    })?;
    Ok(none())
}

fn remove(args: &Args) -> PyResult {
    let a = method(args, "remove", 1, 1)?;
    let b = byte_value(&a[0])?;
    resizing(this(args), |v| match v.iter().position(|&x| x == b) {
        Some(i) => {
            v.remove(i);
            Ok(none())
        }
        None => Err(PyErr::value_error("value not found in bytearray")),
    })?
}

fn clear(args: &Args) -> PyResult {
    method(args, "clear", 0, 0)?;
    resizing(this(args), Vec::clear)?;
    Ok(none())
}

fn reverse(args: &Args) -> PyResult {
    method(args, "reverse", 0, 0)?;
    with_data(this(args), |v| v.reverse());
    Ok(none())
}

fn copy(args: &Args) -> PyResult {
    method(args, "copy", 0, 0)?;
    Ok(new_bytearray(to_vec(this(args))))
}

/// The bytes a slice assignment stores: a bytes-like object or an
/// iterable of ints (an int alone is refused).
fn assigned_bytes(value: &PyRef) -> PyResult<Vec<u8>> {
    if let Some(b) = bytes_like(value) {
        return Ok(b.into_owned());
    }
    const MESSAGE: &str = "can assign only bytes, buffers, or iterables of ints in range(0, 256)";
    if int::as_int(value).is_some() {
        return Err(PyErr::type_error(MESSAGE));
    }
    iterate(value, MESSAGE)?.iter().map(byte_value).collect()
}

fn setitem(args: &Args) -> PyResult {
    let a = slot_args(args, "__setitem__", 2)?;
    let (key, value) = (&a[0], &a[1]);
    let obj = this(args);
    if let Some(bounds) = slice::unpack(key)? {
        let new = assigned_bytes(value)?;
        let exports = &payload(obj).exports;
        return with_data(obj, |v| {
            let (start, stop, step, count) = slice::adjust_indices(bounds, v.len());
            if step == 1 {
                if new.len() != count && exports.load(Acquire) > 0 {
                    return Err(resize_refused());
                }
                v.splice(start as usize..stop.max(start) as usize, new);
                return Ok(none());
            }
            if new.len() != count {
                return Err(PyErr::value_error(format!(
                    "attempt to assign bytes of size {} to extended slice of size {count}",
                    new.len()
                )));
            }
            for (i, b) in slice::positions(start, step, count).zip(new) {
                v[i] = b;
            }
            Ok(none())
        });
    }
    let i = item_index(key)?;
    let b = byte_value(value)?;
    with_data(obj, |v| match position(i, v.len()) {
        Some(i) => {
            v[i] = b;
            Ok(none())
        }
        None => Err(out_of_range("bytearray")),
    })
}

/// An int key of `__setitem__`/`__delitem__`.
fn item_index(key: &PyRef) -> PyResult<isize> {
    if int::as_int(key).is_none() && key.type_of().lookup("__index__").is_none() {
        return Err(PyErr::type_error(format!(
            "bytearray indices must be integers or slices, not {}",
            key.type_of().name()
        )));
    }
    int::index_isize(key)
}

fn delitem(args: &Args) -> PyResult {
    let a = slot_args(args, "__delitem__", 1)?;
    let key = &a[0];
    let obj = this(args);
    if let Some(bounds) = slice::unpack(key)? {
        resizing(obj, |v| {
            let (start, _, step, count) = slice::adjust_indices(bounds, v.len());
            let mut doomed = vec![false; v.len()];
            for i in slice::positions(start, step, count) {
                doomed[i] = true;
            }
            let mut k = 0;
            v.retain(|_| {
                k += 1;
                !doomed[k - 1]
            });
        })?;
        return Ok(none());
    }
    let i = item_index(key)?;
    resizing(obj, |v| match position(i, v.len()) {
        Some(i) => {
            v.remove(i);
            Ok(none())
        }
        None => Err(out_of_range("bytearray")),
    })?
}

fn iadd(args: &Args) -> PyResult {
    let a = slot_args(args, "__iadd__", 1)?;
    let Some(more) = bytes_like(&a[0]).map(|b| b.into_owned()) else {
        return Err(PyErr::type_error(format!(
            "can't concat {} to bytearray",
            a[0].type_of().name()
        )));
    };
    resizing(this(args), |v| v.extend(more))?;
    Ok(this(args).clone())
}

fn imul(args: &Args) -> PyResult {
    let a = slot_args(args, "__imul__", 1)?;
    let n = super::seq::repeat_count(&a[0])?;
    let obj = this(args);
    let once = with_data(obj, |v| v.clone());
    let repeated = super::seq::repeat(&once, n)?;
    resizing(obj, |v| *v = repeated)?;
    Ok(obj.clone())
}

pub(super) fn register() {
    let t = &BYTEARRAY;
    t.add_static("__new__", bytearray_new);
    t.add_method("__init__", bytearray_init);
    t.set_attr("__hash__", none());
    t.add_method("append", append);
    t.add_method("extend", extend);
    t.add_method("pop", pop);
    t.add_method("insert", insert);
    t.add_method("remove", remove);
    t.add_method("clear", clear);
    t.add_method("reverse", reverse);
    t.add_method("copy", copy);
    t.add_method("__setitem__", setitem);
    t.add_method("__delitem__", delitem);
    t.add_method("__iadd__", iadd);
    t.add_method("__imul__", imul);
}
