//! The methods bytes and bytearray share (registered on both; results take
//! the type of `self`), and bytes' own constructor and hash. The searching,
//! splitting-on-a-separator, replacing and padding algorithms are the str
//! ones ([`crate::text`]) applied to the Latin-1 string of the bytes; what
//! differs for bytes (ASCII-only whitespace, case and character classes,
//! line ends) is here.

use super::args::Args;
use super::bytearray::{BYTEARRAY, new_bytearray};
use super::bytes::{
    BYTES, Bytes, as_bytes, bytes_like, from_latin1, is_bytearray_like, latin1, new_bytes,
    with_bytes,
};
use super::iterators::SeqIter;
use super::method_args::iterate;
use super::method_args::{c_int, codec_args, method_args, rich_comparisons, slot_args, ssize};
use super::percent_format::{Mode, percent_format};
use super::slice::{self, slice_index};
use super::str_methods::add_iterator_methods;
use super::{
    OBJECT, Slots, Type, alloc_instance, check_subtype_new, from_bool, int, is_none, list,
    not_implemented, str as pystr, tuple,
};
use crate::err::{PyErr, PyResult};
use crate::object::PyRef;
use crate::ops::{self, CompareOp};
use crate::text::{self, PyStr};
use std::borrow::Cow;
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

fn this<'a>(args: &Args<'a>) -> &'a PyRef {
    &args.positional()[0]
}

/// The bytes of `self` (a bytes or bytearray, checked by the descriptor).
fn data<'a>(args: &Args<'a>) -> Cow<'a, [u8]> {
    bytes_like(this(args)).expect("a bytes-like self")
}

/// "bytes" or "bytearray", as messages name `self`'s type.
fn kind(obj: &PyRef) -> &'static str {
    let ty = Type::from_object(obj).unwrap_or(obj.type_of());
    if ty.is_subtype(&BYTEARRAY) {
        "bytearray"
    } else {
        "bytes"
    }
}

/// The arguments after `self` of the positional-only method `name` of
/// `self`'s kind (messages say `bytes.m()` or `bytearray.m()`).
fn method<'a>(args: &Args<'a>, name: &str, min: usize, max: usize) -> PyResult<&'a [PyRef]> {
    method_args(args, kind(this(args)), name, min, max)
}

/// A method taking no arguments beyond `self`.
fn no_args(args: &Args, name: &str) -> PyResult<()> {
    method(args, name, 0, 0).map(drop)
}

/// A new object of `self`'s kind (bytes or bytearray).
fn like(obj: &PyRef, value: Vec<u8>) -> PyRef {
    if is_bytearray_like(obj) {
        new_bytearray(value)
    } else {
        new_bytes(value)
    }
}

fn like_str(obj: &PyRef, s: &PyStr) -> PyRef {
    like(obj, from_latin1(s))
}

/// An int in `range(0, 256)`, as bytearray items and `in` take them.
pub(super) fn byte_value(obj: &PyRef) -> PyResult<u8> {
    let i = int::index(obj)?;
    i.to_i64()
        .and_then(|i| u8::try_from(i).ok())
        .ok_or_else(|| PyErr::value_error("byte must be in range(0, 256)"))
}

/// A bytes-like argument, else "a bytes-like object is required".
fn buffer_arg(obj: &PyRef) -> PyResult<Cow<'_, [u8]>> {
    bytes_like(obj).ok_or_else(|| {
        PyErr::type_error(format!(
            "a bytes-like object is required, not '{}'",
            obj.type_of().name()
        ))
    })
}

/// The `sub` of find/count/index: bytes-like or an int byte value.
fn sub_arg(obj: &PyRef) -> PyResult<Vec<u8>> {
    if let Some(b) = bytes_like(obj) {
        return Ok(b.into_owned());
    }
    if int::as_int(obj).is_some() || obj.type_of().lookup("__index__").is_some() {
        return Ok(vec![byte_value(obj)?]);
    }
    Err(PyErr::type_error(format!(
        "argument should be integer or bytes-like object, not '{}'",
        obj.type_of().name()
    )))
}

/// The contents `bytes(source, encoding, errors)` /
/// `bytearray(source, encoding, errors)` describe.
pub(super) fn collect_source(args: &Args, tname: &str) -> PyResult<Vec<u8>> {
    let [source, encoding, errors] = args.bind(tname, ["source", "encoding", "errors"], 0)?;
    if let Some(s) = source.and_then(pystr::as_str) {
        if encoding.is_none() {
            return Err(PyErr::type_error("string argument without an encoding"));
        }
        let (encoding, errors) = codec_args(tname, encoding, errors)?;
        return Ok(s.encode(&encoding, &errors)?);
    }
    if encoding.is_some() {
        return Err(PyErr::type_error("encoding without a string argument"));
    }
    if errors.is_some() {
        return Err(PyErr::type_error("errors without a string argument"));
    }
    let Some(source) = source else {
        return Ok(Vec::new());
    };
    if tname == "bytes" && source.type_of().lookup("__bytes__").is_some() {
        let r = ops::call_method(source, "__bytes__", &[])?;
        return match as_bytes(&r) {
            Some(b) => Ok(b.to_vec()),
            None => Err(PyErr::type_error(format!(
                "__bytes__ returned non-bytes (type {})",
                r.type_of().name()
            ))),
        };
    }
    if int::as_int(source).is_some() || source.type_of().lookup("__index__").is_some() {
        let n = ssize(source)?;
        let n = usize::try_from(n).map_err(|_| PyErr::value_error("negative count"))?;
        return Ok(vec![0; n]);
    }
    if let Some(b) = bytes_like(source) {
        return Ok(b.into_owned());
    }
    let items = iterate(
        source,
        &format!(
            "cannot convert '{}' object to {tname}",
            source.type_of().name()
        ),
    )?;
    let range_error = if tname == "bytes" {
        "bytes must be in range(0, 256)"
    } else {
        "byte must be in range(0, 256)"
    };
    items
        .iter()
        .map(|item| {
            byte_value(item).map_err(|e| {
                if e.matches(&super::exceptions::VALUE_ERROR) {
                    PyErr::value_error(range_error)
                } else {
                    e
                }
            })
        })
        .collect()
}

fn bytes_new(args: &Args) -> PyResult {
    let cls = check_subtype_new(&BYTES, this(args))?;
    let value = collect_source(&args.skip_first(), "bytes")?;
    Ok(alloc_instance(Bytes::new(value.into_boxed_slice()), cls))
}

fn bytes_hash(args: &Args) -> PyResult {
    slot_args(args, "__hash__", 0)?;
    let b = this(args).payload::<Bytes>().expect("a bytes");
    Ok(int::from_i64(b.hash()))
}

fn bytes_bytes(args: &Args) -> PyResult {
    method(args, "__bytes__", 0, 0)?;
    let obj = this(args);
    if std::ptr::eq(obj.type_of(), &BYTES) {
        return Ok(obj.clone());
    }
    Ok(new_bytes(data(args).into_owned()))
}

fn repr(args: &Args) -> PyResult {
    slot_args(args, "__repr__", 0)?;
    let obj = this(args);
    let body = super::bytes::repr(&data(args));
    Ok(pystr::new_str(&if is_bytearray_like(obj) {
        format!("{}({body})", obj.type_of().name())
    } else {
        body
    }))
}

fn len(args: &Args) -> PyResult {
    slot_args(args, "__len__", 0)?;
    let n = with_bytes(this(args), <[u8]>::len).expect("a bytes-like self");
    Ok(int::from_i64(n as i64))
}

fn getitem(args: &Args) -> PyResult {
    let a = slot_args(args, "__getitem__", 1)?;
    let (obj, key) = (this(args), &a[0]);
    if let Some(bounds) = slice::unpack(key)? {
        let picked = with_bytes(obj, |bytes| {
            let (start, _, step, count) = slice::adjust_indices(bounds, bytes.len());
            slice::positions(start, step, count)
                .map(|i| bytes[i])
                .collect()
        });
        return Ok(like(obj, picked.expect("a bytes-like self")));
    }
    if int::as_int(key).is_none() && key.type_of().lookup("__index__").is_none() {
        let what = if is_bytearray_like(obj) {
            "bytearray"
        } else {
            "byte"
        };
        return Err(PyErr::type_error(format!(
            "{what} indices must be integers or slices, not {}",
            key.type_of().name()
        )));
    }
    let i = int::index_isize(key)?;
    let item = with_bytes(obj, |bytes| {
        let i = if i < 0 { i + bytes.len() as isize } else { i };
        usize::try_from(i).ok().and_then(|i| bytes.get(i).copied())
    });
    match item.flatten() {
        Some(b) => Ok(int::from_i64(i64::from(b))),
        None => Err(PyErr::index_error(if is_bytearray_like(obj) {
            "bytearray index out of range"
        } else {
            "index out of range"
        })),
    }
}

pub static BYTES_ITERATOR: Type =
    Type::builtin::<SeqIter>("bytes_iterator", Some(&OBJECT), 0, iter_slots());
pub static BYTEARRAY_ITERATOR: Type =
    Type::builtin::<SeqIter>("bytearray_iterator", Some(&OBJECT), 0, iter_slots());

const fn iter_slots() -> Slots {
    Slots {
        iternext: Some(iter_next),
        ..Slots::NONE
    }
}

fn iter_next(it: &PyRef) -> PyResult<Option<PyRef>> {
    let s = it.payload::<SeqIter>().expect("a bytes iterator");
    let i = s.index.load(Relaxed);
    let item = with_bytes(&s.seq, |b| b.get(i).copied()).flatten();
    if item.is_some() {
        s.index.store(i + 1, Relaxed);
    }
    Ok(item.map(|b| int::from_i64(i64::from(b))))
}

fn iter(args: &Args) -> PyResult {
    slot_args(args, "__iter__", 0)?;
    let obj = this(args);
    let ty = if is_bytearray_like(obj) {
        &BYTEARRAY_ITERATOR
    } else {
        &BYTES_ITERATOR
    };
    Ok(PyRef::new(
        SeqIter {
            seq: obj.clone(),
            index: AtomicUsize::new(0),
        },
        ty,
    ))
}

fn contains(args: &Args) -> PyResult {
    let a = slot_args(args, "__contains__", 1)?;
    let item = &a[0];
    let found = if int::as_int(item).is_some() || item.type_of().lookup("__index__").is_some() {
        let b = byte_value(item)?;
        with_bytes(this(args), |hay| hay.contains(&b)).expect("a bytes-like self")
    } else {
        latin1(&data(args)).contains(&latin1(&buffer_arg(item)?))
    };
    Ok(from_bool(found))
}

fn add(args: &Args) -> PyResult {
    let a = slot_args(args, "__add__", 1)?;
    let obj = this(args);
    let Some(other) = bytes_like(&a[0]) else {
        return Err(PyErr::type_error(format!(
            "can't concat {} to {}",
            a[0].type_of().name(),
            kind(obj)
        )));
    };
    let mut out = data(args).into_owned();
    out.extend_from_slice(&other);
    Ok(like(obj, out))
}

fn mul(args: &Args) -> PyResult {
    let a = slot_args(args, "__mul__", 1)?;
    let n = super::seq::repeat_count(&a[0])?;
    Ok(like(this(args), super::seq::repeat(&data(args), n)?))
}

fn modulo(args: &Args) -> PyResult {
    let a = slot_args(args, "__mod__", 1)?;
    let template: Vec<u32> = data(args).iter().map(|&b| u32::from(b)).collect();
    let out = percent_format(&template, &a[0], Mode::Bytes)?;
    Ok(like(this(args), out.into_iter().map(|c| c as u8).collect()))
}

fn compare(args: &Args, op: CompareOp) -> PyResult {
    let a = slot_args(args, op.dunder(), 1)?;
    // A memoryview compares itself (only for equality).
    if super::memoryview::as_memoryview(&a[0]).is_some() {
        return Ok(not_implemented());
    }
    match bytes_like(&a[0]) {
        Some(other) => Ok(from_bool(op.test(data(args).as_ref().cmp(other.as_ref())))),
        None => Ok(not_implemented()),
    }
}

rich_comparisons!(compare);

fn decode(args: &Args) -> PyResult {
    let [encoding, errors] = args
        .skip_first()
        .bind("decode", ["encoding", "errors"], 0)?;
    let (encoding, errors) = codec_args("decode", encoding, errors)?;
    Ok(pystr::from_pystr(text::decode(
        &data(args),
        &encoding,
        &errors,
    )?))
}

pub(super) fn hex(args: &Args) -> PyResult {
    let [sep, per] = args.skip_first().bind("hex", ["sep", "bytes_per_sep"], 0)?;
    let bytes = data(args);
    let digits: Vec<String> = bytes.iter().map(|b| format!("{b:02x}")).collect();
    let Some(sep) = sep else {
        return Ok(pystr::new_str(&digits.concat()));
    };
    let sep = match (pystr::as_str(sep), bytes_like(sep)) {
        (Some(s), _) => s.to_utf8_lossy(),
        (None, Some(b)) => String::from_utf8_lossy(&b).into_owned(),
        _ => {
            return Err(PyErr::type_error(format!(
                "sep must be str or bytes, not {}",
                sep.type_of().name()
            )));
        }
    };
    if sep.chars().count() != 1 {
        return Err(PyErr::value_error("sep must be length 1."));
    }
    let per = match per {
        Some(p) => ssize(p)?,
        None => 1,
    };
    if per == 0 || digits.is_empty() {
        return Ok(pystr::new_str(&digits.concat()));
    }
    let group = per.unsigned_abs();
    let n = digits.len();
    // Groups are counted from the right for a positive size, else the left.
    let first = if per > 0 { n % group } else { group.min(n) };
    let mut out = String::new();
    for (i, d) in digits.iter().enumerate() {
        let boundary = if per > 0 {
            i > 0 && (i + group - first) % group == 0
        } else {
            i > 0 && i % group == 0
        };
        if boundary {
            out.push_str(&sep);
        }
        out.push_str(d);
    }
    Ok(pystr::new_str(&out))
}

fn fromhex(args: &Args) -> PyResult {
    let a = method(args, "fromhex", 1, 1)?;
    let cls = this(args);
    let text: Vec<u32> = match (pystr::as_str(&a[0]), bytes_like(&a[0])) {
        (Some(s), _) => s.code_points().collect(),
        (None, Some(b)) => b.iter().map(|&b| u32::from(b)).collect(),
        _ => {
            return Err(PyErr::type_error(format!(
                "fromhex() argument must be str or bytes-like, not {}",
                a[0].type_of().name()
            )));
        }
    };
    let digit = |c: u32| char::from_u32(c).and_then(|c| c.to_digit(16));
    let mut out = Vec::new();
    let mut i = 0;
    while i < text.len() {
        if char::from_u32(text[i]).is_some_and(|c| c.is_ascii_whitespace() || c == '\x0b') {
            i += 1;
            continue;
        }
        let bad = |at: usize| {
            PyErr::value_error(format!(
                "non-hexadecimal number found in fromhex() arg at position {at}"
            ))
        };
        let hi = digit(text[i]).ok_or_else(|| bad(i))?;
        let Some(&next) = text.get(i + 1) else {
            return Err(PyErr::value_error(
                "fromhex() arg must contain an even number of hexadecimal digits",
            ));
        };
        let lo = digit(next).ok_or_else(|| bad(i + 1))?;
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    let ty = Type::from_object(cls);
    if ty.is_some_and(|t| std::ptr::eq(t, &BYTES)) {
        return Ok(new_bytes(out));
    }
    if ty.is_some_and(|t| std::ptr::eq(t, &BYTEARRAY)) {
        return Ok(new_bytearray(out));
    }
    let base = if ty.is_some_and(|t| t.is_subtype(&BYTEARRAY)) {
        new_bytearray(out)
    } else {
        new_bytes(out)
    };
    ops::call(cls, &[base])
}

fn join(args: &Args) -> PyResult {
    let a = method(args, "join", 1, 1)?;
    let items = iterate(&a[0], "can only join an iterable")?;
    let sep = data(args);
    let mut out = Vec::new();
    for (k, item) in items.iter().enumerate() {
        let Some(b) = bytes_like(item) else {
            return Err(PyErr::type_error(format!(
                "sequence item {k}: expected a bytes-like object, {} found",
                item.type_of().name()
            )));
        };
        if k > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend_from_slice(&b);
    }
    Ok(like(this(args), out))
}

/// ASCII whitespace, as bytes methods define it.
fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// `split(None, maxsplit)` on ASCII whitespace; `reverse` counts the
/// splits from the right.
fn split_whitespace(b: &[u8], maxsplit: usize, reverse: bool) -> Vec<Vec<u8>> {
    let mut parts = Vec::new();
    if reverse {
        let mut j = b.len();
        loop {
            while j > 0 && is_space(b[j - 1]) {
                j -= 1;
            }
            if j == 0 {
                break;
            }
            if parts.len() == maxsplit {
                parts.push(b[..j].to_vec());
                break;
            }
            let mut i = j;
            while i > 0 && !is_space(b[i - 1]) {
                i -= 1;
            }
            parts.push(b[i..j].to_vec());
            j = i;
        }
        parts.reverse();
    } else {
        let mut i = 0;
        loop {
            while i < b.len() && is_space(b[i]) {
                i += 1;
            }
            if i == b.len() {
                break;
            }
            if parts.len() == maxsplit {
                parts.push(b[i..].to_vec());
                break;
            }
            let mut j = i;
            while j < b.len() && !is_space(b[j]) {
                j += 1;
            }
            parts.push(b[i..j].to_vec());
            i = j;
        }
    }
    parts
}

fn split_impl(args: &Args, fname: &str, reverse: bool) -> PyResult {
    let [sep, maxsplit] = args.skip_first().bind(fname, ["sep", "maxsplit"], 0)?;
    let maxsplit = match maxsplit {
        Some(m) => ssize(m)?,
        None => -1,
    };
    let obj = this(args);
    let bytes = data(args);
    let parts: Vec<Vec<u8>> = match sep.filter(|s| !is_none(s)) {
        None => split_whitespace(
            &bytes,
            usize::try_from(maxsplit).unwrap_or(usize::MAX),
            reverse,
        ),
        Some(sep) => {
            let (hay, sep) = (latin1(&bytes), latin1(&buffer_arg(sep)?));
            let parts = if reverse {
                hay.rsplit(Some(&sep), maxsplit)?
            } else {
                hay.split(Some(&sep), maxsplit)?
            };
            parts.iter().map(from_latin1).collect()
        }
    };
    Ok(list::new_list(
        parts.into_iter().map(|p| like(obj, p)).collect(),
    ))
}

fn split(args: &Args) -> PyResult {
    split_impl(args, "split", false)
}

fn rsplit(args: &Args) -> PyResult {
    split_impl(args, "rsplit", true)
}

fn strip_impl(args: &Args, fname: &str, left: bool, right: bool) -> PyResult {
    let a = method(args, fname, 0, 1)?;
    let chars = match a.first().filter(|c| !is_none(c)) {
        Some(c) => Some(buffer_arg(c)?.into_owned()),
        None => None,
    };
    let strip = |b: u8| {
        chars
            .as_ref()
            .map_or_else(|| is_space(b), |c| c.contains(&b))
    };
    let bytes = data(args);
    let mut start = 0;
    let mut end = bytes.len();
    if left {
        while start < end && strip(bytes[start]) {
            start += 1;
        }
    }
    if right {
        while end > start && strip(bytes[end - 1]) {
            end -= 1;
        }
    }
    Ok(like(this(args), bytes[start..end].to_vec()))
}

fn strip(args: &Args) -> PyResult {
    strip_impl(args, "strip", true, true)
}

fn lstrip(args: &Args) -> PyResult {
    strip_impl(args, "lstrip", true, false)
}

fn rstrip(args: &Args) -> PyResult {
    strip_impl(args, "rstrip", false, true)
}

/// The `(sub, start, end)` of find/count/index.
fn search_args(args: &Args, fname: &str) -> PyResult<(PyStr, PyStr, Option<isize>, Option<isize>)> {
    let a = method(args, fname, 1, 3)?;
    let sub = latin1(&sub_arg(&a[0])?);
    let start = a.get(1).map(slice_index).transpose()?.flatten();
    let end = a.get(2).map(slice_index).transpose()?.flatten();
    Ok((latin1(&data(args)), sub, start, end))
}

fn find(args: &Args) -> PyResult {
    let (hay, sub, start, end) = search_args(args, "find")?;
    Ok(int::from_i64(hay.find(&sub, start, end) as i64))
}

fn rfind(args: &Args) -> PyResult {
    let (hay, sub, start, end) = search_args(args, "rfind")?;
    Ok(int::from_i64(hay.rfind(&sub, start, end) as i64))
}

fn index_impl(args: &Args, fname: &str, reverse: bool) -> PyResult {
    let (hay, sub, start, end) = search_args(args, fname)?;
    let at = if reverse {
        hay.rfind(&sub, start, end)
    } else {
        hay.find(&sub, start, end)
    };
    if at < 0 {
        return Err(PyErr::value_error("subsection not found"));
    }
    Ok(int::from_i64(at as i64))
}

fn index(args: &Args) -> PyResult {
    index_impl(args, "index", false)
}

fn rindex(args: &Args) -> PyResult {
    index_impl(args, "rindex", true)
}

fn count(args: &Args) -> PyResult {
    let (hay, sub, start, end) = search_args(args, "count")?;
    Ok(int::from_i64(hay.count(&sub, start, end) as i64))
}

fn affix_impl(args: &Args, fname: &str, at_end: bool) -> PyResult {
    let a = method(args, fname, 1, 3)?;
    let start = a.get(1).map(slice_index).transpose()?.flatten();
    let end = a.get(2).map(slice_index).transpose()?.flatten();
    let hay = latin1(&data(args));
    let test = |affix: &[u8]| {
        let affix = latin1(affix);
        if at_end {
            hay.endswith(&affix, start, end)
        } else {
            hay.startswith(&affix, start, end)
        }
    };
    if let Some(items) = tuple::as_slice(&a[0]) {
        for item in items {
            let Some(b) = bytes_like(item) else {
                return Err(PyErr::type_error(format!(
                    "a bytes-like object is required, not '{}'",
                    item.type_of().name()
                )));
            };
            if test(&b) {
                return Ok(from_bool(true));
            }
        }
        return Ok(from_bool(false));
    }
    match bytes_like(&a[0]) {
        Some(b) => Ok(from_bool(test(&b))),
        None => Err(PyErr::type_error(format!(
            "{fname} first arg must be bytes or a tuple of bytes, not {}",
            a[0].type_of().name()
        ))),
    }
}

fn startswith(args: &Args) -> PyResult {
    affix_impl(args, "startswith", false)
}

fn endswith(args: &Args) -> PyResult {
    affix_impl(args, "endswith", true)
}

fn replace(args: &Args) -> PyResult {
    let a = method(args, "replace", 2, 3)?;
    let count = a.get(2).map_or(Ok(-1), ssize)?;
    let (old, new) = (latin1(&buffer_arg(&a[0])?), latin1(&buffer_arg(&a[1])?));
    let out = latin1(&data(args)).replace(&old, &new, count);
    Ok(like_str(this(args), &out))
}

/// `translate(table, /, delete=b'')`: `table` is None or 256 bytes.
fn translate(args: &Args) -> PyResult {
    let rest = args.skip_first();
    if rest.positional().is_empty() {
        return Err(PyErr::type_error(
            "translate() takes at least 1 positional argument (0 given)",
        ));
    }
    let [table, delete] = rest.bind("translate", ["table", "delete"], 1)?;
    let table = match table.filter(|t| !is_none(t)) {
        None => None,
        Some(t) => {
            let t = buffer_arg(t)?.into_owned();
            if t.len() != 256 {
                return Err(PyErr::value_error(
                    "translation table must be 256 characters long",
                ));
            }
            Some(t)
        }
    };
    let delete = delete.map(buffer_arg).transpose()?.unwrap_or_default();
    let out = data(args)
        .iter()
        .filter(|b| !delete.contains(b))
        .map(|&b| table.as_ref().map_or(b, |t| t[usize::from(b)]))
        .collect();
    Ok(like(this(args), out))
}

/// `bytes.maketrans(frm, to)`: the 256-byte table mapping each byte of
/// `frm` to the byte of `to` at the same position.
fn maketrans(args: &Args) -> PyResult {
    let a = args.exact("maketrans", 2, 2)?;
    let (from, to) = (buffer_arg(&a[0])?, buffer_arg(&a[1])?);
    if from.len() != to.len() {
        return Err(PyErr::value_error(
            "maketrans arguments must have same length",
        ));
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (&f, &t) in from.iter().zip(to.iter()) {
        table[usize::from(f)] = t;
    }
    Ok(new_bytes(table))
}

fn partition_impl(args: &Args, fname: &str, reverse: bool) -> PyResult {
    let a = method(args, fname, 1, 1)?;
    let sep = latin1(&buffer_arg(&a[0])?);
    let hay = latin1(&data(args));
    let parts = if reverse {
        hay.rpartition(&sep)?
    } else {
        hay.partition(&sep)?
    };
    let obj = this(args);
    Ok(tuple::new_tuple(
        parts.iter().map(|p| like_str(obj, p)).collect(),
    ))
}

fn partition(args: &Args) -> PyResult {
    partition_impl(args, "partition", false)
}

fn rpartition(args: &Args) -> PyResult {
    partition_impl(args, "rpartition", true)
}

fn removeprefix(args: &Args) -> PyResult {
    let a = method(args, "removeprefix", 1, 1)?;
    let prefix = buffer_arg(&a[0])?;
    let bytes = data(args);
    let rest = bytes.strip_prefix(prefix.as_ref()).unwrap_or(&bytes);
    Ok(like(this(args), rest.to_vec()))
}

fn removesuffix(args: &Args) -> PyResult {
    let a = method(args, "removesuffix", 1, 1)?;
    let suffix = buffer_arg(&a[0])?;
    let bytes = data(args);
    let rest = bytes.strip_suffix(suffix.as_ref()).unwrap_or(&bytes);
    Ok(like(this(args), rest.to_vec()))
}

/// The methods that map each byte independently.
macro_rules! byte_maps {
    ($($name:ident, $fname:literal => $f:expr;)*) => {
        $(fn $name(args: &Args) -> PyResult {
            no_args(args, $fname)?;
            let f: fn(u8) -> u8 = $f;
            Ok(like(this(args), data(args).iter().map(|&b| f(b)).collect()))
        })*
    };
}
byte_maps! {
    upper, "upper" => |b| b.to_ascii_uppercase();
    lower, "lower" => |b| b.to_ascii_lowercase();
    swapcase, "swapcase" => |b| if b.is_ascii_uppercase() {
        b.to_ascii_lowercase()
    } else {
        b.to_ascii_uppercase()
    };
}

fn capitalize(args: &Args) -> PyResult {
    no_args(args, "capitalize")?;
    let out = data(args)
        .iter()
        .enumerate()
        .map(|(i, b)| {
            if i == 0 {
                b.to_ascii_uppercase()
            } else {
                b.to_ascii_lowercase()
            }
        })
        .collect();
    Ok(like(this(args), out))
}

fn title(args: &Args) -> PyResult {
    no_args(args, "title")?;
    let mut previous_cased = false;
    let out = data(args)
        .iter()
        .map(|&b| {
            let mapped = if previous_cased {
                b.to_ascii_lowercase()
            } else {
                b.to_ascii_uppercase()
            };
            previous_cased = b.is_ascii_alphabetic();
            mapped
        })
        .collect();
    Ok(like(this(args), out))
}

/// The `is*` predicates: non-empty and every byte passing (isascii: empty allowed).
macro_rules! predicates {
    ($($name:ident, $fname:literal => $f:expr;)*) => {
        $(fn $name(args: &Args) -> PyResult {
            no_args(args, $fname)?;
            let f: fn(&[u8]) -> bool = $f;
            Ok(from_bool(f(&data(args))))
        })*
    };
}
predicates! {
    isalpha, "isalpha" => |b| !b.is_empty() && b.iter().all(u8::is_ascii_alphabetic);
    isalnum, "isalnum" => |b| !b.is_empty() && b.iter().all(u8::is_ascii_alphanumeric);
    isdigit, "isdigit" => |b| !b.is_empty() && b.iter().all(u8::is_ascii_digit);
    isspace, "isspace" => |b| !b.is_empty() && b.iter().all(|&c| is_space(c));
    isascii, "isascii" => |b| b.is_ascii();
    islower, "islower" => |b| b.iter().any(u8::is_ascii_lowercase) && !b.iter().any(u8::is_ascii_uppercase);
    isupper, "isupper" => |b| b.iter().any(u8::is_ascii_uppercase) && !b.iter().any(u8::is_ascii_lowercase);
    istitle, "istitle" => |b| latin1(b).istitle();
}

fn pad_impl(
    args: &Args,
    fname: &str,
    how: fn(&PyStr, isize, u32) -> Result<PyStr, text::TextError>,
) -> PyResult {
    let a = method(args, fname, 1, 2)?;
    let width = ssize(&a[0])?;
    let fill = match a.get(1) {
        None => b' ',
        Some(f) => match bytes_like(f) {
            Some(b) if b.len() == 1 => b[0],
            Some(b) => {
                return Err(PyErr::type_error(format!(
                    "{fname}(): argument 2 must be a byte string of length 1, not a {} object of length {}",
                    f.type_of().name(),
                    b.len()
                )));
            }
            None => {
                return Err(PyErr::type_error(format!(
                    "{fname}() argument 2 must be a byte string of length 1, not {}",
                    f.type_of().name()
                )));
            }
        },
    };
    let out = how(&latin1(&data(args)), width, u32::from(fill))?;
    Ok(like_str(this(args), &out))
}

fn center(args: &Args) -> PyResult {
    pad_impl(args, "center", PyStr::center)
}

fn ljust(args: &Args) -> PyResult {
    pad_impl(args, "ljust", PyStr::ljust)
}

fn rjust(args: &Args) -> PyResult {
    pad_impl(args, "rjust", PyStr::rjust)
}

fn zfill(args: &Args) -> PyResult {
    let a = method(args, "zfill", 1, 1)?;
    let out = latin1(&data(args)).zfill(ssize(&a[0])?)?;
    Ok(like_str(this(args), &out))
}

fn splitlines(args: &Args) -> PyResult {
    let [keepends] = args.skip_first().bind("splitlines", ["keepends"], 0)?;
    let keepends = keepends.map_or(Ok(false), ops::truthy)?;
    let bytes = data(args);
    let obj = this(args);
    let mut lines = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let start = i;
        while i < bytes.len() && bytes[i] != b'\n' && bytes[i] != b'\r' {
            i += 1;
        }
        let mut eol = i;
        if i < bytes.len() {
            i += if bytes[i] == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
                2
            } else {
                1
            };
            if keepends {
                eol = i;
            }
        }
        lines.push(like(obj, bytes[start..eol].to_vec()));
    }
    Ok(list::new_list(lines))
}

fn expandtabs(args: &Args) -> PyResult {
    let [tabsize] = args.skip_first().bind("expandtabs", ["tabsize"], 0)?;
    let tabsize = match tabsize {
        Some(t) => c_int(t)?,
        None => 8,
    };
    let out = latin1(&data(args)).expandtabs(tabsize)?;
    Ok(like_str(this(args), &out))
}

pub(super) fn register() {
    add_iterator_methods(&BYTES_ITERATOR);
    add_iterator_methods(&BYTEARRAY_ITERATOR);
    BYTES.add_static("__new__", bytes_new);
    BYTES.add_method("__hash__", bytes_hash);
    BYTES.add_method("__bytes__", bytes_bytes);
    BYTES.add_classmethod("fromhex", fromhex);
    BYTEARRAY.add_classmethod("fromhex", fromhex);
    BYTES.add_static("maketrans", maketrans);
    BYTEARRAY.add_static("maketrans", maketrans);
    let methods: &[(&'static str, super::native::NativeFn)] = &[
        ("__repr__", repr),
        ("__len__", len),
        ("__getitem__", getitem),
        ("__iter__", iter),
        ("__contains__", contains),
        ("__add__", add),
        ("__mul__", mul),
        ("__rmul__", mul),
        ("__mod__", modulo),
        ("decode", decode),
        ("hex", hex),
        ("join", join),
        ("split", split),
        ("rsplit", rsplit),
        ("strip", strip),
        ("lstrip", lstrip),
        ("rstrip", rstrip),
        ("find", find),
        ("rfind", rfind),
        ("index", index),
        ("rindex", rindex),
        ("count", count),
        ("startswith", startswith),
        ("endswith", endswith),
        ("replace", replace),
        ("translate", translate),
        ("partition", partition),
        ("rpartition", rpartition),
        ("removeprefix", removeprefix),
        ("removesuffix", removesuffix),
        ("upper", upper),
        ("lower", lower),
        ("swapcase", swapcase),
        ("capitalize", capitalize),
        ("title", title),
        ("isalpha", isalpha),
        ("isalnum", isalnum),
        ("isdigit", isdigit),
        ("isspace", isspace),
        ("isascii", isascii),
        ("islower", islower),
        ("isupper", isupper),
        ("istitle", istitle),
        ("center", center),
        ("ljust", ljust),
        ("rjust", rjust),
        ("zfill", zfill),
        ("splitlines", splitlines),
        ("expandtabs", expandtabs),
    ];
    for ty in [&BYTES, &BYTEARRAY] {
        add_comparisons(ty);
        for &(name, f) in methods {
            ty.add_method(name, f);
        }
    }
}
