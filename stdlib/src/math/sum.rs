//! The accumulating functions: `fsum` (exact, Shewchuk's partials),
//! `hypot` / `dist` (CPython's correctly scaled and corrected vector norm),
//! `prod` and `sumprod`.

use super::{keyword_only, real};
use runtime::num::{Int, math as nm};
use runtime::ops::{self, BinOp};
use runtime::types::{Args, float, int, tuple};
use runtime::{PyErr, PyRef, PyResult};

/// Exact running sum of floats: non-overlapping partials, smallest first.
#[derive(Default)]
struct Partials {
    partials: Vec<f64>,
    special: f64,
    inf: f64,
}

impl Partials {
    fn add(&mut self, value: f64) -> PyResult<()> {
        let mut x = value;
        let mut kept = 0;
        for j in 0..self.partials.len() {
            let mut y = self.partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                self.partials[kept] = lo;
                kept += 1;
            }
            x = hi;
        }
        self.partials.truncate(kept);
        if x != 0.0 {
            if !x.is_finite() {
                // An infinity or NaN from finite inputs is an overflow of
                // the partials; from the input itself it is kept aside.
                if value.is_finite() {
                    return Err(PyErr::overflow_error("intermediate overflow in fsum"));
                }
                if value.is_infinite() {
                    self.inf += value;
                }
                self.special += value;
                self.partials.clear();
            } else {
                self.partials.push(x);
            }
        }
        Ok(())
    }

    /// The correctly rounded sum.
    fn total(mut self) -> PyResult<f64> {
        if self.special != 0.0 {
            if self.inf.is_nan() {
                return Err(PyErr::value_error("-inf + inf in fsum"));
            }
            return Ok(self.special);
        }
        let Some(mut hi) = self.partials.pop() else {
            return Ok(0.0);
        };
        let mut lo = 0.0;
        while let Some(y) = self.partials.pop() {
            let x = hi;
            hi = x + y;
            lo = y - (hi - x);
            if lo != 0.0 {
                break;
            }
        }
        // Round half-way cases the way the remaining partials lean.
        if let Some(&next) = self.partials.last()
            && ((lo < 0.0 && next < 0.0) || (lo > 0.0 && next > 0.0))
        {
            let y = lo * 2.0;
            let x = hi + y;
            if y == x - hi {
                hi = x;
            }
        }
        Ok(hi)
    }
}

pub(super) fn fsum(args: &Args) -> PyResult {
    let iterable = &args.exact("math.fsum", 1, 1)?[0];
    let mut sum = Partials::default();
    for x in ops::to_vec(iterable)? {
        sum.add(real(&x)?)?;
    }
    Ok(float::from_f64(sum.total()?))
}

/// `x * y` as an unevaluated sum `hi + lo`, exactly.
fn two_product(x: f64, y: f64) -> (f64, f64) {
    let hi = x * y;
    (hi, x.mul_add(y, -hi))
}

/// `a + b` as `hi + lo` exactly, for `|a| >= |b|`.
fn fast_two_sum(a: f64, b: f64) -> (f64, f64) {
    let hi = a + b;
    (hi, (a - hi) + b)
}

/// The Euclidean norm of non-negative `v` whose largest element is `max`:
/// scaled by a power of two to avoid overflow and underflow, summed in
/// extended precision, then corrected by one Newton step.
fn vector_norm(v: &mut [f64], max: f64, found_nan: bool) -> f64 {
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || v.len() <= 1 {
        return max;
    }
    let (_, max_e) = nm::frexp(max);
    if max_e < -1023 {
        for x in v.iter_mut() {
            *x /= f64::MIN_POSITIVE;
        }
        return f64::MIN_POSITIVE * vector_norm(v, max / f64::MIN_POSITIVE, found_nan);
    }
    let scale = nm::ldexp(1.0, (-max_e).into());
    let (mut csum, mut frac1, mut frac2) = (1.0, 0.0, 0.0);
    for &x in v.iter() {
        let x = x * scale;
        let (sq_hi, sq_lo) = two_product(x, x);
        let (hi, lo) = fast_two_sum(csum, sq_hi);
        csum = hi;
        frac1 += sq_lo;
        frac2 += lo;
    }
    let mut h = (csum - 1.0 + (frac1 + frac2)).sqrt();
    let (sq_hi, sq_lo) = two_product(-h, h);
    let (hi, lo) = fast_two_sum(csum, sq_hi);
    csum = hi;
    frac1 += sq_lo;
    frac2 += lo;
    let x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    h / scale
}

/// The norm of the absolute values `v`.
fn norm(mut v: Vec<f64>) -> f64 {
    let found_nan = v.iter().any(|x| x.is_nan());
    let max = v.iter().copied().fold(0.0, f64::max);
    vector_norm(&mut v, max, found_nan)
}

pub(super) fn hypot(args: &Args) -> PyResult {
    let items = args.exact("math.hypot", 0, usize::MAX)?;
    let v = items
        .iter()
        .map(|x| real(x).map(f64::abs))
        .collect::<PyResult<Vec<_>>>()?;
    Ok(float::from_f64(norm(v)))
}

/// A point argument of `dist`, as a tuple's items.
fn point(obj: &PyRef) -> PyResult<Vec<PyRef>> {
    match tuple::as_slice(obj) {
        Some(items) => Ok(items.to_vec()),
        None => ops::to_vec(obj),
    }
}

pub(super) fn dist(args: &Args) -> PyResult {
    let items = args.exact("dist", 2, 2)?;
    let (p, q) = (point(&items[0])?, point(&items[1])?);
    if p.len() != q.len() {
        return Err(PyErr::value_error(
            "both points must have the same number of dimensions",
        ));
    }
    let v = p
        .iter()
        .zip(&q)
        .map(|(a, b)| Ok((real(a)? - real(b)?).abs()))
        .collect::<PyResult<Vec<_>>>()?;
    Ok(float::from_f64(norm(v)))
}

pub(super) fn prod(args: &Args) -> PyResult {
    let (pos, [start]) = keyword_only(args, "prod", 1, ["start"])?;
    let mut acc = start.cloned().unwrap_or_else(|| int::from_i64(1));
    for x in ops::to_vec(&pos[0])? {
        acc = ops::binary_op(&acc, &x, BinOp::Multiply)?;
    }
    Ok(acc)
}

/// `sumprod(p, q)`: int products summed exactly as ints, float products
/// summed exactly (each product split into two floats) and rounded once,
/// anything else through `*` and `+`; the three totals added at the end.
pub(super) fn sumprod(args: &Args) -> PyResult {
    let items = args.exact("sumprod", 2, 2)?;
    let (p, q) = (ops::to_vec(&items[0])?, ops::to_vec(&items[1])?);
    if p.len() != q.len() {
        return Err(PyErr::value_error("Inputs are not the same length"));
    }
    let mut ints = Int::from(0);
    let mut floats: Option<Partials> = None;
    let mut others: Option<PyRef> = None;
    for (a, b) in p.into_iter().zip(q) {
        if int::is_exact(&a) && int::is_exact(&b) {
            let (x, y) = (int::as_int(&a), int::as_int(&b));
            ints = ints.add(&x.expect("an int").mul(y.expect("an int")));
            continue;
        }
        let as_float = |o: &PyRef| {
            if float::is_exact(o) {
                float::as_f64(o)
            } else if int::is_exact(o) {
                int::as_int(o).and_then(|i| i.to_f64().ok())
            } else {
                None
            }
        };
        if let (Some(x), Some(y)) = (as_float(&a), as_float(&b))
            && (float::is_exact(&a) || float::is_exact(&b))
        {
            let (hi, lo) = two_product(x, y);
            let sum = floats.get_or_insert_with(Partials::default);
            sum.add(hi)?;
            sum.add(lo)?;
            continue;
        }
        let product = ops::binary_op(&a, &b, BinOp::Multiply)?;
        others = Some(match others {
            None => product,
            Some(acc) => ops::binary_op(&acc, &product, BinOp::Add)?,
        });
    }
    let mut total = int::from_int(ints);
    if let Some(f) = floats {
        total = ops::binary_op(&total, &float::from_f64(f.total()?), BinOp::Add)?;
    }
    if let Some(o) = others {
        total = ops::binary_op(&total, &o, BinOp::Add)?;
    }
    Ok(total)
}
