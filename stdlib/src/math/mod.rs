//! The `math` module (CPython's Modules/mathmodule.c): every function and
//! constant of 3.14, with its argument conversions, special values and
//! error classes and messages.

mod exact;
mod integer;
mod special;
mod sum;

use runtime::num::{Int, math as nm};
use runtime::ops;
use runtime::types::native::{NativeFn, new_function};
use runtime::types::{Args, float, from_bool, int, module, tuple};
use runtime::{PyErr, PyRef, PyResult};

/// The module object.
pub fn make() -> PyRef {
    let m = module::new_module("math");
    let constants = [
        ("pi", std::f64::consts::PI),
        ("e", std::f64::consts::E),
        ("tau", std::f64::consts::TAU),
        ("inf", f64::INFINITY),
        ("nan", f64::NAN),
    ];
    for (name, value) in constants {
        module::set(&m, name, float::from_f64(value));
    }
    for &(name, f) in FUNCTIONS {
        module::set(&m, name, new_function(name, f, Some("math")));
    }
    m
}

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("acos", acos),
    ("acosh", acosh),
    ("asin", asin),
    ("asinh", asinh),
    ("atan", atan),
    ("atan2", atan2),
    ("atanh", atanh),
    ("cbrt", cbrt),
    ("ceil", ceil),
    ("comb", integer::comb),
    ("copysign", copysign),
    ("cos", cos),
    ("cosh", cosh),
    ("degrees", degrees),
    ("dist", sum::dist),
    ("erf", erf),
    ("erfc", erfc),
    ("exp", exp),
    ("exp2", exp2),
    ("expm1", expm1),
    ("fabs", fabs),
    ("factorial", integer::factorial),
    ("floor", floor),
    ("fma", fma),
    ("fmod", fmod),
    ("frexp", frexp),
    ("fsum", sum::fsum),
    ("gamma", gamma),
    ("gcd", integer::gcd),
    ("hypot", sum::hypot),
    ("isclose", isclose),
    ("isfinite", isfinite),
    ("isinf", isinf),
    ("isnan", isnan),
    ("isqrt", integer::isqrt),
    ("lcm", integer::lcm),
    ("ldexp", ldexp),
    ("lgamma", lgamma),
    ("log", log),
    ("log10", log10),
    ("log1p", log1p),
    ("log2", log2),
    ("modf", modf),
    ("nextafter", nextafter),
    ("perm", integer::perm),
    ("pow", pow),
    ("prod", sum::prod),
    ("radians", radians),
    ("remainder", remainder),
    ("sin", sin),
    ("sinh", sinh),
    ("sqrt", sqrt),
    ("sumprod", sum::sumprod),
    ("tan", tan),
    ("tanh", tanh),
    ("trunc", trunc),
    ("ulp", ulp),
];

fn domain_error() -> PyErr {
    PyErr::value_error("math domain error")
}

fn range_error() -> PyErr {
    PyErr::overflow_error("math range error")
}

/// A float argument (`PyFloat_AsDouble`): floats, ints, `__float__`, then
/// `__index__`. A float is read inline; anything else is a call.
#[inline]
fn real(obj: &PyRef) -> PyResult<f64> {
    match float::as_f64(obj) {
        Some(x) => Ok(x),
        None => real_other(obj),
    }
}

/// [`real`] of an argument that is not a float.
fn real_other(obj: &PyRef) -> PyResult<f64> {
    if let Some(i) = int::as_int(obj) {
        return Ok(i.to_f64()?);
    }
    let ty = obj.type_of();
    if let Some(f) = ty.lookup("__float__") {
        let r = ops::call(&f, std::slice::from_ref(obj))?;
        return float::as_f64(&r).ok_or_else(|| {
            PyErr::type_error(format!(
                "{}.__float__ returned non-float (type {})",
                ty.name(),
                r.type_of().name()
            ))
        });
    }
    if ty.lookup("__index__").is_some() {
        return Ok(int::index(obj)?.to_f64()?);
    }
    Err(PyErr::type_error(format!(
        "must be real number, not {}",
        ty.name()
    )))
}

/// The one argument of `math.<name>(x)`.
fn one<'a>(args: &Args<'a>, fname: &str) -> PyResult<&'a PyRef> {
    Ok(&args.exact(fname, 1, 1)?[0])
}

/// The float arguments of a function of `N` floats.
fn reals<const N: usize>(args: &Args, fname: &str) -> PyResult<[f64; N]> {
    let items = args.exact(fname, N, N)?;
    let mut out = [0.0; N];
    for (slot, item) in out.iter_mut().zip(items) {
        *slot = real(item)?;
    }
    Ok(out)
}

#[inline]
fn float_result(r: PyResult<f64>) -> PyResult {
    r.map(float::from_f64)
}

/// CPython's `math_1`: a NaN from a non-NaN is a domain error (worded by
/// `msg` followed by the argument's repr, when given); an infinity from a
/// finite argument is an overflow if the function `can_overflow`, else a
/// domain error.
fn check1(x: f64, r: f64, can_overflow: bool, msg: Option<&str>) -> PyResult<f64> {
    let domain = || match msg {
        Some(prefix) => PyErr::value_error(format!("{prefix}{}", numfmt::float_repr(x))),
        None => domain_error(),
    };
    if r.is_nan() && !x.is_nan() {
        return Err(domain());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow {
            range_error()
        } else {
            domain()
        });
    }
    Ok(r)
}

/// CPython's `math_2`: NaN from non-NaNs is a domain error, an infinity
/// from finite arguments a range error.
fn check2(x: f64, y: f64, r: f64) -> PyResult<f64> {
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error());
    }
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(range_error());
    }
    Ok(r)
}

const RANGE_1: &str = "expected a number in range from -1 up to 1, got ";
const FINITE: &str = "expected a finite input, got ";
const GAMMA: &str = "expected a noninteger or positive integer, got ";

/// Functions of one float through [`check1`]:
/// `name = function, can_overflow, domain message prefix`.
macro_rules! unary {
    ($($name:ident = $f:expr, $overflow:expr, $msg:expr;)*) => {$(
        fn $name(args: &Args) -> PyResult {
            let x = real(one(args, concat!("math.", stringify!($name)))?)?;
            float_result(check1(x, $f(x), $overflow, $msg))
        }
    )*};
}

unary! {
    acos = f64::acos, false, Some(RANGE_1);
    acosh = exact::acosh, false, Some("expected argument value not less than 1, got ");
    asin = f64::asin, false, Some(RANGE_1);
    asinh = exact::asinh, false, None;
    atan = f64::atan, false, None;
    atanh = exact::atanh, false, Some("expected a number between -1 and 1, got ");
    cbrt = special::cbrt, false, None;
    cos = f64::cos, false, Some(FINITE);
    cosh = f64::cosh, true, None;
    erf = libm::erf, false, None;
    erfc = exact::erfc, false, None;
    exp = f64::exp, true, None;
    exp2 = f64::exp2, true, None;
    expm1 = f64::exp_m1, true, None;
    fabs = f64::abs, false, None;
    gamma = special::gamma, true, Some(GAMMA);
    lgamma = special::lgamma, true, Some(GAMMA);
    log1p = f64::ln_1p, false, Some("expected argument value > -1, got ");
    sin = f64::sin, false, Some(FINITE);
    sinh = f64::sinh, true, None;
    sqrt = f64::sqrt, false, Some("expected a nonnegative input, got ");
    tan = f64::tan, false, Some(FINITE);
    tanh = f64::tanh, false, None;
}

fn degrees(args: &Args) -> PyResult {
    let x = real(one(args, "math.degrees")?)?;
    Ok(float::from_f64(x * (180.0 / std::f64::consts::PI)))
}

fn radians(args: &Args) -> PyResult {
    let x = real(one(args, "math.radians")?)?;
    Ok(float::from_f64(x * (std::f64::consts::PI / 180.0)))
}

fn float_predicate(args: &Args, fname: &str, p: fn(f64) -> bool) -> PyResult {
    Ok(from_bool(p(real(one(args, fname)?)?)))
}

fn isfinite(args: &Args) -> PyResult {
    float_predicate(args, "math.isfinite", f64::is_finite)
}

fn isinf(args: &Args) -> PyResult {
    float_predicate(args, "math.isinf", f64::is_infinite)
}

fn isnan(args: &Args) -> PyResult {
    float_predicate(args, "math.isnan", f64::is_nan)
}

fn to_int(x: f64) -> PyResult {
    Ok(int::from_int(Int::from_f64(x)?))
}

/// `floor` / `ceil`: floats directly, ints as they are, then the
/// argument's `__floor__` / `__ceil__`, then its float value.
fn round_with(args: &Args, fname: &str, dunder: &str, f: fn(f64) -> f64) -> PyResult {
    let x = one(args, fname)?;
    if float::is_exact(x) {
        return to_int(f(float::as_f64(x).unwrap_or_default()));
    }
    if int::is_exact(x) {
        return Ok(x.clone());
    }
    if let Some(m) = ops::lookup_method(x, dunder)? {
        return m.call(&[]);
    }
    to_int(f(real(x)?))
}

fn floor(args: &Args) -> PyResult {
    round_with(args, "math.floor", "__floor__", f64::floor)
}

fn ceil(args: &Args) -> PyResult {
    round_with(args, "math.ceil", "__ceil__", f64::ceil)
}

fn trunc(args: &Args) -> PyResult {
    let x = one(args, "math.trunc")?;
    if float::is_exact(x) {
        return to_int(float::as_f64(x).unwrap_or_default().trunc());
    }
    if int::is_exact(x) {
        return Ok(x.clone());
    }
    match ops::lookup_method(x, "__trunc__")? {
        Some(m) => m.call(&[]),
        None => Err(PyErr::type_error(format!(
            "type {} doesn't define __trunc__ method",
            x.type_of().name()
        ))),
    }
}

/// The natural log (or `f`) of an argument; ints of any size are taken by
/// their float decomposition.
fn log_of(x: &PyRef, f: fn(f64) -> f64) -> PyResult<f64> {
    if let Some(i) = int::as_int(x) {
        if i.is_negative() || i.is_zero() {
            return Err(PyErr::value_error("expected a positive input"));
        }
        return Ok(match i.to_f64() {
            Ok(v) => f(v),
            Err(_) => {
                let (m, e) = i.frexp();
                f(m) + f(2.0) * e as f64
            }
        });
    }
    let v = real(x)?;
    check1(v, f(v), false, Some("expected a positive input, got "))
}

fn log(args: &Args) -> PyResult {
    let items = args.exact("log", 1, 2)?;
    let num = log_of(&items[0], f64::ln)?;
    let Some(base) = items.get(1) else {
        return Ok(float::from_f64(num));
    };
    let den = log_of(base, f64::ln)?;
    if den == 0.0 {
        return Err(PyErr::zero_division_error("division by zero"));
    }
    Ok(float::from_f64(num / den))
}

fn log2(args: &Args) -> PyResult {
    float_result(log_of(one(args, "math.log2")?, f64::log2))
}

fn log10(args: &Args) -> PyResult {
    float_result(log_of(one(args, "math.log10")?, f64::log10))
}

fn atan2(args: &Args) -> PyResult {
    let [y, x] = reals(args, "atan2")?;
    float_result(check2(y, x, y.atan2(x)))
}

fn copysign(args: &Args) -> PyResult {
    let [x, y] = reals(args, "copysign")?;
    Ok(float::from_f64(x.copysign(y)))
}

fn fmod(args: &Args) -> PyResult {
    let [x, y] = reals(args, "fmod")?;
    if y.is_infinite() && x.is_finite() {
        return Ok(float::from_f64(x));
    }
    float_result(check2(x, y, x % y))
}

/// IEEE 754 remainder: `x - n*y` for the integer `n` nearest `x / y`, ties
/// to even.
fn ieee_remainder(x: f64, y: f64) -> f64 {
    if x.is_finite() && y.is_finite() {
        if y == 0.0 {
            return f64::NAN;
        }
        let (ax, ay) = (x.abs(), y.abs());
        let m = ax % ay;
        let c = ay - m;
        let r = if m < c {
            m
        } else if m > c {
            -c
        } else {
            m - 2.0 * ((0.5 * (ax - m)) % ay)
        };
        return 1f64.copysign(x) * r;
    }
    if x.is_nan() {
        return x;
    }
    if y.is_nan() {
        return y;
    }
    if x.is_infinite() {
        return f64::NAN;
    }
    x
}

fn remainder(args: &Args) -> PyResult {
    let [x, y] = reals(args, "remainder")?;
    float_result(check2(x, y, ieee_remainder(x, y)))
}

/// `x ** y` with C99's special values and Python's errors.
fn float_pow(x: f64, y: f64) -> PyResult<f64> {
    if !x.is_finite() || !y.is_finite() {
        return Ok(if x.is_nan() {
            if y == 0.0 { 1.0 } else { x }
        } else if y.is_nan() {
            if x == 1.0 { 1.0 } else { y }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && y.abs() % 2.0 == 1.0;
            if y > 0.0 {
                if odd_y { x } else { x.abs() }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if (y > 0.0 && x.abs() > 1.0) || (y < 0.0 && x.abs() < 1.0) {
            f64::INFINITY
        } else {
            0.0
        });
    }
    let r = x.powf(y);
    if r.is_nan() || (r.is_infinite() && x == 0.0) {
        return Err(domain_error());
    }
    if r.is_infinite() {
        return Err(range_error());
    }
    Ok(r)
}

fn pow(args: &Args) -> PyResult {
    let [x, y] = reals(args, "pow")?;
    float_result(float_pow(x, y))
}

fn fma(args: &Args) -> PyResult {
    let [x, y, z] = reals(args, "fma")?;
    let r = x.mul_add(y, z);
    if r.is_nan() && !x.is_nan() && !y.is_nan() && !z.is_nan() {
        return Err(PyErr::value_error("invalid operation in fma"));
    }
    if r.is_infinite() && x.is_finite() && y.is_finite() && z.is_finite() {
        return Err(PyErr::overflow_error("overflow in fma"));
    }
    Ok(float::from_f64(r))
}

fn pair(a: PyRef, b: PyRef) -> PyRef {
    tuple::new_tuple(vec![a, b])
}

fn modf(args: &Args) -> PyResult {
    let x = real(one(args, "math.modf")?)?;
    let (frac, whole) = if x.is_infinite() {
        (0f64.copysign(x), x)
    } else {
        let t = x.trunc();
        ((x - t).copysign(x), t)
    };
    Ok(pair(float::from_f64(frac), float::from_f64(whole)))
}

fn frexp(args: &Args) -> PyResult {
    let x = real(one(args, "math.frexp")?)?;
    let (m, e) = nm::frexp(x);
    Ok(pair(float::from_f64(m), int::from_i64(e.into())))
}

fn ldexp(args: &Args) -> PyResult {
    let items = args.exact("ldexp", 2, 2)?;
    let x = real(&items[0])?;
    let Some(i) = int::as_int(&items[1]) else {
        return Err(PyErr::type_error(
            "Expected an int as second argument to ldexp.",
        ));
    };
    if x == 0.0 || !x.is_finite() {
        return Ok(float::from_f64(x));
    }
    let n = i
        .to_i64()
        .unwrap_or(if i.is_negative() { i64::MIN } else { i64::MAX });
    let r = nm::ldexp(x, n);
    if r.is_infinite() {
        return Err(range_error());
    }
    Ok(float::from_f64(r))
}

/// C's `nextafter`.
fn next_toward(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        x + y
    } else if x == y {
        y
    } else if x < y {
        x.next_up()
    } else {
        x.next_down()
    }
}

/// `steps` applications of `nextafter(x, y)`, counted on the integers that
/// order the floats (stopping at `y`).
fn step_toward(x: f64, y: f64, steps: u64) -> f64 {
    if steps == 0 || x.is_nan() {
        return x;
    }
    if y.is_nan() {
        return y;
    }
    let (ux, uy) = (x.to_bits(), y.to_bits());
    if ux == uy {
        return x;
    }
    const SIGN: u64 = 1 << 63;
    let (ax, ay) = (ux & !SIGN, uy & !SIGN);
    if (ux ^ uy) & SIGN != 0 {
        if ax + ay <= steps {
            y
        } else if ax < steps {
            f64::from_bits((uy & SIGN) | (steps - ax))
        } else {
            f64::from_bits(ux - steps)
        }
    } else if ax > ay {
        if ax - ay >= steps {
            f64::from_bits(ux - steps)
        } else {
            y
        }
    } else if ay - ax >= steps {
        f64::from_bits(ux + steps)
    } else {
        y
    }
}

/// Positional arguments (exactly `npos`) and the keyword-only `names`.
fn keyword_only<'a, const N: usize>(
    args: &Args<'a>,
    fname: &str,
    npos: usize,
    names: [&str; N],
) -> PyResult<(&'a [PyRef], [Option<&'a PyRef>; N])> {
    let pos = args.positional();
    if pos.len() != npos {
        return Err(PyErr::type_error(format!(
            "{fname}() takes exactly {npos} positional argument{} ({} given)",
            if npos == 1 { "" } else { "s" },
            pos.len()
        )));
    }
    let mut out = [None; N];
    for (k, v) in args.kwargs() {
        let key = runtime::types::str::to_string(k).unwrap_or_default();
        match names.iter().position(|n| *n == key) {
            Some(i) => out[i] = Some(v),
            None => {
                return Err(PyErr::type_error(format!(
                    "{fname}() got an unexpected keyword argument '{key}'"
                )));
            }
        }
    }
    Ok((pos, out))
}

fn nextafter(args: &Args) -> PyResult {
    let (pos, [steps]) = keyword_only(args, "nextafter", 2, ["steps"])?;
    let (x, y) = (real(&pos[0])?, real(&pos[1])?);
    let steps = match steps.filter(|s| !runtime::types::is_none(s)) {
        None => return Ok(float::from_f64(next_toward(x, y))),
        Some(s) => int::index(s)?,
    };
    if steps.is_negative() {
        return Err(PyErr::value_error("steps must be a non-negative integer"));
    }
    let steps = steps.to_i64().map_or(u64::MAX, |s| s as u64);
    Ok(float::from_f64(step_toward(x, y, steps)))
}

fn ulp(args: &Args) -> PyResult {
    let x = real(one(args, "math.ulp")?)?;
    if x.is_nan() {
        return Ok(float::from_f64(x));
    }
    let x = x.abs();
    if x.is_infinite() {
        return Ok(float::from_f64(x));
    }
    let up = x.next_up();
    Ok(float::from_f64(if up.is_infinite() {
        x - x.next_down()
    } else {
        up - x
    }))
}

fn isclose(args: &Args) -> PyResult {
    if args.positional().len() > 2 {
        return Err(PyErr::type_error(format!(
            "isclose() takes exactly 2 positional arguments ({} given)",
            args.positional().len()
        )));
    }
    let [a, b, rel, abs] = args.bind("isclose", ["a", "b", "rel_tol", "abs_tol"], 2)?;
    let (a, b) = (real(a.expect("bound"))?, real(b.expect("bound"))?);
    let rel_tol = rel.map(real).transpose()?.unwrap_or(1e-9);
    let abs_tol = abs.map(real).transpose()?.unwrap_or(0.0);
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(PyErr::value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(from_bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(from_bool(false));
    }
    let diff = (b - a).abs();
    Ok(from_bool(
        diff <= (rel_tol * b).abs() || diff <= (rel_tol * a).abs() || diff <= abs_tol,
    ))
}
