//! The eval loop's fast paths for the commonest operand types, tried before
//! the general protocols (`runtime::ops`), like CPython's specialized
//! instructions: exact ints that fit an `i64` and exact floats, whose
//! results are the protocols' exactly. `None` sends the instruction to the
//! protocol (which also raises every error: division by zero, overflow).

use runtime::PyRef;
use runtime::object::StackRef;
use runtime::ops::{BinOp, CompareOp};
use runtime::types::{float, from_bool, int};

/// Both operands' values when both are exact ints that fit an `i64` (bools
/// and int subclasses may override the operators).
#[inline]
fn small_ints(a: &PyRef, b: &PyRef) -> Option<(i64, i64)> {
    if !(int::is_exact(a) && int::is_exact(b)) {
        return None;
    }
    Some((int::as_i64(a)?, int::as_i64(b)?))
}

/// Both operands as floats when one is an exact float and the other an
/// exact float or a small exact int (which converts exactly below 2^53, as
/// float's own operators convert it).
#[inline]
fn floats(a: &PyRef, b: &PyRef) -> Option<(f64, f64)> {
    let operand = |v: &PyRef| -> Option<f64> {
        if float::is_exact(v) {
            return float::as_f64(v);
        }
        if int::is_exact(v) {
            let i = int::as_i64(v)?;
            return (i.unsigned_abs() <= 1 << 53).then_some(i as f64);
        }
        None
    };
    if !(float::is_exact(a) || float::is_exact(b)) {
        return None;
    }
    Some((operand(a)?, operand(b)?))
}

/// A binary operator on floats (or a float and a small int), when the
/// result is a float.
#[inline(always)]
fn float_arithmetic(a: &PyRef, b: &PyRef, op: BinOp) -> Option<f64> {
    let (x, y) = floats(a, b)?;
    Some(match op {
        BinOp::Add => x + y,
        BinOp::Subtract => x - y,
        BinOp::Multiply => x * y,
        BinOp::TrueDivide if y != 0.0 => x / y,
        BinOp::Power => float_power(x, y)?,
        _ => return None,
    })
}

/// A binary operator on small ints (when the result fits) or floats, on
/// operands the stack held; the in-place forms are the same (int and float
/// have no `__iadd__`). Floats go out of line, so that the small-int case
/// saves no registers.
#[inline]
pub fn binary(a: &mut StackRef, b: &mut StackRef, op: BinOp) -> Option<PyRef> {
    match small_ints(a, b) {
        Some((x, y)) => int_binary(x, y, op).map(int::from_i64),
        None => float_binary(a, b, op),
    }
}

/// [`binary`] on floats: the result takes over an operand's object when
/// the stack held its only reference (`float::result`).
#[inline(never)]
fn float_binary(a: &mut StackRef, b: &mut StackRef, op: BinOp) -> Option<PyRef> {
    float_arithmetic(a, b, op).map(|r| float::result(a, b, r))
}

/// [`binary`] on borrowed operands (locals and constants read in place).
#[inline]
pub fn binary_borrowed(a: &PyRef, b: &PyRef, op: BinOp) -> Option<PyRef> {
    match small_ints(a, b) {
        Some((x, y)) => int_binary(x, y, op).map(int::from_i64),
        None => float_arithmetic(a, b, op).map(float::from_f64),
    }
}

/// `x ** y` when it is a float (not an error, nor complex), by float's own
/// `**`.
#[inline(never)]
fn float_power(x: f64, y: f64) -> Option<f64> {
    match runtime::num::float::pow(x, y) {
        Ok(runtime::num::Number::Float(r)) => Some(r),
        _ => None,
    }
}

#[inline]
fn int_binary(x: i64, y: i64, op: BinOp) -> Option<i64> {
    match op {
        BinOp::Add => x.checked_add(y),
        BinOp::Subtract => x.checked_sub(y),
        BinOp::Multiply => x.checked_mul(y),
        // Python rounds towards negative infinity, so a remainder takes the
        // sign of `y`; y == 0 and i64::MIN // -1 go to the protocol.
        BinOp::FloorDivide | BinOp::Remainder if y != 0 => {
            let (mut q, mut r) = (x.checked_div(y)?, x % y);
            if r != 0 && (r < 0) != (y < 0) {
                q -= 1;
                r += y;
            }
            Some(if op == BinOp::FloorDivide { q } else { r })
        }
        BinOp::And => Some(x & y),
        BinOp::Or => Some(x | y),
        BinOp::Xor => Some(x ^ y),
        BinOp::RShift if y >= 0 => Some(x >> y.min(63)),
        BinOp::LShift if (0..63).contains(&y) => {
            let r = x << y;
            (r >> y == x).then_some(r)
        }
        _ => None,
    }
}

/// A comparison of small ints or of floats (always a bool, so `bool(...)`
/// is the same).
#[inline]
pub fn compare(a: &PyRef, b: &PyRef, op: CompareOp) -> Option<PyRef> {
    compare_bool(a, b, op).map(from_bool)
}

/// [`compare`]'s answer as a Rust bool (a comparison deciding a jump).
#[inline]
pub fn compare_bool(a: &PyRef, b: &PyRef, op: CompareOp) -> Option<bool> {
    if let Some((x, y)) = small_ints(a, b) {
        return Some(compare_values(x, y, op));
    }
    let (x, y) = floats(a, b)?;
    Some(compare_values(x, y, op))
}

#[inline]
fn compare_values<T: PartialOrd>(x: T, y: T, op: CompareOp) -> bool {
    match op {
        CompareOp::Lt => x < y,
        CompareOp::Le => x <= y,
        CompareOp::Eq => x == y,
        CompareOp::Ne => x != y,
        CompareOp::Gt => x > y,
        CompareOp::Ge => x >= y,
    }
}
