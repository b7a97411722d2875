//! Argument checks and conversions with CPython's messages: the two kinds
//! of native methods built-in types have (positional-only methods such as
//! `str.find` and slot wrappers such as `__add__`), `Py_ssize_t` and C `int`
//! arguments, iterables taken whole, codec names.

use super::args::Args;
use super::{exceptions, int, list, tuple};
use crate::err::{PyErr, PyResult};
use crate::object::PyRef;
use crate::ops;

/// A `Py_ssize_t` argument: an index, OverflowError beyond the word.
pub fn ssize(obj: &PyRef) -> PyResult<isize> {
    int::index(obj)?
        .to_i64()
        .map(|i| i as isize)
        .ok_or_else(|| PyErr::overflow_error("Python int too large to convert to C ssize_t"))
}

/// A C `int` argument.
pub fn c_int(obj: &PyRef) -> PyResult<i32> {
    let i = int::index(obj)?;
    match i.to_i64() {
        Some(v) => i32::try_from(v).map_err(|_| {
            PyErr::overflow_error(if v < 0 {
                "signed integer is less than minimum"
            } else {
                "signed integer is greater than maximum"
            })
        }),
        None => Err(PyErr::overflow_error(
            "Python int too large to convert to C int",
        )),
    }
}

/// The items of an iterable; a TypeError from `iter()` becomes `message`
/// (CPython's `PySequence_Fast`).
pub fn iterate(obj: &PyRef, message: &str) -> PyResult<Vec<PyRef>> {
    if list::is_exact(obj) || tuple::is_exact(obj) {
        return ops::to_vec(obj);
    }
    let it = ops::iter(obj).map_err(|e| {
        if e.matches(&exceptions::TYPE_ERROR) {
            PyErr::type_error(message)
        } else {
            e
        }
    })?;
    let mut items = Vec::new();
    while let Some(x) = ops::next(&it)? {
        items.push(x);
    }
    Ok(items)
}

/// The arguments after `self` of the positional-only method `owner.name`,
/// `min..=max` of them.
#[inline]
pub fn method_args<'a>(
    args: &Args<'a>,
    owner: &str,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<&'a [PyRef]> {
    let rest = args.skip_first();
    let n = rest.items().len();
    if !rest.has_kwargs() && n >= min && n <= max {
        return Ok(rest.items());
    }
    method_args_error(rest, owner, name, min, max)
}

#[cold]
#[inline(never)]
fn method_args_error<'a>(
    rest: Args<'a>,
    owner: &str,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<&'a [PyRef]> {
    if rest.has_kwargs() {
        return Err(PyErr::type_error(format!(
            "{owner}.{name}() takes no keyword arguments"
        )));
    }
    if min == max && min <= 1 {
        // "owner.name() takes no arguments" / "... exactly one argument".
        return rest.exact(&format!("{owner}.{name}"), min, max);
    }
    rest.exact(name, min, max)
}

/// The `n` arguments after `self` of the slot wrapper `name`.
pub fn slot_args<'a>(args: &Args<'a>, name: &str, n: usize) -> PyResult<&'a [PyRef]> {
    let rest = args.skip_first();
    if rest.has_kwargs() {
        return Err(PyErr::type_error(format!(
            "wrapper {name}() takes no keyword arguments"
        )));
    }
    let given = rest.positional().len();
    if given != n {
        // Wrappers of one-argument slots name no function; the others do.
        return Err(PyErr::type_error(match n {
            0 => format!("expected 0 arguments, got {given}"),
            1 => format!("expected 1 argument, got {given}"),
            _ => format!("{name} expected {n} arguments, got {given}"),
        }));
    }
    Ok(rest.positional())
}

/// Defines `add_comparisons(ty)`, which registers `__lt__` ... `__ge__`
/// on `ty`, each calling `$compare(args, op)`.
macro_rules! rich_comparisons {
    ($compare:ident) => {
        fn add_comparisons(ty: &'static $crate::types::Type) {
            use $crate::ops::CompareOp;
            fn lt(args: &Args) -> PyResult {
                $compare(args, CompareOp::Lt)
            }
            fn le(args: &Args) -> PyResult {
                $compare(args, CompareOp::Le)
            }
            fn eq(args: &Args) -> PyResult {
                $compare(args, CompareOp::Eq)
            }
            fn ne(args: &Args) -> PyResult {
                $compare(args, CompareOp::Ne)
            }
            fn gt(args: &Args) -> PyResult {
                $compare(args, CompareOp::Gt)
            }
            fn ge(args: &Args) -> PyResult {
                $compare(args, CompareOp::Ge)
            }
            ty.add_method("__lt__", lt);
            ty.add_method("__le__", le);
            ty.add_method("__eq__", eq);
            ty.add_method("__ne__", ne);
            ty.add_method("__gt__", gt);
            ty.add_method("__ge__", ge);
        }
    };
}
pub(crate) use rich_comparisons;

/// The `encoding` and `errors` arguments of `fname` (str.encode,
/// bytes.decode, str(), bytes()), with their defaults.
pub fn codec_args(
    fname: &str,
    encoding: Option<&PyRef>,
    errors: Option<&PyRef>,
) -> PyResult<(String, String)> {
    let text = |v: Option<&PyRef>, what: &str, default: &str| -> PyResult<String> {
        v.map_or(Ok(default.to_string()), |v| {
            super::native::str_arg(v, fname, &format!("'{what}'"))
                .map(crate::text::PyStr::to_utf8_lossy)
        })
    };
    Ok((
        text(encoding, "encoding", "utf-8")?,
        text(errors, "errors", "strict")?,
    ))
}
