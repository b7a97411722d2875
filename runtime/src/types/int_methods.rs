//! The Python-visible methods of `int`: construction from numbers and
//! text, the arithmetic and comparison dunders (on ints only: mixed
//! operands are float's and complex's to handle), conversions, rounding
//! and the bit and byte methods. They read self with [`int::as_int`], so
//! bool and subclass instances work too.

use std::cmp::Ordering;

use super::args::Args;
use super::number_methods::{
    COMPARE_OPS, binary_other, for_class, format_method, new_cls, no_args, ordered, pow_args,
    register_binary, register_compare, unary_wrapper, wrapper_args,
};
use super::{
    BOOL, INT, alloc_instance, float, from_bool, int, not_implemented, str as pystr, tuple,
};
use crate::err::{PyErr, PyResult};
use crate::num::{self, ArithError, Int, IntOrFloat};
use crate::object::PyRef;
use crate::ops::{self, BinOp};

/// The int value of a method's self (the descriptor checked its type).
fn value(this: &PyRef) -> &Int {
    int::as_int(this).expect("an int method's self is an int")
}

/// Self's value as an exact int object (`int(MyInt(3))` is a plain 3).
fn exact(this: &PyRef) -> PyRef {
    if int::is_exact(this) {
        this.clone()
    } else {
        int::from_int(value(this).clone())
    }
}

/// `self OP other` (or `other OP self` when `REFLECTED`) for two ints.
pub(super) fn int_binary<const OP: usize, const REFLECTED: bool>(args: &Args) -> PyResult {
    let op = BinOp::ALL[OP];
    let Some(y) = int::as_int(binary_other(args, op, REFLECTED)?) else {
        return Ok(not_implemented());
    };
    let (a, b) = ordered(value(&args.positional()[0]), y, REFLECTED);
    ops::int_op(a, b, op).unwrap_or_else(|| Ok(not_implemented()))
}

/// `__pow__`/`__rpow__` with the optional modulus of `pow(a, b, m)`.
fn int_pow<const REFLECTED: bool>(args: &Args) -> PyResult {
    let (other, modulus) = pow_args(args, REFLECTED)?;
    let Some(y) = int::as_int(other) else {
        return Ok(not_implemented());
    };
    let (a, b) = ordered(value(&args.positional()[0]), y, REFLECTED);
    match modulus {
        None => ops::int_op(a, b, BinOp::Power).expect("ints support **"),
        Some(m) => match int::as_int(m) {
            Some(m) => Ok(int::from_int(a.pow_mod(b, m)?)),
            None => Ok(not_implemented()),
        },
    }
}

fn int_divmod<const REFLECTED: bool>(args: &Args) -> PyResult {
    let other = &wrapper_args(
        args,
        if REFLECTED {
            "__rdivmod__"
        } else {
            "__divmod__"
        },
        1,
    )?[0];
    let Some(y) = int::as_int(other) else {
        return Ok(not_implemented());
    };
    let x = value(&args.positional()[0]);
    let (q, r) = if REFLECTED {
        y.divmod(x)?
    } else {
        x.divmod(y)?
    };
    Ok(tuple::new_tuple(vec![int::from_int(q), int::from_int(r)]))
}

fn int_compare<const OP: usize>(args: &Args) -> PyResult {
    let op = COMPARE_OPS[OP];
    let other = &wrapper_args(args, op.dunder(), 1)?[0];
    Ok(match int::as_int(other) {
        Some(y) => from_bool(op.test(value(&args.positional()[0]).cmp(y))),
        None => not_implemented(),
    })
}

fn wrapper0(args: &Args, name: &str, f: impl FnOnce(&Int) -> PyResult) -> PyResult {
    unary_wrapper(args, name, value, f)
}

fn int_neg(args: &Args) -> PyResult {
    wrapper0(args, "__neg__", |x| Ok(int::from_int(x.neg())))
}

fn int_abs(args: &Args) -> PyResult {
    wrapper0(args, "__abs__", |x| Ok(int::from_int(x.abs())))
}

fn int_invert(args: &Args) -> PyResult {
    wrapper0(args, "__invert__", |x| Ok(int::from_int(x.invert())))
}

fn int_bool(args: &Args) -> PyResult {
    wrapper0(args, "__bool__", |x| Ok(from_bool(!x.is_zero())))
}

fn int_hash(args: &Args) -> PyResult {
    wrapper0(args, "__hash__", |x| Ok(int::from_i64(x.hash())))
}

fn int_float(args: &Args) -> PyResult {
    wrapper0(args, "__float__", |x| Ok(float::from_f64(x.to_f64()?)))
}

fn int_repr(args: &Args) -> PyResult {
    wrapper0(args, "__repr__", |x| {
        Ok(pystr::new_str(&num::format::int_str(x)?))
    })
}

/// The slot wrappers that give self as an exact int.
macro_rules! exact_wrappers {
    ($($f:ident => $name:literal),* $(,)?) => {
        $(
            fn $f(args: &Args) -> PyResult {
                wrapper_args(args, $name, 0)?;
                Ok(exact(&args.positional()[0]))
            }
        )*
    };
}

exact_wrappers!(int_int => "__int__", int_index => "__index__", int_pos => "__pos__");

/// The methods without arguments that give self as an exact int.
macro_rules! exact_methods {
    ($($f:ident => $qualname:literal),* $(,)?) => {
        $(
            fn $f(args: &Args) -> PyResult {
                Ok(exact(no_args(args, $qualname)?))
            }
        )*
    };
}

exact_methods!(
    int_trunc => "int.__trunc__",
    int_floor => "int.__floor__",
    int_ceil => "int.__ceil__",
    int_conjugate => "int.conjugate",
);

fn int_format(args: &Args) -> PyResult {
    format_method(args, "int.__format__", |this, spec, name| {
        num::format::format_int_named(value(this), spec, name)
    })
}

/// `round(self, ndigits)`: self for a non-negative `ndigits`, else the
/// nearest multiple of `10**-ndigits`, ties to even.
fn int_round(args: &Args) -> PyResult {
    let this = &args.positional()[0];
    let rest = args.skip_first().exact("__round__", 0, 1)?;
    let Some(ndigits) = rest.first().filter(|n| !super::is_none(n)) else {
        return Ok(exact(this));
    };
    let ndigits = int::index(ndigits)?;
    if !ndigits.is_negative() {
        return Ok(exact(this));
    }
    let IntOrFloat::Int(unit) = Int::Small(10).pow(&ndigits.neg())? else {
        unreachable!("a non-negative power of an int is an int")
    };
    let (q, r) = value(this).divmod(&unit)?;
    let q_is_odd = !q.bit_and(&Int::Small(1)).is_zero();
    let up = match r.add(&r).cmp(&unit) {
        Ordering::Greater => true,
        Ordering::Equal => q_is_odd,
        Ordering::Less => false,
    };
    let q = if up { q.add(&Int::Small(1)) } else { q };
    Ok(int::from_int(q.mul(&unit)))
}

fn int_bit_length(args: &Args) -> PyResult {
    let this = no_args(args, "int.bit_length")?;
    Ok(int::from_i64(value(this).bit_length() as i64))
}

fn int_bit_count(args: &Args) -> PyResult {
    let this = no_args(args, "int.bit_count")?;
    Ok(int::from_i64(value(this).bit_count() as i64))
}

fn int_as_integer_ratio(args: &Args) -> PyResult {
    let this = no_args(args, "int.as_integer_ratio")?;
    Ok(tuple::new_tuple(vec![exact(this), int::from_i64(1)]))
}

fn int_is_integer(args: &Args) -> PyResult {
    no_args(args, "int.is_integer")?;
    Ok(from_bool(true))
}

fn int_getnewargs(args: &Args) -> PyResult {
    let this = no_args(args, "int.__getnewargs__")?;
    Ok(tuple::new_tuple(vec![exact(this)]))
}

fn get_exact(this: &PyRef) -> PyResult {
    Ok(exact(this))
}

fn get_zero(_this: &PyRef) -> PyResult {
    Ok(int::from_i64(0))
}

fn get_one(_this: &PyRef) -> PyResult {
    Ok(int::from_i64(1))
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)`; `bytes` may
/// be any iterable of ints in `range(256)`.
fn int_from_bytes(args: &Args) -> PyResult {
    let cls = &args.positional()[0];
    let rest = args.skip_first();
    let (given, positional) = (rest.items().len(), rest.positional().len());
    if positional > 2 {
        return Err(PyErr::type_error(format!(
            "from_bytes() takes at most 2 positional arguments ({positional} given)"
        )));
    }
    if given > 3 {
        return Err(PyErr::type_error(format!(
            "from_bytes() takes at most 3 arguments ({given} given)"
        )));
    }
    let [data, order, signed] = rest.bind("from_bytes", ["bytes", "byteorder", "signed"], 1)?;
    let big_endian = big_endian(order, "from_bytes")?;
    let signed = signed.map_or(Ok(false), ops::truthy)?;
    let bytes = byte_values(data.expect("a required argument"))?;
    let n = int::from_int(Int::from_bytes(&bytes, big_endian, signed));
    for_class(cls, &INT, n)
}

/// Whether the `byteorder` argument of `fname` says "big" (the default).
fn big_endian(order: Option<&PyRef>, fname: &str) -> PyResult<bool> {
    let Some(order) = order else {
        return Ok(true);
    };
    match pystr::as_str(order) {
        Some(s) if s.eq_str("big") => Ok(true),
        Some(s) if s.eq_str("little") => Ok(false),
        Some(_) => Err(PyErr::value_error(
            "byteorder must be either 'little' or 'big'",
        )),
        None => Err(PyErr::type_error(format!(
            "{fname}() argument 'byteorder' must be str, not {}",
            order.type_of().name()
        ))),
    }
}

/// `int.to_bytes(length=1, byteorder='big', *, signed=False)`.
fn int_to_bytes(args: &Args) -> PyResult {
    let rest = args.skip_first();
    let positional = rest.positional().len();
    if positional > 2 {
        return Err(PyErr::type_error(format!(
            "to_bytes() takes at most 2 positional arguments ({positional} given)"
        )));
    }
    let [length, order, signed] = rest.bind("to_bytes", ["length", "byteorder", "signed"], 0)?;
    let length = match length {
        Some(n) => int::index_isize(n)?,
        None => 1,
    };
    let length = usize::try_from(length)
        .map_err(|_| PyErr::value_error("length argument must be non-negative"))?;
    let big_endian = big_endian(order, "to_bytes")?;
    let signed = signed.map_or(Ok(false), ops::truthy)?;
    let value = int::as_int(&args.positional()[0]).expect("an int self");
    Ok(super::bytes::new_bytes(
        value.to_bytes(length, big_endian, signed)?,
    ))
}

/// The bytes of `bytes(obj)` for an iterable of ints.
fn byte_values(obj: &PyRef) -> PyResult<Vec<u8>> {
    let cannot = || {
        PyErr::type_error(format!(
            "cannot convert '{}' object to bytes",
            obj.type_of().name()
        ))
    };
    let iterable = tuple::is_exact(obj)
        || super::list::is_exact(obj)
        || obj.type_of().lookup("__iter__").is_some();
    if pystr::as_str(obj).is_some() || !iterable {
        return Err(cannot());
    }
    ops::to_vec(obj)?
        .iter()
        .map(|item| {
            int::index(item)?
                .to_i64()
                .and_then(|b| u8::try_from(b).ok())
                .ok_or_else(|| PyErr::value_error("bytes must be in range(0, 256)"))
        })
        .collect()
}

/// `int(x=0, /, base=10)`.
/// `int(*args)` (see [`super::VectorcallFn`]): `int.__init__` is object's.
pub(super) fn int_vectorcall(cls: &PyRef, args: &[PyRef]) -> PyResult {
    if let [x] = args
        && int::is_exact(x)
    {
        return Ok(x.clone());
    }
    super::object_type::call_new(int_new, cls, args)
}

fn int_new(args: &Args) -> PyResult {
    let cls = new_cls(&INT, args)?;
    if cls.is_subtype(&BOOL) {
        return Err(PyErr::type_error(format!(
            "int.__new__({}) is not safe, use {}.__new__()",
            cls.name(),
            cls.name()
        )));
    }
    let rest = args.skip_first();
    let (given, positional) = (rest.items().len(), rest.positional().len());
    if positional > 2 {
        return Err(PyErr::type_error(format!(
            "int expected at most 2 arguments, got {positional}"
        )));
    }
    if given > 2 {
        return Err(PyErr::type_error(format!(
            "int() takes at most 2 arguments ({given} given)"
        )));
    }
    if rest.kwarg("x").is_some() {
        return Err(PyErr::type_error(
            "int() got an unexpected keyword argument 'x'",
        ));
    }
    let value = match rest.bind("int", ["x", "base"], 0)? {
        [None, None] => Int::Small(0),
        [None, Some(_)] => return Err(PyErr::type_error("int() missing string argument")),
        [Some(x), None] => to_int(x)?,
        [Some(x), Some(base)] => {
            let base = int::index(base)?;
            let base = match base.to_i64() {
                Some(b @ (0 | 2..=36)) => b as u32,
                _ => {
                    return Err(PyErr::value_error(
                        "int() base must be >= 2 and <= 36, or 0",
                    ));
                }
            };
            match pystr::as_str(x) {
                Some(s) => parse_int(s, base)?,
                None if is_bytes_text(x) => parse_bytes_int(x, base)?,
                None => {
                    return Err(PyErr::type_error(
                        "int() can't convert non-string with explicit base",
                    ));
                }
            }
        }
    };
    Ok(if std::ptr::eq(cls, &INT) {
        int::from_int(value)
    } else {
        alloc_instance(value, cls)
    })
}

/// `int(text, base)`: other scripts' digits and spaces count as ASCII ones;
/// the message shows the text as given.
pub(super) fn parse_int(s: &crate::text::PyStr, base: u32) -> PyResult<Int> {
    num::parse::parse_int(&super::number_methods::ascii_numeral(s), base).map_err(|e| match e {
        ArithError::Value(m) if m.starts_with("invalid literal") => {
            let shown: String = s.repr().chars().take(200).collect();
            PyErr::value_error(format!(
                "invalid literal for int() with base {base}: {shown}"
            ))
        }
        e => e.into(),
    })
}

/// Whether `int()` reads `x` as ASCII text: a bytes-like object.
fn is_bytes_text(x: &PyRef) -> bool {
    super::bytes::bytes_like(x).is_some()
}

/// `int(b, base)` of a bytes-like object: its text is ASCII; the message
/// shows it as bytes.
fn parse_bytes_int(x: &PyRef, base: u32) -> PyResult<Int> {
    let b = super::bytes::bytes_like(x).expect("a bytes-like object");
    let text = super::bytes::latin1(&b);
    parse_int(&text, base).map_err(|e| {
        if !e.matches(&super::exceptions::VALUE_ERROR) {
            return e;
        }
        let shown = super::bytes::repr(&b);
        PyErr::value_error(format!(
            "invalid literal for int() with base {base}: {shown}"
        ))
    })
}

/// `int(x)` for one argument: `__int__`, then `__index__`, then text.
pub(super) fn to_int(x: &PyRef) -> PyResult<Int> {
    if let Some(i) = int::as_int(x)
        && int::is_exact(x)
    {
        return Ok(i.clone());
    }
    if let Some(f) = float::as_f64(x)
        && float::is_exact(x)
    {
        return Ok(Int::from_f64(f)?);
    }
    if let Some(m) = ops::lookup_method(x, "__int__")? {
        let r = m.call(&[])?;
        return match int::as_int(&r) {
            Some(i) => Ok(i.clone()),
            None => Err(PyErr::type_error(format!(
                "__int__ returned non-int (type {})",
                r.type_of().name()
            ))),
        };
    }
    if x.type_of().lookup("__index__").is_some() {
        return int::index(x);
    }
    if let Some(s) = pystr::as_str(x) {
        return parse_int(s, 10);
    }
    if is_bytes_text(x) {
        return parse_bytes_int(x, 10);
    }
    Err(PyErr::type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        x.type_of().name()
    )))
}

pub(super) fn register() {
    INT.add_static("__new__", int_new);
    register_binary!(INT, int_binary, [0, 1, 2, 3, 5, 6, 7, 9, 10, 11, 12]);
    INT.add_method("__pow__", int_pow::<false>);
    INT.add_method("__rpow__", int_pow::<true>);
    INT.add_method("__divmod__", int_divmod::<false>);
    INT.add_method("__rdivmod__", int_divmod::<true>);
    register_compare!(INT, int_compare, [0, 1, 2, 3, 4, 5]);
    INT.add_method("__neg__", int_neg);
    INT.add_method("__pos__", int_pos);
    INT.add_method("__abs__", int_abs);
    INT.add_method("__invert__", int_invert);
    INT.add_method("__bool__", int_bool);
    INT.add_method("__hash__", int_hash);
    INT.add_method("__repr__", int_repr);
    INT.add_method("__format__", int_format);
    INT.add_method("__int__", int_int);
    INT.add_method("__index__", int_index);
    INT.add_method("__float__", int_float);
    INT.add_method("__trunc__", int_trunc);
    INT.add_method("__floor__", int_floor);
    INT.add_method("__ceil__", int_ceil);
    INT.add_method("__round__", int_round);
    INT.add_method("conjugate", int_conjugate);
    INT.add_method("bit_length", int_bit_length);
    INT.add_method("bit_count", int_bit_count);
    INT.add_method("as_integer_ratio", int_as_integer_ratio);
    INT.add_method("is_integer", int_is_integer);
    INT.add_method("__getnewargs__", int_getnewargs);
    INT.add_classmethod("from_bytes", int_from_bytes);
    INT.add_method("to_bytes", int_to_bytes);
    INT.add_getset("real", get_exact, None);
    INT.add_getset("numerator", get_exact, None);
    INT.add_getset("imag", get_zero, None);
    INT.add_getset("denominator", get_one, None);
}
