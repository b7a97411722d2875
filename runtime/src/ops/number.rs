//! Binary and unary arithmetic: exact ints and floats directly, everything
//! else through `__op__` / `__rop__` (the right operand first when its type
//! is a proper subclass of the left's) and `__iop__` for augmented
//! assignment.

use crate::err::{PyErr, PyResult};
use crate::num::{self, Int, IntOrFloat, Number};
use crate::object::PyRef;
use crate::types::native::MethodDescr;
use crate::types::{self, Type, bytearray, bytes, float, int, is_not_implemented};

/// A binary operator, in the order of the compiler's `BINARY_OP` argument.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Add,
    And,
    FloorDivide,
    LShift,
    MatMul,
    Multiply,
    Remainder,
    Or,
    Power,
    RShift,
    Subtract,
    TrueDivide,
    Xor,
}

impl BinOp {
    pub const ALL: [BinOp; 13] = [
        BinOp::Add,
        BinOp::And,
        BinOp::FloorDivide,
        BinOp::LShift,
        BinOp::MatMul,
        BinOp::Multiply,
        BinOp::Remainder,
        BinOp::Or,
        BinOp::Power,
        BinOp::RShift,
        BinOp::Subtract,
        BinOp::TrueDivide,
        BinOp::Xor,
    ];

    /// `(__op__, __rop__, __iop__, symbol)`.
    pub fn names(self) -> (&'static str, &'static str, &'static str, &'static str) {
        match self {
            BinOp::Add => ("__add__", "__radd__", "__iadd__", "+"),
            BinOp::And => ("__and__", "__rand__", "__iand__", "&"),
            BinOp::FloorDivide => ("__floordiv__", "__rfloordiv__", "__ifloordiv__", "//"),
            BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__", "<<"),
            BinOp::MatMul => ("__matmul__", "__rmatmul__", "__imatmul__", "@"),
            BinOp::Multiply => ("__mul__", "__rmul__", "__imul__", "*"),
            BinOp::Remainder => ("__mod__", "__rmod__", "__imod__", "%"),
            BinOp::Or => ("__or__", "__ror__", "__ior__", "|"),
            BinOp::Power => ("__pow__", "__rpow__", "__ipow__", "**"),
            BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__", ">>"),
            BinOp::Subtract => ("__sub__", "__rsub__", "__isub__", "-"),
            BinOp::TrueDivide => ("__truediv__", "__rtruediv__", "__itruediv__", "/"),
            BinOp::Xor => ("__xor__", "__rxor__", "__ixor__", "^"),
        }
    }
}

/// The operation on two ints, if it is one ints support.
pub fn int_op(a: &Int, b: &Int, op: BinOp) -> Option<PyResult> {
    let int = |v: Int| Ok(int::from_int(v));
    Some(match op {
        BinOp::Add => int(a.add(b)),
        BinOp::Subtract => int(a.sub(b)),
        BinOp::Multiply => int(a.mul(b)),
        BinOp::FloorDivide => a.floor_div(b).map_err(Into::into).and_then(int),
        BinOp::Remainder => a.modulo(b).map_err(Into::into).and_then(int),
        BinOp::TrueDivide => a.true_div(b).map(float::from_f64).map_err(Into::into),
        BinOp::Power => match a.pow(b) {
            Ok(IntOrFloat::Int(i)) => int(i),
            Ok(IntOrFloat::Float(f)) => Ok(float::from_f64(f)),
            Err(e) => Err(e.into()),
        },
        BinOp::LShift => a.shl(b).map_err(Into::into).and_then(int),
        BinOp::RShift => a.shr(b).map_err(Into::into).and_then(int),
        BinOp::And => int(a.bit_and(b)),
        BinOp::Or => int(a.bit_or(b)),
        BinOp::Xor => int(a.bit_xor(b)),
        BinOp::MatMul => return None,
    })
}

/// The operation on two floats, if floats support it.
pub fn float_op(x: f64, y: f64, op: BinOp) -> Option<PyResult> {
    let f = |v: f64| Ok(float::from_f64(v));
    Some(match op {
        BinOp::Add => f(x + y),
        BinOp::Subtract => f(x - y),
        BinOp::Multiply => f(x * y),
        BinOp::TrueDivide => num::float::div(x, y).map_err(Into::into).and_then(f),
        BinOp::FloorDivide => num::float::floor_div(x, y).map_err(Into::into).and_then(f),
        BinOp::Remainder => num::float::modulo(x, y).map_err(Into::into).and_then(f),
        BinOp::Power => match num::float::pow(x, y) {
            Ok(Number::Float(v)) => f(v),
            Ok(Number::Int(i)) => Ok(int::from_int(i)),
            Ok(Number::Complex(c)) => Ok(crate::types::complex_from(c)),
            Err(e) => Err(e.into()),
        },
        _ => return None,
    })
}

/// Exact int and float operands, without dispatch.
#[inline]
fn native_binary(a: &PyRef, b: &PyRef, op: BinOp) -> Option<PyResult> {
    if int::is_exact(a) && int::is_exact(b) {
        return int_op(int::as_int(a)?, int::as_int(b)?, op);
    }
    let x = if float::is_exact(a) {
        float::as_f64(a)?
    } else if int::is_exact(a) && float::is_exact(b) {
        match int::as_int(a)?.to_f64() {
            Ok(x) => x,
            Err(e) => return Some(Err(e.into())),
        }
    } else {
        return None;
    };
    let y = if float::is_exact(b) {
        float::as_f64(b)?
    } else if int::is_exact(b) {
        match int::as_int(b)?.to_f64() {
            Ok(y) => y,
            Err(e) => return Some(Err(e.into())),
        }
    } else {
        return None;
    };
    float_op(x, y, op)
}

/// `a + b` for two exact lists, tuples or strs: what their `__add__` gives,
/// without the method lookups.
fn concat_exact(a: &PyRef, b: &PyRef) -> Option<PyResult> {
    use crate::types::{list, seq, str as pystr, tuple};
    if list::is_exact(a) {
        return Some(list::concat(a, b));
    }
    if tuple::is_exact(a) {
        let (x, y) = (tuple::as_slice(a)?, tuple::as_slice(b)?);
        // As CPython's, adding an empty tuple gives the other one itself.
        return Some(match (x.is_empty(), y.is_empty()) {
            (true, _) => Ok(b.clone()),
            (_, true) => Ok(a.clone()),
            _ => seq::concat(x, y).map(tuple::new_tuple),
        });
    }
    if pystr::is_exact(a) {
        let (x, y) = (pystr::as_str(a)?, pystr::as_str(b)?);
        return Some(Ok(match (x.is_empty(), y.is_empty()) {
            (true, _) => b.clone(),
            (_, true) => a.clone(),
            _ => pystr::from_pystr(x.concat(y)),
        }));
    }
    None
}

/// `+` of two exact strs, lists or tuples, and `*` and `%` on exact strs,
/// lists and tuples, whose result the dispatch
/// would get from the sequence's own method (nothing else can take part:
/// the other operand is of an exact type that does not override the
/// reflected method), called without looking it up.
#[inline]
fn sequence_binary(a: &PyRef, b: &PyRef, op: BinOp) -> Option<PyResult> {
    use types::{list_methods, str_methods, tuple_methods};
    let (ta, tb) = (a.type_of(), b.type_of());
    if op == BinOp::Add && std::ptr::eq(ta, tb) {
        return concat_exact(a, b);
    }
    let repeat = |ty: &'static Type| -> Option<types::native::NativeFn> {
        Some(if std::ptr::eq(ty, &types::STR) {
            str_methods::mul
        } else if std::ptr::eq(ty, &types::LIST) {
            list_methods::list_mul
        } else if std::ptr::eq(ty, &types::TUPLE) {
            tuple_methods::tuple_mul
        } else {
            return None;
        })
    };
    let (f, first, second) = match op {
        BinOp::Multiply if std::ptr::eq(tb, &types::INT) => (repeat(ta)?, a, b),
        BinOp::Multiply if std::ptr::eq(ta, &types::INT) => (repeat(tb)?, b, a),
        // `str % x` formats unless `x`'s type is a str subclass (whose
        // `__rmod__` goes first).
        BinOp::Remainder
            if std::ptr::eq(ta, &types::STR)
                && (std::ptr::eq(tb, &types::STR) || !tb.is_subtype(&types::STR)) =>
        {
            (str_methods::modulo as types::native::NativeFn, a, b)
        }
        _ => return None,
    };
    Some(PyRef::borrowed_slice([first, second], |args| {
        f(&types::Args::new(args))
    }))
}

/// `a OP b`.
pub fn binary_op(a: &PyRef, b: &PyRef, op: BinOp) -> PyResult {
    if let Some(r) = native_binary(a, b, op) {
        return r;
    }
    if let Some(r) = sequence_binary(a, b, op) {
        return r;
    }
    match binary_dispatch(a, b, op)? {
        Some(r) => Ok(r),
        None => Err(unsupported(a, b, op.names().3)),
    }
}

fn unsupported(a: &PyRef, b: &PyRef, symbol: &str) -> PyErr {
    let (ta, tb) = (a.type_of().name(), b.type_of().name());
    if symbol == "**" {
        return PyErr::type_error(format!(
            "unsupported operand type(s) for ** or pow(): '{ta}' and '{tb}'"
        ));
    }
    PyErr::type_error(format!(
        "unsupported operand type(s) for {symbol}: '{ta}' and '{tb}'"
    ))
}

/// `__op__` then `__rop__` (reflected first for a subclass on the right).
fn binary_dispatch(a: &PyRef, b: &PyRef, op: BinOp) -> PyResult<Option<PyRef>> {
    let (name, rname, _, _) = op.names();
    let (ta, tb) = (a.type_of(), b.type_of());
    let same = std::ptr::eq(ta, tb);
    let right_first = !same && tb.is_subtype(ta) && overrides(tb, ta, rname);
    if right_first && let Some(r) = try_number(b, rname, a)? {
        return Ok(Some(r));
    }
    if let Some(r) = try_number(a, name, b)? {
        return Ok(Some(r));
    }
    if !same
        && !right_first
        && let Some(r) = try_number(b, rname, a)?
    {
        return Ok(Some(r));
    }
    sequence_op(a, b, op)
}

/// Whether `ty` is (or extends) a built-in sequence type, whose `+` and
/// `*` are concatenation and repetition (CPython's `sq_concat` and
/// `sq_repeat`) rather than number methods.
fn builtin_sequence(ty: &'static Type) -> bool {
    [
        &types::STR,
        &types::LIST,
        &types::TUPLE,
        &bytes::BYTES,
        &bytearray::BYTEARRAY,
    ]
    .iter()
    .any(|&t| ty.is_subtype(t))
}

/// A number method of `obj`'s type: a built-in sequence's own
/// `__add__`/`__mul__`/`__rmul__` do not count (see [`sequence_op`]).
fn try_number(obj: &PyRef, name: &str, other: &PyRef) -> PyResult<Option<PyRef>> {
    if matches!(name, "__add__" | "__mul__" | "__rmul__")
        && let Some(f) = obj.type_of().lookup(name)
        && let Some(d) = f.payload::<MethodDescr>()
        && builtin_sequence(d.owner)
    {
        return Ok(None);
    }
    try_call(obj, name, other)
}

/// `seq + other` and `seq * n` / `n * seq` after the number methods
/// declined: the sequence's concatenation or repetition, with the
/// operator's messages.
fn sequence_op(a: &PyRef, b: &PyRef, op: BinOp) -> PyResult<Option<PyRef>> {
    let (ta, tb) = (a.type_of(), b.type_of());
    match op {
        BinOp::Add if builtin_sequence(ta) => {
            super::call_method(a, "__add__", std::slice::from_ref(b)).map(Some)
        }
        BinOp::Multiply if builtin_sequence(ta) => repeat(a, b).map(Some),
        BinOp::Multiply if builtin_sequence(tb) => repeat(b, a).map(Some),
        _ => Ok(None),
    }
}

fn repeat(seq: &PyRef, n: &PyRef) -> PyResult {
    if int::as_int(n).is_none() && n.type_of().lookup("__index__").is_none() {
        return Err(PyErr::type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            n.type_of().name()
        )));
    }
    super::call_method(seq, "__mul__", std::slice::from_ref(n))
}

/// Whether `sub` defines `name` differently from `base`.
fn overrides(
    sub: &'static crate::types::Type,
    base: &'static crate::types::Type,
    name: &str,
) -> bool {
    match (sub.lookup(name), base.lookup(name)) {
        (Some(a), Some(b)) => !PyRef::ptr_eq(&a, &b),
        (Some(_), None) => true,
        _ => false,
    }
}

fn try_call(obj: &PyRef, name: &str, other: &PyRef) -> PyResult<Option<PyRef>> {
    match super::lookup_method(obj, name)? {
        None => Ok(None),
        Some(m) => {
            let r = m.call(std::slice::from_ref(other))?;
            Ok((!is_not_implemented(&r)).then_some(r))
        }
    }
}

/// `a OP= b`: `__iop__` if the left operand has it, else `a OP b`.
pub fn inplace_op(a: &PyRef, b: &PyRef, op: BinOp) -> PyResult {
    if let Some(r) = native_binary(a, b, op) {
        return r;
    }
    // Strs and tuples have no in-place methods; a list's `+=`/`*=` change it.
    if !std::ptr::eq(a.type_of(), &types::LIST)
        && let Some(r) = sequence_binary(a, b, op)
    {
        return r;
    }
    let (_, _, iname, symbol) = op.names();
    if let Some(r) = try_call(a, iname, b)? {
        return Ok(r);
    }
    match binary_dispatch(a, b, op)? {
        Some(r) => Ok(r),
        None => Err(unsupported(a, b, &format!("{symbol}="))),
    }
}

fn unary(obj: &PyRef, name: &str, symbol: &str) -> PyResult {
    match super::lookup_method(obj, name)? {
        Some(m) => m.call(&[]),
        None => Err(PyErr::type_error(format!(
            "bad operand type for unary {symbol}: '{}'",
            obj.type_of().name()
        ))),
    }
}

/// `-obj`.
pub fn negative(obj: &PyRef) -> PyResult {
    if int::is_exact(obj) {
        return Ok(int::from_int(int::as_int(obj).expect("an int").neg()));
    }
    if float::is_exact(obj) {
        return Ok(float::from_f64(-float::as_f64(obj).expect("a float")));
    }
    unary(obj, "__neg__", "-")
}

/// `+obj`.
pub fn positive(obj: &PyRef) -> PyResult {
    if int::is_exact(obj) || float::is_exact(obj) {
        return Ok(obj.clone());
    }
    unary(obj, "__pos__", "+")
}

/// `~obj`.
pub fn invert(obj: &PyRef) -> PyResult {
    if int::is_exact(obj) {
        return Ok(int::from_int(int::as_int(obj).expect("an int").invert()));
    }
    unary(obj, "__invert__", "~")
}
