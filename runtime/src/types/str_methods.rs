//! The methods of `str`: argument conversion with CPython's messages around
//! the semantics in [`crate::text`], plus what needs objects (`str()`,
//! `format`, `join`, `translate`, `maketrans`, `%`, iteration).

use super::args::Args;
use super::bytes::new_bytes;
use super::iterators::SeqIter;
use super::method_args::{
    c_int, codec_args, iterate, method_args, rich_comparisons, slot_args, ssize,
};
use super::native::str_arg;
use super::percent_format::{Mode, percent_format};
use super::slice::{self, slice_index};
use super::str::{STR, Str, as_str, from_pystr, is_exact};
use super::{
    OBJECT, Slots, Type, alloc_instance, bytes, check_subtype_new, dict, exceptions, from_bool,
    int, is_none, list, none, not_implemented, tuple,
};
use crate::err::{PyErr, PyResult};
use crate::object::PyRef;
use crate::ops::{self, CompareOp};
use crate::text::{self, PyStr, TextError};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

fn this<'a>(args: &Args<'a>) -> &'a PyRef {
    &args.positional()[0]
}

/// `self`'s value (the method descriptor checked its type).
fn value<'a>(args: &Args<'a>) -> &'a PyStr {
    as_str(this(args)).expect("a str self")
}

fn new(s: PyStr) -> PyRef {
    from_pystr(s)
}

/// The arguments after `self` of the positional-only method `str.name`.
fn method<'a>(args: &Args<'a>, name: &str, min: usize, max: usize) -> PyResult<&'a [PyRef]> {
    method_args(args, "str", name, min, max)
}

/// A method taking no arguments beyond `self`.
fn no_args(args: &Args, name: &str) -> PyResult<()> {
    method(args, name, 0, 0).map(drop)
}

/// Methods with no arguments that map `self` to a new str.
macro_rules! str_maps {
    ($($name:ident => $method:ident;)*) => {
        $(fn $name(args: &Args) -> PyResult {
            no_args(args, stringify!($method))?;
            Ok(new(value(args).$method()))
        })*
    };
}
str_maps! {
    lower => lower;
    upper => upper;
    casefold => casefold;
    swapcase => swapcase;
    title => title;
    capitalize => capitalize;
}

/// The `is*` predicates.
macro_rules! str_predicates {
    ($($name:ident;)*) => {
        $(fn $name(args: &Args) -> PyResult {
            no_args(args, stringify!($name))?;
            Ok(from_bool(value(args).$name()))
        })*
    };
}
str_predicates! {
    isalnum; isalpha; isascii; isdecimal; isdigit; isidentifier; islower;
    isnumeric; isprintable; isspace; istitle; isupper;
}

/// `str(*args)` (see [`super::VectorcallFn`]): `str.__init__` is object's.
pub(super) fn str_vectorcall(cls: &PyRef, args: &[PyRef]) -> PyResult {
    if let [x] = args {
        return ops::str_(x);
    }
    super::object_type::call_new(str_new, cls, args)
}

/// `str(object='', encoding='utf-8', errors='strict')`.
fn str_new(args: &Args) -> PyResult {
    let cls = check_subtype_new(&STR, this(args))?;
    if args.positional().len() > 4 {
        return Err(PyErr::type_error(format!(
            "str expected at most 3 arguments, got {}",
            args.positional().len() - 1
        )));
    }
    let [object, encoding, errors] =
        args.skip_first()
            .bind("str", ["object", "encoding", "errors"], 0)?;
    let result = match object {
        None => PyStr::new(),
        Some(obj) if encoding.is_none() && errors.is_none() => {
            let s = ops::str_(obj)?;
            if std::ptr::eq(cls, &STR) {
                return Ok(s);
            }
            as_str(&s).expect("str() gives a str").clone()
        }
        Some(obj) => {
            let (encoding, errors) = codec_args("str", encoding, errors)?;
            if as_str(obj).is_some() {
                return Err(PyErr::type_error("decoding str is not supported"));
            }
            let Some(data) = bytes::bytes_like(obj) else {
                return Err(PyErr::type_error(format!(
                    "decoding to str: need a bytes-like object, {} found",
                    obj.type_of().name()
                )));
            };
            text::decode(&data, &encoding, &errors)?
        }
    };
    if std::ptr::eq(cls, &STR) {
        return Ok(new(result));
    }
    Ok(alloc_instance(Str::new(result), cls))
}

fn repr(args: &Args) -> PyResult {
    slot_args(args, "__repr__", 0)?;
    Ok(super::str::new_str(&value(args).repr()))
}

fn str_str(args: &Args) -> PyResult {
    slot_args(args, "__str__", 0)?;
    let obj = this(args);
    if is_exact(obj) {
        return Ok(obj.clone());
    }
    Ok(new(value(args).clone()))
}

fn hash(args: &Args) -> PyResult {
    slot_args(args, "__hash__", 0)?;
    let s = this(args).payload::<Str>().expect("a str");
    Ok(int::from_i64(s.hash()))
}

fn compare(args: &Args, op: CompareOp) -> PyResult {
    let a = slot_args(args, op.dunder(), 1)?;
    match as_str(&a[0]) {
        Some(other) => Ok(from_bool(op.test(value(args).cmp(other)))),
        None => Ok(not_implemented()),
    }
}

rich_comparisons!(compare);

fn len(args: &Args) -> PyResult {
    slot_args(args, "__len__", 0)?;
    Ok(int::from_i64(value(args).len() as i64))
}

fn getitem(args: &Args) -> PyResult {
    let a = slot_args(args, "__getitem__", 1)?;
    let (s, key) = (value(args), &a[0]);
    if slice::as_slice(key).is_some() {
        let (start, stop, step, count) = slice::adjust(key, s.len())?;
        if step == 1 {
            return Ok(new(s.slice(Some(start), Some(stop.max(start)), None)?));
        }
        let cps = slice::positions(start, step, count).filter_map(|i| s.get(i));
        return Ok(new(PyStr::from_code_points(cps)));
    }
    if int::as_int(key).is_none() && key.type_of().lookup("__index__").is_none() {
        return Err(PyErr::type_error(format!(
            "string indices must be integers, not '{}'",
            key.type_of().name()
        )));
    }
    Ok(new(s.item(int::index_isize(key)?)?))
}

pub static STR_ITERATOR: Type =
    Type::builtin::<SeqIter>("str_iterator", Some(&OBJECT), 0, iter_slots());
pub static STR_ASCII_ITERATOR: Type =
    Type::builtin::<SeqIter>("str_ascii_iterator", Some(&OBJECT), 0, iter_slots());

const fn iter_slots() -> Slots {
    Slots {
        iternext: Some(iter_next),
        ..Slots::NONE
    }
}

fn iter_next(it: &PyRef) -> PyResult<Option<PyRef>> {
    let s = it.payload::<SeqIter>().expect("a str iterator");
    let i = s.index.load(Relaxed);
    let Some(c) = as_str(&s.seq).and_then(|v| v.get(i)) else {
        return Ok(None);
    };
    s.index.store(i + 1, Relaxed);
    Ok(Some(new(PyStr::from_code_points([c]))))
}

/// `__iter__` (itself) and `__next__` of an iterator type whose
/// `iternext` slot does the work.
pub(super) fn add_iterator_methods(ty: &'static Type) {
    fn iter_self(args: &Args) -> PyResult {
        slot_args(args, "__iter__", 0)?;
        Ok(this(args).clone())
    }
    fn next(args: &Args) -> PyResult {
        slot_args(args, "__next__", 0)?;
        ops::next(this(args))?.ok_or_else(|| PyErr::stop_iteration(None))
    }
    ty.add_method("__iter__", iter_self);
    ty.add_method("__next__", next);
}

fn iter(args: &Args) -> PyResult {
    slot_args(args, "__iter__", 0)?;
    let ty = if value(args).isascii() {
        &STR_ASCII_ITERATOR
    } else {
        &STR_ITERATOR
    };
    Ok(PyRef::new(
        SeqIter {
            seq: this(args).clone(),
            index: AtomicUsize::new(0),
        },
        ty,
    ))
}

fn contains(args: &Args) -> PyResult {
    let a = slot_args(args, "__contains__", 1)?;
    let Some(sub) = as_str(&a[0]) else {
        return Err(PyErr::type_error(format!(
            "'in <string>' requires string as left operand, not {}",
            a[0].type_of().name()
        )));
    };
    Ok(from_bool(value(args).contains(sub)))
}

fn add(args: &Args) -> PyResult {
    let a = slot_args(args, "__add__", 1)?;
    let Some(other) = as_str(&a[0]) else {
        return Err(PyErr::type_error(format!(
            "can only concatenate str (not \"{}\") to str",
            a[0].type_of().name()
        )));
    };
    Ok(new(value(args).concat(other)))
}

pub(crate) fn mul(args: &Args) -> PyResult {
    let a = slot_args(args, "__mul__", 1)?;
    let n = super::seq::repeat_count(&a[0])?;
    // As CPython's, an exact str repeated once is itself.
    if n == 1 && is_exact(this(args)) {
        return Ok(this(args).clone());
    }
    Ok(new(value(args).repeat(n as isize)?))
}

pub(crate) fn modulo(args: &Args) -> PyResult {
    let a = slot_args(args, "__mod__", 1)?;
    let template: Vec<u32> = value(args).code_points().collect();
    Ok(new(PyStr::from_code_points(percent_format(
        &template,
        &a[0],
        Mode::Str,
    )?)))
}

fn rmod(args: &Args) -> PyResult {
    let a = slot_args(args, "__rmod__", 1)?;
    match as_str(&a[0]) {
        Some(template) => {
            let template: Vec<u32> = template.code_points().collect();
            let out = percent_format(&template, this(args), Mode::Str)?;
            Ok(new(PyStr::from_code_points(out)))
        }
        None => Ok(not_implemented()),
    }
}

fn format_dunder(args: &Args) -> PyResult {
    let a = method(args, "__format__", 1, 1)?;
    let spec = str_arg(&a[0], "__format__", "1")?;
    Ok(new(value(args).format(spec)?))
}

/// A `start`/`end` argument of the search methods.
fn bound(a: &[PyRef], i: usize) -> PyResult<Option<isize>> {
    Ok(a.get(i).map(slice_index).transpose()?.flatten())
}

/// `(sub, start, end)` of find/rfind/index/rindex/count.
fn search_args<'a>(
    args: &Args<'a>,
    fname: &str,
) -> PyResult<(&'a PyStr, Option<isize>, Option<isize>)> {
    let a = method(args, fname, 1, 3)?;
    let sub = str_arg(&a[0], fname, "1")?;
    Ok((sub, bound(a, 1)?, bound(a, 2)?))
}

fn find(args: &Args) -> PyResult {
    let (sub, start, end) = search_args(args, "find")?;
    Ok(int::from_i64(value(args).find(sub, start, end) as i64))
}

fn rfind(args: &Args) -> PyResult {
    let (sub, start, end) = search_args(args, "rfind")?;
    Ok(int::from_i64(value(args).rfind(sub, start, end) as i64))
}

fn index(args: &Args) -> PyResult {
    let (sub, start, end) = search_args(args, "index")?;
    Ok(int::from_i64(value(args).index_of(sub, start, end)? as i64))
}

fn rindex(args: &Args) -> PyResult {
    let (sub, start, end) = search_args(args, "rindex")?;
    Ok(int::from_i64(value(args).rindex_of(sub, start, end)? as i64))
}

fn count(args: &Args) -> PyResult {
    let (sub, start, end) = search_args(args, "count")?;
    Ok(int::from_i64(value(args).count(sub, start, end) as i64))
}

fn affix(args: &Args, fname: &str, at_end: bool) -> PyResult {
    let a = method(args, fname, 1, 3)?;
    let (start, end) = (bound(a, 1)?, bound(a, 2)?);
    let s = value(args);
    let test = |affix: &PyStr| {
        if at_end {
            s.endswith(affix, start, end)
        } else {
            s.startswith(affix, start, end)
        }
    };
    if let Some(items) = tuple::as_slice(&a[0]) {
        for item in items {
            let Some(affix) = as_str(item) else {
                return Err(PyErr::type_error(format!(
                    "tuple for {fname} must only contain str, not {}",
                    item.type_of().name()
                )));
            };
            if test(affix) {
                return Ok(from_bool(true));
            }
        }
        return Ok(from_bool(false));
    }
    match as_str(&a[0]) {
        Some(affix) => Ok(from_bool(test(affix))),
        None => Err(PyErr::type_error(format!(
            "{fname} first arg must be str or a tuple of str, not {}",
            a[0].type_of().name()
        ))),
    }
}

fn startswith(args: &Args) -> PyResult {
    affix(args, "startswith", false)
}

fn endswith(args: &Args) -> PyResult {
    affix(args, "endswith", true)
}

/// A `sep` argument: None or a str.
fn sep_arg(sep: Option<&PyRef>) -> PyResult<Option<&PyStr>> {
    match sep.filter(|s| !is_none(s)) {
        None => Ok(None),
        Some(s) => as_str(s).map(Some).ok_or_else(|| {
            PyErr::type_error(format!("must be str or None, not {}", s.type_of().name()))
        }),
    }
}

fn str_list(parts: Vec<PyStr>) -> PyRef {
    list::from_exact_iter(parts.into_iter().map(new))
}

fn split_impl(args: &Args, fname: &str, reverse: bool) -> PyResult {
    let [sep, maxsplit] = args.skip_first().bind(fname, ["sep", "maxsplit"], 0)?;
    let sep = sep_arg(sep)?;
    let maxsplit = maxsplit.map_or(Ok(-1), ssize)?;
    let s = value(args);
    Ok(str_list(if reverse {
        s.rsplit(sep, maxsplit)?
    } else {
        s.split(sep, maxsplit)?
    }))
}

fn split(args: &Args) -> PyResult {
    split_impl(args, "split", false)
}

fn rsplit(args: &Args) -> PyResult {
    split_impl(args, "rsplit", true)
}

fn splitlines(args: &Args) -> PyResult {
    let [keepends] = args.skip_first().bind("splitlines", ["keepends"], 0)?;
    let keepends = keepends.map_or(Ok(false), ops::truthy)?;
    Ok(str_list(value(args).splitlines(keepends)))
}

fn strip_impl(args: &Args, fname: &str, f: fn(&PyStr, Option<&PyStr>) -> PyStr) -> PyResult {
    let a = method(args, fname, 0, 1)?;
    let chars = match a.first().filter(|c| !is_none(c)) {
        None => None,
        Some(c) => Some(
            as_str(c)
                .ok_or_else(|| PyErr::type_error(format!("{fname} arg must be None or str")))?,
        ),
    };
    Ok(new(f(value(args), chars)))
}

fn strip(args: &Args) -> PyResult {
    strip_impl(args, "strip", PyStr::strip)
}

fn lstrip(args: &Args) -> PyResult {
    strip_impl(args, "lstrip", PyStr::lstrip)
}

fn rstrip(args: &Args) -> PyResult {
    strip_impl(args, "rstrip", PyStr::rstrip)
}

fn partition_impl(args: &Args, fname: &str, reverse: bool) -> PyResult {
    let a = method(args, fname, 1, 1)?;
    let Some(sep) = as_str(&a[0]) else {
        return Err(PyErr::type_error(format!(
            "must be str, not {}",
            a[0].type_of().name()
        )));
    };
    let s = value(args);
    let parts = if reverse {
        s.rpartition(sep)?
    } else {
        s.partition(sep)?
    };
    Ok(tuple::new_tuple(parts.into_iter().map(new).collect()))
}

fn partition(args: &Args) -> PyResult {
    partition_impl(args, "partition", false)
}

fn rpartition(args: &Args) -> PyResult {
    partition_impl(args, "rpartition", true)
}

fn affix_remove(args: &Args, fname: &str, f: fn(&PyStr, &PyStr) -> PyStr) -> PyResult {
    let a = method(args, fname, 1, 1)?;
    let Some(affix) = as_str(&a[0]) else {
        return Err(PyErr::type_error(format!(
            "{fname}() argument must be str, not {}",
            a[0].type_of().name()
        )));
    };
    Ok(new(f(value(args), affix)))
}

fn removeprefix(args: &Args) -> PyResult {
    affix_remove(args, "removeprefix", PyStr::removeprefix)
}

fn removesuffix(args: &Args) -> PyResult {
    affix_remove(args, "removesuffix", PyStr::removesuffix)
}

fn replace(args: &Args) -> PyResult {
    let a = args.skip_first();
    let n = a.positional().len();
    if n < 2 {
        return Err(PyErr::type_error(format!(
            "replace() takes at least 2 positional arguments ({n} given)"
        )));
    }
    let [old, new_, count] = a.bind("replace", ["old", "new", "count"], 2)?;
    let old = str_arg(old.expect("required"), "replace", "1")?;
    let new_ = str_arg(new_.expect("required"), "replace", "2")?;
    let count = count.map_or(Ok(-1), ssize)?;
    Ok(new(value(args).replace(old, new_, count)))
}

/// The fill character of center/ljust/rjust.
fn fill_arg(fill: Option<&PyRef>) -> PyResult<u32> {
    let Some(fill) = fill else {
        return Ok(u32::from(' '));
    };
    match as_str(fill) {
        Some(s) if s.len() == 1 => Ok(s.get(0).expect("one character")),
        Some(_) => Err(PyErr::type_error(
            "The fill character must be exactly one character long",
        )),
        None => Err(PyErr::type_error(format!(
            "The fill character must be a unicode character, not {}",
            fill.type_of().name()
        ))),
    }
}

fn pad_impl(
    args: &Args,
    fname: &str,
    f: fn(&PyStr, isize, u32) -> Result<PyStr, TextError>,
) -> PyResult {
    let a = method(args, fname, 1, 2)?;
    let width = ssize(&a[0])?;
    let fill = fill_arg(a.get(1))?;
    Ok(new(f(value(args), width, fill)?))
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
    Ok(new(value(args).zfill(ssize(&a[0])?)?))
}

fn expandtabs(args: &Args) -> PyResult {
    let [tabsize] = args.skip_first().bind("expandtabs", ["tabsize"], 0)?;
    let tabsize = tabsize.map_or(Ok(8), c_int)?;
    Ok(new(value(args).expandtabs(tabsize)?))
}

fn encode(args: &Args) -> PyResult {
    let [encoding, errors] = args
        .skip_first()
        .bind("encode", ["encoding", "errors"], 0)?;
    let (encoding, errors) = codec_args("encode", encoding, errors)?;
    Ok(new_bytes(value(args).encode(&encoding, &errors)?))
}

fn join(args: &Args) -> PyResult {
    let a = method(args, "join", 1, 1)?;
    let items = iterate(&a[0], "can only join an iterable")?;
    let mut parts = Vec::with_capacity(items.len());
    for (k, item) in items.iter().enumerate() {
        match as_str(item) {
            Some(s) => parts.push(s),
            None => {
                return Err(PyErr::type_error(format!(
                    "sequence item {k}: expected str instance, {} found",
                    item.type_of().name()
                )));
            }
        }
    }
    Ok(new(value(args).join(parts.iter().copied())))
}

/// `str.translate(table)`: each character looked up by its ordinal.
fn translate(args: &Args) -> PyResult {
    let a = method(args, "translate", 1, 1)?;
    let table = &a[0];
    let mut out = Vec::new();
    for c in value(args).code_points() {
        let mapped = match ops::getitem(table, &int::from_i64(i64::from(c))) {
            Ok(v) => v,
            Err(e) if e.matches(&exceptions::LOOKUP_ERROR) => {
                out.push(c);
                continue;
            }
            Err(e) => return Err(e),
        };
        if is_none(&mapped) {
            continue;
        }
        if let Some(i) = int::as_int(&mapped) {
            match i.to_i64() {
                Some(v) if (0..0x110000).contains(&v) => out.push(v as u32),
                _ => {
                    return Err(PyErr::value_error(
                        "character mapping must be in range(0x110000)",
                    ));
                }
            }
        } else if let Some(s) = as_str(&mapped) {
            out.extend(s.code_points());
        } else {
            return Err(PyErr::type_error(
                "character mapping must return integer, None or str",
            ));
        }
    }
    Ok(new(PyStr::from_code_points(out)))
}

fn ord_key(c: u32) -> PyRef {
    int::from_i64(i64::from(c))
}

/// `str.maketrans(x[, y[, z]])`.
fn maketrans(args: &Args) -> PyResult {
    if args.has_kwargs() {
        return Err(PyErr::type_error(
            "str.maketrans() takes no keyword arguments",
        ));
    }
    let a = args.exact("maketrans", 1, 3)?;
    let table = dict::new_dict();
    if a.len() == 1 {
        if !std::ptr::eq(a[0].type_of(), &dict::DICT) && !a[0].type_of().is_subtype(&dict::DICT) {
            return Err(PyErr::type_error(
                "if you give only one argument to maketrans it must be a dict",
            ));
        }
        for (k, v) in dict::items(&a[0]) {
            let key = match as_str(&k) {
                Some(s) if s.len() == 1 => ord_key(s.get(0).expect("one character")),
                Some(_) => {
                    return Err(PyErr::value_error(
                        "string keys in translatetable must be of length 1",
                    ));
                }
                None if int::as_int(&k).is_some() => k.clone(),
                None => {
                    return Err(PyErr::type_error(
                        "keys in translate table must be strings or integers",
                    ));
                }
            };
            dict::set(&table, key, v)?;
        }
        return Ok(table);
    }
    let y = str_arg(&a[1], "maketrans", "2")?;
    let z = a.get(2).map(|z| str_arg(z, "maketrans", "3")).transpose()?;
    let x = as_str(&a[0]).ok_or_else(|| {
        PyErr::type_error("first maketrans argument must be a string if there is a second argument")
    })?;
    if x.len() != y.len() {
        return Err(PyErr::value_error(
            "the first two maketrans arguments must have equal length",
        ));
    }
    for (c, d) in x.code_points().zip(y.code_points()) {
        dict::set(&table, ord_key(c), ord_key(d))?;
    }
    if let Some(z) = z {
        for c in z.code_points() {
            dict::set(&table, ord_key(c), none())?;
        }
    }
    Ok(table)
}

/// Where `str.format` takes its field values from.
enum FieldSource<'a> {
    Call(&'a Args<'a>),
    Mapping(&'a PyRef),
}

/// The state of one `str.format` call: automatic numbering.
struct Formatter<'a> {
    source: FieldSource<'a>,
    auto: Option<usize>,
    manual: bool,
}

fn text_of(s: &PyStr, range: std::ops::Range<usize>) -> PyStr {
    PyStr::from_code_points(s.code_points().skip(range.start).take(range.len()))
}

/// A field-name part as an int, when it is all decimal digits.
fn as_number(s: &PyStr) -> Option<usize> {
    if s.is_empty() || !s.code_points().all(|c| (0x30..0x3a).contains(&c)) {
        return None;
    }
    s.to_utf8_lossy().parse().ok()
}

impl Formatter<'_> {
    fn positional(&self, i: usize) -> PyResult {
        match &self.source {
            FieldSource::Call(args) => args.positional().get(i + 1).cloned().ok_or_else(|| {
                PyErr::index_error(format!(
                    "Replacement index {i} out of range for positional args tuple"
                ))
            }),
            FieldSource::Mapping(_) => Err(PyErr::value_error(
                "Format string contains positional fields",
            )),
        }
    }

    fn keyword(&self, name: &PyStr) -> PyResult {
        let key = new(name.clone());
        match &self.source {
            FieldSource::Call(args) => args
                .kwargs()
                .find(|(k, _)| as_str(k) == Some(name))
                .map(|(_, v)| v.clone())
                .ok_or_else(|| PyErr::key_error(key)),
            FieldSource::Mapping(m) => ops::getitem(m, &key),
        }
    }

    /// The object a field name (`0`, `name.attr`, `x[1][key]`) refers to.
    fn lookup(&mut self, name: &PyStr) -> PyResult {
        let len = name.len();
        let first_end = (0..len)
            .find(|&i| matches!(name.get(i), Some(0x2e | 0x5b)))
            .unwrap_or(len);
        let first = text_of(name, 0..first_end);
        let mut obj = if first.is_empty() {
            if self.manual {
                return Err(PyErr::value_error(
                    "cannot switch from manual field specification to automatic field numbering",
                ));
            }
            let i = self.auto.unwrap_or(0);
            self.auto = Some(i + 1);
            self.positional(i)?
        } else if let Some(i) = as_number(&first) {
            if self.auto.is_some() {
                return Err(PyErr::value_error(
                    "cannot switch from automatic field numbering to manual field specification",
                ));
            }
            self.manual = true;
            self.positional(i)?
        } else {
            self.keyword(&first)?
        };
        let mut i = first_end;
        while i < len {
            let c = name.get(i).expect("in range");
            let start = i + 1;
            if c == 0x2e {
                let end = (start..len)
                    .find(|&j| matches!(name.get(j), Some(0x2e | 0x5b)))
                    .unwrap_or(len);
                if end == start {
                    return Err(PyErr::value_error("Empty attribute in format string"));
                }
                obj = ops::getattr(&obj, &new(text_of(name, start..end)))?;
                i = end;
            } else if c == 0x5b {
                let Some(end) = (start..len).find(|&j| name.get(j) == Some(0x5d)) else {
                    return Err(PyErr::value_error("Missing ']' in format string"));
                };
                if end == start {
                    return Err(PyErr::value_error("Empty attribute in format string"));
                }
                let key = text_of(name, start..end);
                let key = match as_number(&key) {
                    Some(n) => int::from_i64(n as i64),
                    None => new(key),
                };
                obj = ops::getitem(&obj, &key)?;
                i = end + 1;
            } else {
                return Err(PyErr::value_error(
                    "Only '.' or '[' may follow ']' in format field specifier",
                ));
            }
        }
        Ok(obj)
    }

    /// Renders a template; `depth` bounds nesting in format specs.
    fn render(&mut self, template: &PyStr, depth: u32) -> PyResult<PyStr> {
        if depth == 0 {
            return Err(PyErr::value_error("Max string recursion exceeded"));
        }
        let mut out: Vec<u32> = Vec::new();
        for piece in template.format_template()? {
            out.extend(piece.literal.code_points());
            let Some(field) = piece.field else { continue };
            let obj = self.lookup(&field.name)?;
            let obj = match field
                .conversion
                .map(|c| char::from_u32(c).unwrap_or('\u{fffd}'))
            {
                None => obj,
                Some('r') => ops::repr(&obj)?,
                Some('s') => ops::str_(&obj)?,
                Some('a') => ops::ascii(&obj)?,
                Some(c) => {
                    return Err(PyErr::value_error(format!(
                        "Unknown conversion specifier {c}"
                    )));
                }
            };
            // Only a spec holding fields is rendered (and counts as nesting).
            let spec = if field.spec.code_points().any(|c| c == 0x7b) {
                self.render(&field.spec, depth - 1)?
            } else {
                field.spec
            };
            let r = ops::format(&obj, &new(spec))?;
            out.extend(as_str(&r).expect("format gives a str").code_points());
        }
        Ok(PyStr::from_code_points(out))
    }
}

fn format(args: &Args) -> PyResult {
    let mut f = Formatter {
        source: FieldSource::Call(args),
        auto: None,
        manual: false,
    };
    Ok(new(f.render(value(args), 2)?))
}

fn format_map(args: &Args) -> PyResult {
    let a = method(args, "format_map", 1, 1)?;
    let mut f = Formatter {
        source: FieldSource::Mapping(&a[0]),
        auto: None,
        manual: false,
    };
    Ok(new(f.render(value(args), 2)?))
}

fn getnewargs(args: &Args) -> PyResult {
    method(args, "__getnewargs__", 0, 0)?;
    Ok(tuple::new_tuple(vec![new(value(args).clone())]))
}

pub(super) fn register() {
    add_iterator_methods(&STR_ITERATOR);
    add_iterator_methods(&STR_ASCII_ITERATOR);
    add_comparisons(&STR);
    STR.add_static("__new__", str_new);
    STR.add_static("maketrans", maketrans);
    let methods: &[(&'static str, super::native::NativeFn)] = &[
        ("__repr__", repr),
        ("__str__", str_str),
        ("__hash__", hash),
        ("__len__", len),
        ("__getitem__", getitem),
        ("__iter__", iter),
        ("__contains__", contains),
        ("__add__", add),
        ("__mul__", mul),
        ("__rmul__", mul),
        ("__mod__", modulo),
        ("__rmod__", rmod),
        ("__format__", format_dunder),
        ("__getnewargs__", getnewargs),
        ("capitalize", capitalize),
        ("casefold", casefold),
        ("center", center),
        ("count", count),
        ("encode", encode),
        ("endswith", endswith),
        ("expandtabs", expandtabs),
        ("find", find),
        ("format", format),
        ("format_map", format_map),
        ("index", index),
        ("isalnum", isalnum),
        ("isalpha", isalpha),
        ("isascii", isascii),
        ("isdecimal", isdecimal),
        ("isdigit", isdigit),
        ("isidentifier", isidentifier),
        ("islower", islower),
        ("isnumeric", isnumeric),
        ("isprintable", isprintable),
        ("isspace", isspace),
        ("istitle", istitle),
        ("isupper", isupper),
        ("join", join),
        ("ljust", ljust),
        ("lower", lower),
        ("lstrip", lstrip),
        ("partition", partition),
        ("removeprefix", removeprefix),
        ("removesuffix", removesuffix),
        ("replace", replace),
        ("rfind", rfind),
        ("rindex", rindex),
        ("rjust", rjust),
        ("rpartition", rpartition),
        ("rsplit", rsplit),
        ("rstrip", rstrip),
        ("split", split),
        ("splitlines", splitlines),
        ("startswith", startswith),
        ("strip", strip),
        ("swapcase", swapcase),
        ("title", title),
        ("translate", translate),
        ("upper", upper),
        ("zfill", zfill),
    ];
    for &(name, f) in methods {
        STR.add_method(name, f);
    }
}
