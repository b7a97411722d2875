//! The integer functions: `gcd`, `lcm`, `isqrt`, `factorial`, `comb`,
//! `perm`, on ints of any size (arguments through `__index__`).

use runtime::num::Int;
use runtime::types::{Args, int, is_none};
use runtime::{PyErr, PyResult};

/// `min(n - k, k)` and `k` must fit a C `long long` to be computed.
const LLONG_MAX: i64 = i64::MAX;

fn indices(args: &Args, fname: &str) -> PyResult<Vec<Int>> {
    args.exact(fname, 0, usize::MAX)?
        .iter()
        .map(int::index)
        .collect()
}

pub(super) fn gcd(args: &Args) -> PyResult {
    let all = indices(args, "math.gcd")?;
    let g = all.iter().fold(Int::from(0), |acc, x| acc.gcd(x));
    Ok(int::from_int(g))
}

pub(super) fn lcm(args: &Args) -> PyResult {
    let all = indices(args, "math.lcm")?;
    let l = all.iter().fold(Int::from(1), |acc, x| acc.lcm(x));
    Ok(int::from_int(l))
}

pub(super) fn isqrt(args: &Args) -> PyResult {
    let n = int::index(&args.exact("math.isqrt", 1, 1)?[0])?;
    if n.is_negative() {
        return Err(PyErr::value_error("isqrt() argument must be nonnegative"));
    }
    Ok(int::from_int(n.isqrt()))
}

fn factorial_of(n: &Int) -> PyResult {
    if n.is_negative() {
        return Err(PyErr::value_error(
            "factorial() not defined for negative values",
        ));
    }
    let n = n.to_i64().ok_or_else(|| {
        PyErr::overflow_error(format!(
            "factorial() argument should not exceed {LLONG_MAX}"
        ))
    })?;
    Ok(int::from_int(Int::factorial(n as u64)))
}

pub(super) fn factorial(args: &Args) -> PyResult {
    factorial_of(&int::index(&args.exact("math.factorial", 1, 1)?[0])?)
}

/// `n` and `k`, both non-negative.
fn n_and_k(n: &runtime::PyRef, k: &runtime::PyRef) -> PyResult<(Int, Int)> {
    let (n, k) = (int::index(n)?, int::index(k)?);
    if n.is_negative() {
        return Err(PyErr::value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(PyErr::value_error("k must be a non-negative integer"));
    }
    Ok((n, k))
}

pub(super) fn comb(args: &Args) -> PyResult {
    let items = args.exact("comb", 2, 2)?;
    let (n, k) = n_and_k(&items[0], &items[1])?;
    let rest = n.sub(&k);
    if rest.is_negative() {
        return Ok(int::from_i64(0));
    }
    let k = if rest < k { rest } else { k };
    let k = k.to_i64().ok_or_else(|| {
        PyErr::overflow_error(format!("min(n - k, k) must not exceed {LLONG_MAX}"))
    })?;
    Ok(int::from_int(Int::comb(&n, k as u64)))
}

pub(super) fn perm(args: &Args) -> PyResult {
    let items = args.exact("perm", 1, 2)?;
    let k = match items.get(1) {
        Some(k) if !is_none(k) => k,
        _ => return factorial_of(&int::index(&items[0])?),
    };
    let (n, k) = n_and_k(&items[0], k)?;
    if n < k {
        return Ok(int::from_i64(0));
    }
    let k = k
        .to_i64()
        .ok_or_else(|| PyErr::overflow_error(format!("k must not exceed {LLONG_MAX}")))?;
    Ok(int::from_int(Int::perm(&n, k as u64)))
}
