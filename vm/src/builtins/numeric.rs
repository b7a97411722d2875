//! The numeric builtins: `abs`, `bin`/`oct`/`hex`, `divmod`, `pow`,
//! `round`. Exact ints and floats are done here directly; everything else
//! goes through the operand types' dunders, as in CPython.

use runtime::num::{self, Int};
use runtime::ops::{self, BinOp};
use runtime::types::native::NativeFn;
use runtime::types::{Args, BOOL, float, int, is_none, is_not_implemented, str as pystr, tuple};
use runtime::{PyErr, PyRef, PyResult};

pub(super) const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("abs", abs),
    ("bin", bin),
    ("divmod", divmod),
    ("hex", hex),
    ("oct", oct),
    ("pow", pow),
    ("round", round),
];

/// The value of an exact int or a bool (whose arithmetic is int's).
fn native_int(x: &PyRef) -> Option<&Int> {
    int::as_int(x).filter(|_| int::is_exact(x) || std::ptr::eq(x.type_of(), &BOOL))
}

fn abs(args: &Args) -> PyResult {
    let x = &args.exact("abs", 1, 1)?[0];
    if let Some(i) = native_int(x) {
        return Ok(int::from_int(i.abs()));
    }
    if float::is_exact(x) {
        return Ok(float::from_f64(float::as_f64(x).expect("a float").abs()));
    }
    match ops::lookup_method(x, "__abs__")? {
        Some(m) => m.call(&[]),
        None => Err(PyErr::type_error(format!(
            "bad operand type for abs(): '{}'",
            x.type_of().name()
        ))),
    }
}

/// `bin`, `oct`, `hex`: the `__index__` of the argument with the prefix.
fn radix(args: &Args, fname: &str, spec: &str) -> PyResult {
    let n = int::index(&args.exact(fname, 1, 1)?[0])?;
    Ok(pystr::new_str(&num::format::format_int(&n, spec)?))
}

fn bin(args: &Args) -> PyResult {
    radix(args, "bin", "#b")
}

fn oct(args: &Args) -> PyResult {
    radix(args, "oct", "#o")
}

fn hex(args: &Args) -> PyResult {
    radix(args, "hex", "#x")
}

/// An exact int or float operand as a float, for the native paths.
fn native_float(x: &PyRef) -> Option<PyResult<f64>> {
    if float::is_exact(x) {
        return float::as_f64(x).map(Ok);
    }
    Some(native_int(x)?.to_f64().map_err(Into::into))
}

/// The first result of `a.__op__(*rest)` and `b.__rop__(a, *rest[1..])`
/// that is not NotImplemented, the right operand first when its type is a
/// proper subclass of the left's and overrides the reflected method.
fn dispatch(
    a: &PyRef,
    b: &PyRef,
    extra: &[PyRef],
    name: &str,
    rname: &str,
) -> PyResult<Option<PyRef>> {
    let (ta, tb) = (a.type_of(), b.type_of());
    let same = std::ptr::eq(ta, tb);
    let overrides = || match (tb.lookup(rname), ta.lookup(rname)) {
        (Some(x), Some(y)) => !PyRef::ptr_eq(&x, &y),
        (Some(_), None) => true,
        _ => false,
    };
    let right_first = !same && tb.is_subtype(ta) && overrides();
    let call = |obj: &PyRef, name: &str, other: &PyRef| -> PyResult<Option<PyRef>> {
        let Some(m) = ops::lookup_method(obj, name)? else {
            return Ok(None);
        };
        let mut call_args = vec![other.clone()];
        call_args.extend_from_slice(extra);
        let r = m.call(&call_args)?;
        Ok((!is_not_implemented(&r)).then_some(r))
    };
    if right_first && let Some(r) = call(b, rname, a)? {
        return Ok(Some(r));
    }
    if let Some(r) = call(a, name, b)? {
        return Ok(Some(r));
    }
    if !same && !right_first {
        return call(b, rname, a);
    }
    Ok(None)
}

fn divmod(args: &Args) -> PyResult {
    let a = args.exact("divmod", 2, 2)?;
    let (x, y) = (&a[0], &a[1]);
    let pair = |q: PyRef, r: PyRef| Ok(tuple::new_tuple(vec![q, r]));
    if let (Some(i), Some(j)) = (native_int(x), native_int(y)) {
        let (q, r) = i.divmod(j)?;
        return pair(int::from_int(q), int::from_int(r));
    }
    if (float::is_exact(x) || float::is_exact(y))
        && let (Some(fx), Some(fy)) = (native_float(x), native_float(y))
    {
        let (q, r) = num::float::divmod(fx?, fy?)?;
        return pair(float::from_f64(q), float::from_f64(r));
    }
    match dispatch(x, y, &[], "__divmod__", "__rdivmod__")? {
        Some(r) => Ok(r),
        None => Err(PyErr::type_error(format!(
            "unsupported operand type(s) for divmod(): '{}' and '{}'",
            x.type_of().name(),
            y.type_of().name()
        ))),
    }
}

fn pow(args: &Args) -> PyResult {
    let [base, exp, modulus] = args.bind("pow", ["base", "exp", "mod"], 2)?;
    let (base, exp) = (base.expect("required"), exp.expect("required"));
    match modulus.filter(|m| !is_none(m)) {
        None => ops::binary_op(base, exp, BinOp::Power),
        Some(m) => pow_mod(base, exp, m),
    }
}

/// Three-argument `pow`.
fn pow_mod(base: &PyRef, exp: &PyRef, m: &PyRef) -> PyResult {
    let operands = [base, exp, m];
    if operands
        .iter()
        .all(|x| native_int(x).is_some() || float::is_exact(x))
    {
        let [b, e, m] = operands.map(native_int);
        return match (b, e, m) {
            (Some(b), Some(e), Some(m)) => Ok(int::from_int(b.pow_mod(e, m)?)),
            _ => Err(PyErr::type_error(
                "pow() 3rd argument not allowed unless all arguments are integers",
            )),
        };
    }
    match dispatch(base, exp, std::slice::from_ref(m), "__pow__", "__rpow__")? {
        Some(r) => Ok(r),
        None => Err(PyErr::type_error(format!(
            "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
            base.type_of().name(),
            exp.type_of().name(),
            m.type_of().name()
        ))),
    }
}

fn round(args: &Args) -> PyResult {
    let [number, ndigits] = args.bind("round", ["number", "ndigits"], 1)?;
    let number = number.expect("required");
    let ndigits = ndigits.filter(|n| !is_none(n));
    if float::is_exact(number) {
        let x = float::as_f64(number).expect("a float");
        return match ndigits {
            None => Ok(int::from_int(num::float::round_to_int(x)?)),
            Some(n) => Ok(float::from_f64(num::float::round_digits(
                x,
                &int::index(n)?,
            )?)),
        };
    }
    if int::is_exact(number) && ndigits.is_none() {
        return Ok(number.clone());
    }
    let Some(m) = ops::lookup_method(number, "__round__")? else {
        return Err(PyErr::type_error(format!(
            "type {} doesn't define __round__ method",
            number.type_of().name()
        )));
    };
    match ndigits {
        None => m.call(&[]),
        Some(n) => m.call(std::slice::from_ref(n)),
    }
}
