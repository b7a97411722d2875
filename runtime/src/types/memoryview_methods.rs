//! The Python-visible methods and attributes of `memoryview` and its
//! iterator. Every operation but `release` fails on a released view.

use super::args::Args;
use super::bytes::{Bytes, bytes_like, new_bytes};
use super::iterators::SeqIter;
use super::memoryview::{Format, MEMORYVIEW, MemoryView, as_memoryview, new_memoryview, view_of};
use super::method_args::{method_args, slot_args};
use super::str_methods::add_iterator_methods;
use super::{
    OBJECT, Slots, Type, check_subtype_new, from_bool, int, list, none, not_implemented,
    str as pystr, tuple,
};
use crate::err::{PyErr, PyResult};
use crate::object::PyRef;
use crate::ops::CompareOp;
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

fn this<'a>(args: &Args<'a>) -> &'a PyRef {
    &args.positional()[0]
}

/// The view `self` (checked by the descriptor).
fn view(obj: &PyRef) -> &MemoryView {
    as_memoryview(obj).expect("a memoryview")
}

/// The view `self`, which must not be released.
fn live<'a>(args: &Args<'a>) -> PyResult<&'a MemoryView> {
    let mv = view(this(args));
    mv.check()?;
    Ok(mv)
}

fn method<'a>(args: &Args<'a>, name: &str, min: usize, max: usize) -> PyResult<&'a [PyRef]> {
    method_args(args, "memoryview", name, min, max)
}

/// `memoryview(object)`.
fn memoryview_new(args: &Args) -> PyResult {
    check_subtype_new(&MEMORYVIEW, this(args))?;
    let [object] = args.skip_first().bind("memoryview", ["object"], 1)?;
    let object = object.expect("a required argument");
    if let Some(mv) = as_memoryview(object) {
        mv.check()?;
    }
    match view_of(object) {
        Some(v) => Ok(new_memoryview(v)),
        None => Err(PyErr::type_error(format!(
            "memoryview: a bytes-like object is required, not '{}'",
            object.type_of().name()
        ))),
    }
}

/// The Python value of one item.
fn item(format: Format, b: u8) -> PyRef {
    match format {
        Format::Unsigned => int::from_i64(i64::from(b)),
        Format::Signed => int::from_i64(i64::from(b as i8)),
        Format::Char => new_bytes(vec![b]),
    }
}

/// The byte that stores `value` as an item of `format`.
fn item_byte(format: Format, value: &PyRef) -> PyResult<u8> {
    let letter = format.letter();
    let invalid = || PyErr::value_error(format!("memoryview: invalid value for format '{letter}'"));
    let wrong_type =
        || PyErr::type_error(format!("memoryview: invalid type for format '{letter}'"));
    if format == Format::Char {
        let b = super::bytes::as_bytes(value).ok_or_else(wrong_type)?;
        return match b {
            [b] => Ok(*b),
            _ => Err(invalid()),
        };
    }
    let i = int::as_int(value).ok_or_else(wrong_type)?;
    let i = i.to_i64().ok_or_else(invalid)?;
    match format {
        Format::Signed => i8::try_from(i).map(|b| b as u8).map_err(|_| invalid()),
        _ => u8::try_from(i).map_err(|_| invalid()),
    }
}

/// An int key's item number, else the errors of a bad key.
fn item_index(mv: &MemoryView, key: &PyRef) -> PyResult<usize> {
    if int::as_int(key).is_none() && key.type_of().lookup("__index__").is_none() {
        return Err(PyErr::type_error("memoryview: invalid slice key"));
    }
    let i = int::index_isize(key)?;
    let i = if i < 0 { i + mv.len as isize } else { i };
    usize::try_from(i)
        .ok()
        .filter(|&i| i < mv.len)
        .ok_or_else(|| PyErr::index_error("index out of bounds on dimension 1"))
}

fn len(args: &Args) -> PyResult {
    slot_args(args, "__len__", 0)?;
    Ok(int::from_i64(live(args)?.len as i64))
}

fn getitem(args: &Args) -> PyResult {
    let a = slot_args(args, "__getitem__", 1)?;
    let mv = live(args)?;
    if let Some((start, step, count)) = mv.slice_of(&a[0])? {
        return Ok(new_memoryview(mv.sliced(start, step, count)));
    }
    let i = item_index(mv, &a[0])?;
    Ok(item(mv.format, mv.get(i)?))
}

fn setitem(args: &Args) -> PyResult {
    let a = slot_args(args, "__setitem__", 2)?;
    let mv = live(args)?;
    if mv.readonly {
        return Err(PyErr::type_error("cannot modify read-only memory"));
    }
    let (key, value) = (&a[0], &a[1]);
    if let Some((start, step, count)) = mv.slice_of(key)? {
        let new = bytes_like(value).ok_or_else(|| {
            PyErr::type_error(format!(
                "a bytes-like object is required, not '{}'",
                value.type_of().name()
            ))
        })?;
        if new.len() != count {
            return Err(PyErr::value_error(
                "memoryview assignment: lvalue and rvalue have different structures",
            ));
        }
        let indices = (0..count).map(|k| (start + k as isize * step) as usize);
        mv.store(indices, &new)?;
        return Ok(none());
    }
    let i = item_index(mv, key)?;
    let b = item_byte(mv.format, value)?;
    mv.store(std::iter::once(i), &[b])?;
    Ok(none())
}

fn delitem(args: &Args) -> PyResult {
    slot_args(args, "__delitem__", 1)?;
    let mv = live(args)?;
    Err(PyErr::type_error(if mv.readonly {
        "cannot modify read-only memory"
    } else {
        "cannot delete memory"
    }))
}

fn repr(args: &Args) -> PyResult {
    slot_args(args, "__repr__", 0)?;
    let obj = this(args);
    let state = if view(obj).is_released() {
        "released "
    } else {
        ""
    };
    Ok(pystr::new_str(&format!(
        "<{state}memory at {:#x}>",
        obj.id()
    )))
}

fn hash(args: &Args) -> PyResult {
    slot_args(args, "__hash__", 0)?;
    let mv = live(args)?;
    if !mv.readonly {
        return Err(PyErr::value_error("cannot hash writable memoryview object"));
    }
    Ok(int::from_i64(
        Bytes::new(mv.to_vec()?.into_boxed_slice()).hash(),
    ))
}

/// One item as `==` compares it: formats `B` and `b` as numbers, `c` as
/// a byte string, so views of different kinds of item are unequal.
#[derive(PartialEq)]
enum Unpacked {
    Number(i16),
    Char(u8),
}

fn unpack(format: Format, b: u8) -> Unpacked {
    match format {
        Format::Unsigned => Unpacked::Number(i16::from(b)),
        Format::Signed => Unpacked::Number(i16::from(b as i8)),
        Format::Char => Unpacked::Char(b),
    }
}

/// `==` and `!=` with another view or a bytes-like object; a released
/// view equals only itself.
fn compare(args: &Args, op: CompareOp) -> PyResult {
    let a = slot_args(args, op.dunder(), 1)?;
    let (obj, other) = (this(args), &a[0]);
    if !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(not_implemented());
    }
    let mv = view(obj);
    let other_format = as_memoryview(other).map_or(Format::Unsigned, |o| o.format);
    let released = mv.is_released() || as_memoryview(other).is_some_and(MemoryView::is_released);
    let equal = if released {
        obj.id() == other.id()
    } else {
        let Some(theirs) = bytes_like(other) else {
            return Ok(not_implemented());
        };
        let ours = mv.to_vec()?;
        ours.len() == theirs.len()
            && ours
                .iter()
                .zip(theirs.iter())
                .all(|(&x, &y)| unpack(mv.format, x) == unpack(other_format, y))
    };
    Ok(from_bool(equal == (op == CompareOp::Eq)))
}

fn eq(args: &Args) -> PyResult {
    compare(args, CompareOp::Eq)
}

fn ne(args: &Args) -> PyResult {
    compare(args, CompareOp::Ne)
}

fn tobytes(args: &Args) -> PyResult {
    args.skip_first().bind("tobytes", ["order"], 0)?;
    Ok(new_bytes(live(args)?.to_vec()?))
}

fn tolist(args: &Args) -> PyResult {
    method(args, "tolist", 0, 0)?;
    let mv = live(args)?;
    let items = mv.to_vec()?.into_iter().map(|b| item(mv.format, b));
    Ok(list::new_list(items.collect()))
}

/// `hex(sep, bytes_per_sep)`: bytes.hex of a copy (taken once, so a
/// release by another thread meanwhile cannot matter).
fn hex(args: &Args) -> PyResult {
    let mut items = args.items().to_vec();
    items[0] = new_bytes(live(args)?.to_vec()?);
    super::bytes_methods::hex(&Args::with_kwnames(&items, args.kwnames()))
}

fn release(args: &Args) -> PyResult {
    method(args, "release", 0, 0)?;
    view(this(args)).release();
    Ok(none())
}

fn enter(args: &Args) -> PyResult {
    method(args, "__enter__", 0, 0)?;
    live(args)?;
    Ok(this(args).clone())
}

fn exit(args: &Args) -> PyResult {
    view(this(args)).release();
    Ok(none())
}

/// The one-byte format a `cast()` names (an optional `@` before it).
fn cast_format(name: &PyRef) -> PyResult<Format> {
    let Some(s) = pystr::as_str(name) else {
        return Err(PyErr::type_error(format!(
            "memoryview: format argument must be a string, not {}",
            name.type_of().name()
        )));
    };
    let s = s.to_utf8_lossy();
    let letter = s.strip_prefix('@').unwrap_or(&s);
    match letter {
        "B" => Ok(Format::Unsigned),
        "b" => Ok(Format::Signed),
        "c" => Ok(Format::Char),
        "?" | "h" | "H" | "i" | "I" | "l" | "L" | "q" | "Q" | "n" | "N" | "f" | "d" | "e" | "P" => {
            Err(PyErr::not_implemented_error(format!(
                "memoryview: cast to format '{letter}' is not supported"
            )))
        }
        _ => Err(PyErr::value_error(
            "memoryview: destination format must be a native single character format prefixed with an optional '@'",
        )),
    }
}

fn cast(args: &Args) -> PyResult {
    let [format, shape] = args.skip_first().bind("cast", ["format", "shape"], 1)?;
    let mv = live(args)?;
    let format = cast_format(format.expect("a required argument"))?;
    if shape.is_some() {
        return Err(PyErr::not_implemented_error(
            "memoryview: cast() with a shape is not supported",
        ));
    }
    Ok(new_memoryview(mv.recast(format)))
}

fn toreadonly(args: &Args) -> PyResult {
    method(args, "toreadonly", 0, 0)?;
    let mut copy = live(args)?.recast(view(this(args)).format);
    copy.readonly = true;
    Ok(new_memoryview(copy))
}

/// A getter of a property of a live view.
macro_rules! getters {
    ($($name:ident => |$mv:ident| $value:expr;)*) => {
        $(fn $name(obj: &PyRef) -> PyResult {
            let $mv = view(obj);
            $mv.check()?;
            Ok($value)
        })*
    };
}

getters! {
    get_obj => |mv| mv.base.clone();
    get_nbytes => |mv| int::from_i64(mv.len as i64);
    get_readonly => |mv| from_bool(mv.readonly);
    get_itemsize => |mv| int::from_i64(1);
    get_format => |mv| pystr::new_str(mv.format.letter());
    get_ndim => |mv| int::from_i64(1);
    get_shape => |mv| tuple::new_tuple(vec![int::from_i64(mv.len as i64)]);
    get_strides => |mv| tuple::new_tuple(vec![int::from_i64(mv.step as i64)]);
    get_suboffsets => |mv| tuple::new_tuple(Vec::new());
    get_contiguous => |mv| from_bool(mv.step == 1 || mv.len <= 1);
}

pub static MEMORY_ITERATOR: Type =
    Type::builtin::<SeqIter>("memory_iterator", Some(&OBJECT), 0, iter_slots());

const fn iter_slots() -> Slots {
    Slots {
        iternext: Some(iter_next),
        ..Slots::NONE
    }
}

fn iter_next(it: &PyRef) -> PyResult<Option<PyRef>> {
    let s = it.payload::<SeqIter>().expect("a memory iterator");
    let mv = view(&s.seq);
    mv.check()?;
    let i = s.index.load(Relaxed);
    if i >= mv.len {
        return Ok(None);
    }
    s.index.store(i + 1, Relaxed);
    Ok(Some(item(mv.format, mv.get(i)?)))
}

fn iter(args: &Args) -> PyResult {
    slot_args(args, "__iter__", 0)?;
    live(args)?;
    Ok(PyRef::new(
        SeqIter {
            seq: this(args).clone(),
            index: AtomicUsize::new(0),
        },
        &MEMORY_ITERATOR,
    ))
}

pub(super) fn register() {
    add_iterator_methods(&MEMORY_ITERATOR);
    let t = &MEMORYVIEW;
    t.add_static("__new__", memoryview_new);
    let methods: &[(&'static str, super::native::NativeFn)] = &[
        ("__len__", len),
        ("__getitem__", getitem),
        ("__setitem__", setitem),
        ("__delitem__", delitem),
        ("__iter__", iter),
        ("__repr__", repr),
        ("__hash__", hash),
        ("__eq__", eq),
        ("__ne__", ne),
        ("tobytes", tobytes),
        ("tolist", tolist),
        ("hex", hex),
        ("release", release),
        ("__enter__", enter),
        ("__exit__", exit),
        ("cast", cast),
        ("toreadonly", toreadonly),
    ];
    for &(name, f) in methods {
        t.add_method(name, f);
    }
    let getters: &[(&'static str, super::native::Getter)] = &[
        ("obj", get_obj),
        ("nbytes", get_nbytes),
        ("readonly", get_readonly),
        ("itemsize", get_itemsize),
        ("format", get_format),
        ("ndim", get_ndim),
        ("shape", get_shape),
        ("strides", get_strides),
        ("suboffsets", get_suboffsets),
        ("c_contiguous", get_contiguous),
        ("f_contiguous", get_contiguous),
        ("contiguous", get_contiguous),
    ];
    for &(name, get) in getters {
        t.add_getset(name, get, None);
    }
}
