//! The Python-visible methods of `complex`: construction from numbers and
//! text, arithmetic with complexes, floats and ints (a real operand stays
//! real, as in 3.14), equality (complex numbers are not ordered), and the
//! parts.

use super::args::Args;
use super::complex::{COMPLEX, as_complex, from_complex};
use super::float_methods::{compare_real, real_value};
use super::number_methods::{
    ascii_numeral, binary_other, for_class, format_method, new_cls, no_args, ordered, pow_args,
    register_binary, unary_wrapper, wrapper_args,
};
use super::{alloc_instance, float, from_bool, int, not_implemented, str as pystr, tuple};
use crate::err::{PyErr, PyResult};
use crate::num::{self, Complex};
use crate::object::PyRef;
use crate::ops::{self, BinOp, CompareOp};

/// The complex value of a method's self (the descriptor checked its type).
fn value(this: &PyRef) -> Complex {
    *as_complex(this).expect("a complex method's self is a complex")
}

/// Self's value as an exact complex object.
fn exact(this: &PyRef) -> PyRef {
    if std::ptr::eq(this.type_of(), &COMPLEX) {
        this.clone()
    } else {
        from_complex(value(this))
    }
}

/// An operand of complex arithmetic.
#[derive(Clone, Copy)]
enum Operand {
    Real(f64),
    Complex(Complex),
}

impl Operand {
    fn of(obj: &PyRef) -> PyResult<Option<Operand>> {
        if let Some(c) = as_complex(obj) {
            return Ok(Some(Operand::Complex(*c)));
        }
        if let Some(x) = float::as_f64(obj) {
            return Ok(Some(Operand::Real(x)));
        }
        match int::as_int(obj) {
            Some(i) => Ok(Some(Operand::Real(i.to_f64()?))),
            None => Ok(None),
        }
    }

    fn to_complex(self) -> Complex {
        match self {
            Operand::Real(x) => Complex::new(x, 0.0),
            Operand::Complex(c) => c,
        }
    }
}

/// `a OP b` with at least one complex operand.
fn arith(a: Operand, b: Operand, op: BinOp) -> PyResult<Complex> {
    use Operand::{Complex as C, Real as R};
    Ok(match (op, a, b) {
        (BinOp::Add, C(a), C(b)) => a + b,
        (BinOp::Add, C(a), R(b)) | (BinOp::Add, R(b), C(a)) => a.add_real(b),
        (BinOp::Subtract, C(a), C(b)) => a - b,
        (BinOp::Subtract, C(a), R(b)) => a.sub_real(b),
        (BinOp::Subtract, R(a), C(b)) => b.real_sub(a),
        (BinOp::Multiply, C(a), C(b)) => a * b,
        (BinOp::Multiply, C(a), R(b)) | (BinOp::Multiply, R(b), C(a)) => a.mul_real(b),
        (BinOp::TrueDivide, C(a), C(b)) => a.try_div(b)?,
        (BinOp::TrueDivide, C(a), R(b)) => a.div_real(b)?,
        (BinOp::TrueDivide, R(a), C(b)) => b.real_div(a)?,
        (BinOp::Power, a, b) => a.to_complex().pow(b.to_complex())?,
        _ => unreachable!("complex registers only + - * / **, with a complex operand"),
    })
}

/// Self and the other operand in operator order, or `None` when the other
/// one is not a number complex handles.
fn operands(args: &Args, other: &PyRef, reflected: bool) -> PyResult<Option<(Operand, Operand)>> {
    let this = Operand::Complex(value(&args.positional()[0]));
    Ok(Operand::of(other)?.map(|o| ordered(this, o, reflected)))
}

fn complex_binary<const OP: usize, const REFLECTED: bool>(args: &Args) -> PyResult {
    let op = BinOp::ALL[OP];
    let other = binary_other(args, op, REFLECTED)?;
    match operands(args, other, REFLECTED)? {
        Some((a, b)) => Ok(from_complex(arith(a, b, op)?)),
        None => Ok(not_implemented()),
    }
}

fn complex_pow<const REFLECTED: bool>(args: &Args) -> PyResult {
    let (other, modulus) = pow_args(args, REFLECTED)?;
    if modulus.is_some() {
        return Err(PyErr::value_error("complex modulo"));
    }
    match operands(args, other, REFLECTED)? {
        Some((a, b)) => Ok(from_complex(arith(a, b, BinOp::Power)?)),
        None => Ok(not_implemented()),
    }
}

/// `__eq__` (or `__ne__` when `NE`): with ints compared exactly.
fn complex_eq<const NE: bool>(args: &Args) -> PyResult {
    let other = &wrapper_args(args, if NE { "__ne__" } else { "__eq__" }, 1)?[0];
    let c = value(&args.positional()[0]);
    let eq = match as_complex(other) {
        Some(o) => c.re == o.re && c.im == o.im,
        None => match compare_real(c.re, other, CompareOp::Eq) {
            Some(eq) => eq && c.im == 0.0,
            None => return Ok(not_implemented()),
        },
    };
    Ok(from_bool(eq != NE))
}

fn wrapper0(args: &Args, name: &str, f: impl FnOnce(Complex) -> PyResult) -> PyResult {
    unary_wrapper(args, name, value, f)
}

fn complex_neg(args: &Args) -> PyResult {
    wrapper0(args, "__neg__", |c| Ok(from_complex(-c)))
}

fn complex_pos(args: &Args) -> PyResult {
    wrapper_args(args, "__pos__", 0)?;
    Ok(exact(&args.positional()[0]))
}

fn complex_abs(args: &Args) -> PyResult {
    wrapper0(args, "__abs__", |c| Ok(float::from_f64(c.abs()?)))
}

fn complex_bool(args: &Args) -> PyResult {
    wrapper0(args, "__bool__", |c| {
        Ok(from_bool(c.re != 0.0 || c.im != 0.0))
    })
}

fn complex_repr(args: &Args) -> PyResult {
    wrapper0(args, "__repr__", |c| Ok(pystr::new_str(&c.repr())))
}

fn complex_hash(args: &Args) -> PyResult {
    let this = &args.positional()[0];
    wrapper0(args, "__hash__", |c| {
        Ok(int::from_i64(
            c.hash().unwrap_or_else(|| ops::identity_hash(this)),
        ))
    })
}

fn complex_complex(args: &Args) -> PyResult {
    Ok(exact(no_args(args, "complex.__complex__")?))
}

fn complex_conjugate(args: &Args) -> PyResult {
    let c = value(no_args(args, "complex.conjugate")?);
    Ok(from_complex(Complex::new(c.re, -c.im)))
}

fn complex_getnewargs(args: &Args) -> PyResult {
    let c = value(no_args(args, "complex.__getnewargs__")?);
    Ok(tuple::new_tuple(vec![
        float::from_f64(c.re),
        float::from_f64(c.im),
    ]))
}

fn complex_format(args: &Args) -> PyResult {
    format_method(args, "complex.__format__", |this, spec, name| {
        num::format::format_complex_named(value(this), spec, name)
    })
}

fn get_real(this: &PyRef) -> PyResult {
    Ok(float::from_f64(value(this).re))
}

fn get_imag(this: &PyRef) -> PyResult {
    Ok(float::from_f64(value(this).im))
}

/// One argument of `complex(real, imag)`: a complex (the real one through
/// `__complex__`) or a real number; `None` for anything else.
fn part(obj: &PyRef, real: bool) -> PyResult<Option<Operand>> {
    if let Some(c) = as_complex(obj).filter(|_| !real) {
        return Ok(Some(Operand::Complex(*c)));
    }
    if real && let Some(m) = ops::lookup_method(obj, "__complex__")? {
        let r = m.call(&[])?;
        return match as_complex(&r) {
            Some(c) => Ok(Some(Operand::Complex(*c))),
            None => Err(PyErr::type_error(format!(
                "__complex__ returned non-complex (type {})",
                r.type_of().name()
            ))),
        };
    }
    if pystr::as_str(obj).is_some() {
        return Ok(None);
    }
    Ok(real_value(obj)?.map(Operand::Real))
}

/// The argument `name` of `complex(real, imag)`; `only_arg` when it is the
/// only one (then the message admits strings).
fn arg_part(obj: &PyRef, name: &str, only_arg: bool) -> PyResult<Operand> {
    part(obj, name == "real")?.ok_or_else(|| {
        let ty = obj.type_of().name();
        PyErr::type_error(if only_arg {
            format!("complex() argument must be a string or a number, not {ty}")
        } else {
            format!("complex() argument '{name}' must be a real number, not {ty}")
        })
    })
}

/// `complex(real=0, imag=0)`, or `complex(string)`.
fn complex_new(args: &Args) -> PyResult {
    let cls = new_cls(&COMPLEX, args)?;
    let [real, imag] = args.skip_first().bind("complex", ["real", "imag"], 0)?;
    if let (Some(r), None) = (real, imag) {
        if let Some(s) = pystr::as_str(r) {
            let c = num::parse::parse_complex(&ascii_numeral(s))?;
            return Ok(new_of(cls, c));
        }
        if std::ptr::eq(r.type_of(), &COMPLEX) && std::ptr::eq(cls, &COMPLEX) {
            return Ok(r.clone());
        }
    }
    let cr = match real {
        Some(r) => arg_part(r, "real", imag.is_none())?,
        None => Operand::Real(0.0),
    };
    let ci = imag.map(|i| arg_part(i, "imag", false)).transpose()?;
    // As CPython: a complex imag contributes its imaginary part to the
    // real part; a complex real contributes its imaginary part to imag.
    let c = cr.to_complex();
    let (ci_re, ci_im) = match ci {
        None => (c.im, None),
        Some(Operand::Complex(z)) => (z.re, Some(z.im)),
        Some(Operand::Real(y)) => (y, None),
    };
    let re = ci_im.map_or(c.re, |i| c.re - i);
    let im = if ci.is_some() && matches!(cr, Operand::Complex(_)) {
        ci_re + c.im
    } else {
        ci_re
    };
    Ok(new_of(cls, Complex::new(re, im)))
}

/// `complex.from_number(number)`: like `complex(number)` but no strings.
fn complex_from_number(args: &Args) -> PyResult {
    let cls_obj = &args.positional()[0];
    let x = &args.skip_first().exact("complex.from_number", 1, 1)?[0];
    let Some(c) = part(x, true)? else {
        return Err(PyErr::type_error(format!(
            "must be real number, not {}",
            x.type_of().name()
        )));
    };
    for_class(cls_obj, &COMPLEX, from_complex(c.to_complex()))
}

/// A complex instance of `cls` (complex or a subclass).
fn new_of(cls: &'static super::Type, c: Complex) -> PyRef {
    if std::ptr::eq(cls, &COMPLEX) {
        from_complex(c)
    } else {
        alloc_instance(c, cls)
    }
}

pub(super) fn register() {
    COMPLEX.add_static("__new__", complex_new);
    register_binary!(COMPLEX, complex_binary, [0, 5, 10, 11]);
    COMPLEX.add_method("__pow__", complex_pow::<false>);
    COMPLEX.add_method("__rpow__", complex_pow::<true>);
    COMPLEX.add_method("__eq__", complex_eq::<false>);
    COMPLEX.add_method("__ne__", complex_eq::<true>);
    COMPLEX.add_method("__neg__", complex_neg);
    COMPLEX.add_method("__pos__", complex_pos);
    COMPLEX.add_method("__abs__", complex_abs);
    COMPLEX.add_method("__bool__", complex_bool);
    COMPLEX.add_method("__hash__", complex_hash);
    COMPLEX.add_method("__repr__", complex_repr);
    COMPLEX.add_method("__format__", complex_format);
    COMPLEX.add_method("__complex__", complex_complex);
    COMPLEX.add_method("conjugate", complex_conjugate);
    COMPLEX.add_method("__getnewargs__", complex_getnewargs);
    COMPLEX.add_classmethod("from_number", complex_from_number);
    COMPLEX.add_getset("real", get_real, None);
    COMPLEX.add_getset("imag", get_imag, None);
}
