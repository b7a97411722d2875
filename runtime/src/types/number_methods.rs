//! What the methods of `int`, `bool`, `float` and `complex` share: CPython's
//! argument checks for slot wrappers and methods, the operator tables their
//! dunders are generated from, and the `__format__` and `__new__` shapes.

use super::args::Args;
use super::{Type, check_subtype_new, is_none, str as pystr};
use crate::err::{PyErr, PyResult};
use crate::num::ArithResult;
use crate::object::PyRef;
use crate::ops::{self, BinOp, CompareOp};
use crate::text::PyStr;
use pyunicode::props;

/// The comparison operators in `CompareOp` order, so dunders can be generic
/// over an index (native functions are plain `fn` pointers).
pub(super) const COMPARE_OPS: [CompareOp; 6] = [
    CompareOp::Lt,
    CompareOp::Le,
    CompareOp::Eq,
    CompareOp::Ne,
    CompareOp::Gt,
    CompareOp::Ge,
];

/// The arguments of a slot wrapper (`(1).__add__(2)`) after self, which
/// must number `n`: CPython's "expected 1 argument, got 0".
pub(super) fn wrapper_args<'a>(args: &Args<'a>, name: &str, n: usize) -> PyResult<&'a [PyRef]> {
    let rest = wrapper_rest(args, name)?;
    if rest.len() != n {
        return Err(PyErr::type_error(format!(
            "expected {n} argument{}, got {}",
            if n == 1 { "" } else { "s" },
            rest.len()
        )));
    }
    Ok(rest)
}

/// The other operand of the binary slot wrapper for `op` (its reflected
/// form when `reflected`).
pub(super) fn binary_other<'a>(args: &Args<'a>, op: BinOp, reflected: bool) -> PyResult<&'a PyRef> {
    let (name, rname, _, _) = op.names();
    Ok(&wrapper_args(args, if reflected { rname } else { name }, 1)?[0])
}

/// The other operand and the modulus (`None` when absent or None) of
/// `__pow__` or `__rpow__`, which take one or two arguments.
pub(super) fn pow_args<'a>(
    args: &Args<'a>,
    reflected: bool,
) -> PyResult<(&'a PyRef, Option<&'a PyRef>)> {
    let rest = wrapper_rest(args, if reflected { "__rpow__" } else { "__pow__" })?;
    if !(1..=2).contains(&rest.len()) {
        return Err(PyErr::type_error(format!(
            "expected 1 or 2 arguments, got {}",
            rest.len()
        )));
    }
    Ok((&rest[0], rest.get(1).filter(|m| !is_none(m))))
}

/// Self and the other operand in operator order: swapped for a reflected
/// dunder (`__rsub__` computes `other - self`).
pub(super) fn ordered<T>(this: T, other: T, reflected: bool) -> (T, T) {
    if reflected {
        (other, this)
    } else {
        (this, other)
    }
}

/// A slot wrapper without arguments (`__neg__`): `f` of self's value.
pub(super) fn unary_wrapper<'a, T>(
    args: &Args<'a>,
    name: &str,
    value: impl FnOnce(&'a PyRef) -> T,
    f: impl FnOnce(T) -> PyResult,
) -> PyResult {
    wrapper_args(args, name, 0)?;
    f(value(&args.positional()[0]))
}

fn wrapper_rest<'a>(args: &Args<'a>, name: &str) -> PyResult<&'a [PyRef]> {
    if args.has_kwargs() {
        return Err(PyErr::type_error(format!(
            "wrapper {name}() takes no keyword arguments"
        )));
    }
    Ok(&args.positional()[1..])
}

/// Self of a method that takes no arguments (`int.bit_length`), checked
/// with CPython's "int.bit_length() takes no arguments (1 given)".
pub(super) fn no_args<'a>(args: &Args<'a>, qualname: &str) -> PyResult<&'a PyRef> {
    args.skip_first().exact(qualname, 0, 0)?;
    Ok(&args.positional()[0])
}

/// `__format__(self, spec)`: an empty spec gives `str(self)`, any other is
/// formatted by `format` with the type's name for its messages.
pub(super) fn format_method(
    args: &Args,
    qualname: &str,
    format: impl FnOnce(&PyRef, &str, &str) -> ArithResult<String>,
) -> PyResult {
    let this = &args.positional()[0];
    let spec = &args.skip_first().exact(qualname, 1, 1)?[0];
    let Some(spec) = pystr::as_str(spec) else {
        return Err(PyErr::type_error(format!(
            "__format__() argument must be str, not {}",
            spec.type_of().name()
        )));
    };
    if spec.is_empty() {
        return ops::str_(this);
    }
    let text = format(this, &spec.to_utf8_lossy(), this.type_of().name())?;
    Ok(pystr::new_str(&text))
}

/// The result of an alternative constructor (`float.fromhex`) called on
/// `cls`: `value` itself for `base`, `cls(value)` for a subclass.
pub(super) fn for_class(cls: &PyRef, base: &'static Type, value: PyRef) -> PyResult {
    if PyRef::ptr_eq(cls, &base.object()) {
        Ok(value)
    } else {
        ops::call(cls, &[value])
    }
}

/// The class argument of `base.__new__(cls, ...)`, checked.
pub(super) fn new_cls(base: &'static Type, args: &Args) -> PyResult<&'static Type> {
    let Some(cls) = args.positional().first() else {
        return Err(PyErr::type_error(format!(
            "{}.__new__(): not enough arguments",
            base.name()
        )));
    };
    check_subtype_new(base, cls)
}

/// `text` with other scripts' decimal digits and spaces as their ASCII
/// counterparts, as CPython reads numbers; other non-ASCII characters
/// become `?`, which no number parser accepts.
pub(super) fn ascii_numeral(text: &PyStr) -> String {
    text.code_points()
        .map(|c| match char::from_u32(c) {
            Some(ch) if ch.is_ascii() => ch,
            _ if props::is_space(c) => ' ',
            _ => match props::decimal_value(c) {
                Some(d) => char::from(b'0' + d as u8),
                None => '?',
            },
        })
        .collect()
}

/// Registers a generic binary dunder and its reflected form for each
/// `BinOp::ALL` index listed.
macro_rules! register_binary {
    ($ty:expr, $f:ident, [$($i:literal),* $(,)?]) => {
        $(
            let (name, rname, _, _) = crate::ops::BinOp::ALL[$i].names();
            $ty.add_method(name, $f::<$i, false>);
            $ty.add_method(rname, $f::<$i, true>);
        )*
    };
}

/// Registers a generic comparison dunder for each `COMPARE_OPS` index.
macro_rules! register_compare {
    ($ty:expr, $f:ident, [$($i:literal),* $(,)?]) => {
        $(
            $ty.add_method(super::number_methods::COMPARE_OPS[$i].dunder(), $f::<$i>);
        )*
    };
}

pub(super) use {register_binary, register_compare};
