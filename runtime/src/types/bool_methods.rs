//! The Python-visible methods of `bool`: construction by truth, the names
//! as repr, and `&`, `|`, `^` that stay bool between bools. Everything else
//! is int's.

use super::args::Args;
use super::int_methods::int_binary;
use super::number_methods::{binary_other, new_cls, register_binary, wrapper_args};
use super::{BOOL, from_bool, singletons, str as pystr};
use crate::err::PyResult;
use crate::ops::{self, BinOp};

/// `bool(x=False, /)`.
fn bool_new(args: &Args) -> PyResult {
    new_cls(&BOOL, args)?;
    let x = args.skip_first().exact("bool", 0, 1)?;
    Ok(from_bool(match x.first() {
        Some(x) => ops::truthy(x)?,
        None => false,
    }))
}

fn bool_repr(args: &Args) -> PyResult {
    wrapper_args(args, "__repr__", 0)?;
    let this = &args.positional()[0];
    Ok(pystr::new_str(if singletons::is_true(this) {
        "True"
    } else {
        "False"
    }))
}

/// `&`, `|` and `^` (symmetric, so the reflected forms are the same):
/// a bool for two bools, else int's result.
fn bool_bitwise<const OP: usize, const REFLECTED: bool>(args: &Args) -> PyResult {
    let op = BinOp::ALL[OP];
    let other = binary_other(args, op, REFLECTED)?;
    if !std::ptr::eq(other.type_of(), &BOOL) {
        return int_binary::<OP, REFLECTED>(args);
    }
    let (a, b) = (
        singletons::is_true(&args.positional()[0]),
        singletons::is_true(other),
    );
    Ok(from_bool(match op {
        BinOp::And => a & b,
        BinOp::Or => a | b,
        _ => a ^ b,
    }))
}

pub(super) fn register() {
    BOOL.add_static("__new__", bool_new);
    BOOL.add_method("__repr__", bool_repr);
    register_binary!(BOOL, bool_bitwise, [1, 7, 12]);
}
