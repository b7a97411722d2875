//! The Python-visible methods of `float`: construction from numbers and
//! text, arithmetic and comparison with floats and ints (ints compared
//! exactly), conversions and rounding, and the hex and ratio methods.

use super::args::Args;
use super::float::Float;
use super::number_methods::{
    COMPARE_OPS, ascii_numeral, binary_other, for_class, format_method, new_cls, no_args, ordered,
    pow_args, register_binary, register_compare, unary_wrapper, wrapper_args,
};
use super::{
    FLOAT, Type, alloc_instance, float, from_bool, int, not_implemented, str as pystr, tuple,
};
use crate::err::{PyErr, PyResult};
use crate::num::{self, ArithError, Int};
use crate::object::PyRef;
use crate::ops::{self, BinOp, CompareOp};
use crate::text::PyStr;

/// The float value of a method's self (the descriptor checked its type).
fn value(this: &PyRef) -> f64 {
    float::as_f64(this).expect("a float method's self is a float")
}

/// Self's value as an exact float object.
fn exact(this: &PyRef) -> PyRef {
    if float::is_exact(this) {
        this.clone()
    } else {
        float::from_f64(value(this))
    }
}

/// A float instance of `cls` (float or a subclass).
fn new_of(cls: &'static Type, x: f64) -> PyRef {
    if std::ptr::eq(cls, &FLOAT) {
        float::from_f64(x)
    } else {
        alloc_instance(Float::new(x), cls)
    }
}

/// The other operand of a float operation: a float, or an int converted
/// (which may overflow); `None` for anything else.
fn operand(obj: &PyRef) -> PyResult<Option<f64>> {
    if let Some(x) = float::as_f64(obj) {
        return Ok(Some(x));
    }
    match int::as_int(obj) {
        Some(i) => Ok(Some(i.to_f64()?)),
        None => Ok(None),
    }
}

/// Self and the other operand in operator order, or `None` when the other
/// one is not a number float handles.
fn operands(args: &Args, other: &PyRef, reflected: bool) -> PyResult<Option<(f64, f64)>> {
    let x = value(&args.positional()[0]);
    Ok(operand(other)?.map(|y| ordered(x, y, reflected)))
}

fn float_binary<const OP: usize, const REFLECTED: bool>(args: &Args) -> PyResult {
    let op = BinOp::ALL[OP];
    let other = binary_other(args, op, REFLECTED)?;
    match operands(args, other, REFLECTED)? {
        Some((a, b)) => ops::float_op(a, b, op).unwrap_or_else(|| Ok(not_implemented())),
        None => Ok(not_implemented()),
    }
}

fn float_pow<const REFLECTED: bool>(args: &Args) -> PyResult {
    let (other, modulus) = pow_args(args, REFLECTED)?;
    if modulus.is_some() {
        return Err(PyErr::type_error(
            "pow() 3rd argument not allowed unless all arguments are integers",
        ));
    }
    match operands(args, other, REFLECTED)? {
        Some((a, b)) => ops::float_op(a, b, BinOp::Power).expect("floats support **"),
        None => Ok(not_implemented()),
    }
}

fn float_divmod<const REFLECTED: bool>(args: &Args) -> PyResult {
    let rest = wrapper_args(
        args,
        if REFLECTED {
            "__rdivmod__"
        } else {
            "__divmod__"
        },
        1,
    )?;
    let Some((a, b)) = operands(args, &rest[0], REFLECTED)? else {
        return Ok(not_implemented());
    };
    let (q, r) = num::float::divmod(a, b)?;
    Ok(tuple::new_tuple(vec![
        float::from_f64(q),
        float::from_f64(r),
    ]))
}

/// `x OP other` for a float or an int `other` (compared exactly).
pub(super) fn compare_real(x: f64, other: &PyRef, op: CompareOp) -> Option<bool> {
    let ord = match (float::as_f64(other), int::as_int(other)) {
        (Some(y), _) => x.partial_cmp(&y),
        (None, Some(n)) => num::float::cmp_int(x, n),
        (None, None) => return None,
    };
    Some(match ord {
        Some(ord) => op.test(ord),
        None => op == CompareOp::Ne,
    })
}

fn float_compare<const OP: usize>(args: &Args) -> PyResult {
    let op = COMPARE_OPS[OP];
    let other = &wrapper_args(args, op.dunder(), 1)?[0];
    Ok(compare_real(value(&args.positional()[0]), other, op)
        .map_or_else(not_implemented, from_bool))
}

fn wrapper0(args: &Args, name: &str, f: impl FnOnce(f64) -> PyResult) -> PyResult {
    unary_wrapper(args, name, value, f)
}

fn float_neg(args: &Args) -> PyResult {
    wrapper0(args, "__neg__", |x| Ok(float::from_f64(-x)))
}

fn float_abs(args: &Args) -> PyResult {
    wrapper0(args, "__abs__", |x| Ok(float::from_f64(x.abs())))
}

fn float_bool(args: &Args) -> PyResult {
    wrapper0(args, "__bool__", |x| Ok(from_bool(x != 0.0)))
}

fn float_int(args: &Args) -> PyResult {
    wrapper0(args, "__int__", |x| Ok(int::from_int(Int::from_f64(x)?)))
}

fn float_repr(args: &Args) -> PyResult {
    wrapper0(args, "__repr__", |x| {
        Ok(pystr::new_str(&numfmt::float_repr(x)))
    })
}

fn float_hash(args: &Args) -> PyResult {
    let this = &args.positional()[0];
    wrapper0(args, "__hash__", |x| {
        Ok(int::from_i64(
            num::float::hash(x).unwrap_or_else(|| ops::identity_hash(this)),
        ))
    })
}

fn float_pos(args: &Args) -> PyResult {
    wrapper_args(args, "__pos__", 0)?;
    Ok(exact(&args.positional()[0]))
}

fn float_float(args: &Args) -> PyResult {
    wrapper_args(args, "__float__", 0)?;
    Ok(exact(&args.positional()[0]))
}

/// The methods without arguments, on self's value.
macro_rules! value_methods {
    ($($f:ident => $qualname:literal, |$x:ident| $body:expr;)*) => {
        $(
            fn $f(args: &Args) -> PyResult {
                let $x = value(no_args(args, $qualname)?);
                $body
            }
        )*
    };
}

value_methods! {
    float_trunc => "float.__trunc__", |x| Ok(int::from_int(Int::from_f64(x)?));
    float_floor => "float.__floor__", |x| Ok(int::from_int(Int::from_f64(x.floor())?));
    float_ceil => "float.__ceil__", |x| Ok(int::from_int(Int::from_f64(x.ceil())?));
    float_is_integer => "float.is_integer", |x| Ok(from_bool(num::float::is_integer(x)));
    float_hex => "float.hex", |x| Ok(pystr::new_str(&num::float_hex::to_hex(x)));
    float_getnewargs => "float.__getnewargs__", |x| Ok(tuple::new_tuple(vec![float::from_f64(x)]));
    float_as_integer_ratio => "float.as_integer_ratio", |x| {
        let (n, d) = num::float::as_integer_ratio(x)?;
        Ok(tuple::new_tuple(vec![int::from_int(n), int::from_int(d)]))
    };
}

fn float_conjugate(args: &Args) -> PyResult {
    Ok(exact(no_args(args, "float.conjugate")?))
}

fn float_format(args: &Args) -> PyResult {
    format_method(args, "float.__format__", |this, spec, name| {
        num::format::format_float_named(value(this), spec, name)
    })
}

/// `round(self)` (an int, ties to even) or `round(self, ndigits)` (a float).
fn float_round(args: &Args) -> PyResult {
    let x = value(&args.positional()[0]);
    let rest = args.skip_first().exact("__round__", 0, 1)?;
    match rest.first().filter(|n| !super::is_none(n)) {
        None => Ok(int::from_int(num::float::round_to_int(x)?)),
        Some(ndigits) => Ok(float::from_f64(num::float::round_digits(
            x,
            &int::index(ndigits)?,
        )?)),
    }
}

fn get_exact(this: &PyRef) -> PyResult {
    Ok(exact(this))
}

fn get_zero(_this: &PyRef) -> PyResult {
    Ok(float::from_f64(0.0))
}

fn construct(cls: &PyRef, x: f64) -> PyResult {
    for_class(cls, &FLOAT, float::from_f64(x))
}

/// `float.fromhex(string)`.
fn float_fromhex(args: &Args) -> PyResult {
    let cls = &args.positional()[0];
    let text = &args.skip_first().exact("float.fromhex", 1, 1)?[0];
    let Some(text) = pystr::as_str(text) else {
        return Err(PyErr::type_error(
            "bad argument type for built-in operation",
        ));
    };
    construct(cls, num::float_hex::from_hex(&text.to_utf8_lossy())?)
}

/// `float.from_number(number)`: like `float(number)` but no strings.
fn float_from_number(args: &Args) -> PyResult {
    let cls = &args.positional()[0];
    let x = &args.skip_first().exact("float.from_number", 1, 1)?[0];
    match real_value(x)? {
        Some(v) => construct(cls, v),
        None => Err(PyErr::type_error(format!(
            "must be real number, not {}",
            x.type_of().name()
        ))),
    }
}

/// `float.__getformat__(typestr)`: the layout of C doubles and floats.
fn float_getformat(args: &Args) -> PyResult {
    let what = &args.skip_first().exact("float.__getformat__", 1, 1)?[0];
    let Some(what) = pystr::as_str(what) else {
        return Err(PyErr::type_error(format!(
            "__getformat__() argument must be str, not {}",
            what.type_of().name()
        )));
    };
    if !(what.eq_str("double") || what.eq_str("float")) {
        return Err(PyErr::value_error(
            "__getformat__() argument 1 must be 'double' or 'float'",
        ));
    }
    let order = if cfg!(target_endian = "little") {
        "little"
    } else {
        "big"
    };
    Ok(pystr::new_str(&format!("IEEE, {order}-endian")))
}

/// `float(text)`: other scripts' digits and spaces count as ASCII ones; the
/// message shows the text as given.
pub(super) fn parse_float(s: &PyStr) -> PyResult<f64> {
    num::parse::parse_float(&ascii_numeral(s)).map_err(|e| match e {
        ArithError::Value(_) => {
            PyErr::value_error(format!("could not convert string to float: {}", s.repr()))
        }
        e => e.into(),
    })
}

/// `float(b)` of a bytes-like object: its text; the message shows bytes.
fn parse_bytes_float(b: &[u8]) -> PyResult<f64> {
    parse_float(&super::bytes::latin1(b)).map_err(|e| {
        if !e.matches(&super::exceptions::VALUE_ERROR) {
            return e;
        }
        PyErr::value_error(format!(
            "could not convert string to float: {}",
            super::bytes::repr(b)
        ))
    })
}

/// The value of a real number as `float(x)` finds it (a float, `__float__`,
/// `__index__`); `None` when `x` is none of these.
pub(super) fn real_value(x: &PyRef) -> PyResult<Option<f64>> {
    if float::is_exact(x) {
        return Ok(float::as_f64(x));
    }
    if int::is_exact(x) {
        return Ok(Some(int::as_int(x).expect("an int").to_f64()?));
    }
    if let Some(m) = ops::lookup_method(x, "__float__")? {
        let r = m.call(&[])?;
        return match float::as_f64(&r) {
            Some(v) => Ok(Some(v)),
            None => Err(PyErr::type_error(format!(
                "{}.__float__ returned non-float (type {})",
                x.type_of().name(),
                r.type_of().name()
            ))),
        };
    }
    if x.type_of().lookup("__index__").is_some() {
        return Ok(Some(int::index(x)?.to_f64()?));
    }
    Ok(None)
}

/// `float(x=0.0, /)`.
/// `float(*args)` (see [`super::VectorcallFn`]): `float.__init__` is
/// object's.
pub(super) fn float_vectorcall(cls: &PyRef, args: &[PyRef]) -> PyResult {
    if let [x] = args
        && super::float::is_exact(x)
    {
        return Ok(x.clone());
    }
    super::object_type::call_new(float_new, cls, args)
}

fn float_new(args: &Args) -> PyResult {
    let cls = new_cls(&FLOAT, args)?;
    let x = args.skip_first().exact("float", 0, 1)?;
    let Some(x) = x.first() else {
        return Ok(new_of(cls, 0.0));
    };
    if let Some(v) = real_value(x)? {
        return Ok(new_of(cls, v));
    }
    if let Some(b) = super::bytes::bytes_like(x) {
        return Ok(new_of(cls, parse_bytes_float(&b)?));
    }
    match pystr::as_str(x) {
        Some(s) => Ok(new_of(cls, parse_float(s)?)),
        None => Err(PyErr::type_error(format!(
            "float() argument must be a string or a real number, not '{}'",
            x.type_of().name()
        ))),
    }
}

pub(super) fn register() {
    FLOAT.add_static("__new__", float_new);
    register_binary!(FLOAT, float_binary, [0, 2, 5, 6, 10, 11]);
    FLOAT.add_method("__pow__", float_pow::<false>);
    FLOAT.add_method("__rpow__", float_pow::<true>);
    FLOAT.add_method("__divmod__", float_divmod::<false>);
    FLOAT.add_method("__rdivmod__", float_divmod::<true>);
    register_compare!(FLOAT, float_compare, [0, 1, 2, 3, 4, 5]);
    FLOAT.add_method("__neg__", float_neg);
    FLOAT.add_method("__pos__", float_pos);
    FLOAT.add_method("__abs__", float_abs);
    FLOAT.add_method("__bool__", float_bool);
    FLOAT.add_method("__hash__", float_hash);
    FLOAT.add_method("__repr__", float_repr);
    FLOAT.add_method("__format__", float_format);
    FLOAT.add_method("__int__", float_int);
    FLOAT.add_method("__float__", float_float);
    FLOAT.add_method("__trunc__", float_trunc);
    FLOAT.add_method("__floor__", float_floor);
    FLOAT.add_method("__ceil__", float_ceil);
    FLOAT.add_method("__round__", float_round);
    FLOAT.add_method("conjugate", float_conjugate);
    FLOAT.add_method("is_integer", float_is_integer);
    FLOAT.add_method("as_integer_ratio", float_as_integer_ratio);
    FLOAT.add_method("hex", float_hex);
    FLOAT.add_method("__getnewargs__", float_getnewargs);
    FLOAT.add_classmethod("fromhex", float_fromhex);
    FLOAT.add_classmethod("from_number", float_from_number);
    FLOAT.add_classmethod("__getformat__", float_getformat);
    FLOAT.add_getset("real", get_exact, None);
    FLOAT.add_getset("imag", get_zero, None);
}
