//! The builtins about objects in general: text forms, attributes, identity
//! and hashing, type checks, iteration, introspection.

use super::iterators;
use runtime::types::native::NativeFn;
use runtime::types::{Args, from_bool, int, list, none, str as pystr};
use runtime::{PyErr, PyRef, PyResult};
use runtime::{ops, types};

pub(super) const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("ascii", ascii),
    ("callable", callable),
    ("chr", chr),
    ("delattr", delattr),
    ("dir", dir),
    ("format", format),
    ("getattr", getattr),
    ("hasattr", hasattr),
    ("hash", hash),
    ("id", id),
    ("isinstance", isinstance),
    ("issubclass", issubclass),
    ("iter", iter),
    ("len", len),
    ("next", next),
    ("ord", ord),
    ("repr", repr),
    ("setattr", setattr),
    ("vars", vars),
];

/// The one argument of a function taking exactly one.
fn one<'a>(args: &Args<'a>, fname: &str) -> PyResult<&'a PyRef> {
    Ok(&args.exact(fname, 1, 1)?[0])
}

fn ascii(args: &Args) -> PyResult {
    ops::ascii(one(args, "ascii")?)
}

fn repr(args: &Args) -> PyResult {
    ops::repr(one(args, "repr")?)
}

fn callable(args: &Args) -> PyResult {
    Ok(from_bool(
        one(args, "callable")?.type_of().slots.call.is_some(),
    ))
}

fn chr(args: &Args) -> PyResult {
    let i = int::index(one(args, "chr")?)?;
    match i.to_i64().filter(|c| (0..0x110000).contains(c)) {
        Some(c) => Ok(pystr::from_pystr(runtime::text::PyStr::from_code_points([
            c as u32,
        ]))),
        None => Err(PyErr::value_error("chr() arg not in range(0x110000)")),
    }
}

fn ord(args: &Args) -> PyResult {
    let obj = one(args, "ord")?;
    if let Some(b) = bytes_or_bytearray(obj) {
        return match b[..] {
            [c] => Ok(int::from_i64(i64::from(c))),
            _ => Err(PyErr::type_error(format!(
                "ord() expected a character, but string of length {} found",
                b.len()
            ))),
        };
    }
    let Some(s) = pystr::as_str(obj) else {
        return Err(PyErr::type_error(format!(
            "ord() expected string of length 1, but {} found",
            obj.type_of().name()
        )));
    };
    match (s.len(), s.get(0)) {
        (1, Some(c)) => Ok(int::from_i64(i64::from(c))),
        (n, _) => Err(PyErr::type_error(format!(
            "ord() expected a character, but string of length {n} found"
        ))),
    }
}

/// The bytes of a bytes or bytearray object (`ord` takes them, not other
/// bytes-like objects).
fn bytes_or_bytearray(obj: &PyRef) -> Option<Vec<u8>> {
    if let Some(b) = types::bytes::as_bytes(obj) {
        return Some(b.to_vec());
    }
    types::bytearray::is_bytearray(obj).then(|| types::bytearray::to_vec(obj))
}

fn format(args: &Args) -> PyResult {
    let a = args.exact("format", 1, 2)?;
    let spec = match a.get(1) {
        Some(s) if pystr::as_str(s).is_none() => {
            return Err(PyErr::type_error(format!(
                "format() argument 2 must be str, not {}",
                s.type_of().name()
            )));
        }
        Some(s) => s.clone(),
        None => pystr::empty(),
    };
    ops::format(&a[0], &spec)
}

/// An attribute name argument: a str.
fn attr_name(obj: &PyRef) -> PyResult<&PyRef> {
    if pystr::as_str(obj).is_none() {
        return Err(PyErr::type_error(format!(
            "attribute name must be string, not '{}'",
            obj.type_of().name()
        )));
    }
    Ok(obj)
}

fn getattr(args: &Args) -> PyResult {
    let a = args.exact("getattr", 2, 3)?;
    let name = attr_name(&a[1])?;
    match a.get(2) {
        None => ops::getattr(&a[0], name),
        Some(default) => Ok(ops::getattr_opt(&a[0], name)?.unwrap_or_else(|| default.clone())),
    }
}

fn setattr(args: &Args) -> PyResult {
    let a = args.exact("setattr", 3, 3)?;
    ops::setattr(&a[0], attr_name(&a[1])?, Some(&a[2]))?;
    Ok(none())
}

fn delattr(args: &Args) -> PyResult {
    let a = args.exact("delattr", 2, 2)?;
    ops::delattr(&a[0], attr_name(&a[1])?)?;
    Ok(none())
}

fn hasattr(args: &Args) -> PyResult {
    let a = args.exact("hasattr", 2, 2)?;
    Ok(from_bool(ops::hasattr(&a[0], attr_name(&a[1])?)?))
}

fn hash(args: &Args) -> PyResult {
    Ok(int::from_i64(ops::hash(one(args, "hash")?)?))
}

fn id(args: &Args) -> PyResult {
    let obj = one(args, "id")?;
    let address = i64::try_from(obj.id()).expect("user-space addresses fit in 63 bits");
    Ok(int::from_i64(address))
}

fn isinstance(args: &Args) -> PyResult {
    let a = args.exact("isinstance", 2, 2)?;
    Ok(from_bool(ops::is_instance(&a[0], &a[1])?))
}

fn issubclass(args: &Args) -> PyResult {
    let a = args.exact("issubclass", 2, 2)?;
    Ok(from_bool(ops::is_subclass(&a[0], &a[1])?))
}

fn iter(args: &Args) -> PyResult {
    let a = args.exact("iter", 1, 2)?;
    match a {
        [obj] => ops::iter(obj),
        [func, sentinel] => {
            if func.type_of().slots.call.is_none() {
                return Err(PyErr::type_error("iter(v, w): v must be callable"));
            }
            Ok(iterators::new_callable_iterator(
                func.clone(),
                sentinel.clone(),
            ))
        }
        _ => unreachable!("checked by exact"),
    }
}

fn next(args: &Args) -> PyResult {
    let a = args.exact("next", 1, 2)?;
    let it = &a[0];
    if it.type_of().slots.iternext.is_none() {
        return Err(PyErr::not_a(it, "is not an iterator"));
    }
    if a.len() == 1 && crate::generator::is_generator(it) {
        return crate::generator::next_raising(it);
    }
    match (ops::next(it)?, a.get(1)) {
        (Some(v), _) => Ok(v),
        (None, Some(default)) => Ok(default.clone()),
        (None, None) => Err(PyErr::stop_iteration(None)),
    }
}

fn len(args: &Args) -> PyResult {
    Ok(int::from_i64(ops::len(one(args, "len")?)? as i64))
}

/// The one argument of `dir`/`vars`; without one they read the caller's
/// locals, which the interpreter provides by replacing them.
fn object_arg<'a>(args: &Args<'a>, fname: &str) -> PyResult<&'a PyRef> {
    args.exact(fname, 0, 1)?.first().ok_or_else(|| {
        PyErr::runtime_error(format!("{fname}() without arguments needs a running frame"))
    })
}

fn vars(args: &Args) -> PyResult {
    let obj = object_arg(args, "vars")?;
    match ops::getattr_opt(obj, &pystr::intern("__dict__"))? {
        Some(d) => Ok(d),
        None => Err(PyErr::type_error(
            "vars() argument must have __dict__ attribute",
        )),
    }
}

fn dir(args: &Args) -> PyResult {
    let obj = object_arg(args, "dir")?;
    let names = ops::call_method(obj, "__dir__", &[])?;
    sort_names(ops::to_vec(&names)?)
}

/// Sorts `dir()`'s names: natively when all are strs (the usual case),
/// else by `list.sort`.
fn sort_names(items: Vec<PyRef>) -> PyResult {
    if items.iter().all(pystr::is_exact) {
        let mut items = items;
        items.sort_by(|a, b| pystr::as_str(a).cmp(&pystr::as_str(b)));
        return Ok(list::new_list(items));
    }
    let names = list::new_list(items);
    ops::call_method(&names, "sort", &[])?;
    Ok(names)
}
