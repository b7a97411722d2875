//! The eval loop's fast paths for the commonest operand types, tried before
//! the general protocols (`runtime::ops`), like CPython's specialized
//! instructions: exact ints that fit an `i64`, whose results are the
//! protocols' exactly. `None` sends the instruction to the protocol.

use runtime::PyRef;
use runtime::ops::{BinOp, CompareOp};
use runtime::types::{from_bool, int};

/// Both operands' values when both are exact ints that fit an `i64` (bools
/// and int subclasses may override the operators).
#[inline]
fn small_ints(a: &PyRef, b: &PyRef) -> Option<(i64, i64)> {
    if !(int::is_exact(a) && int::is_exact(b)) {
        return None;
    }
    Some((int::as_i64(a)?, int::as_i64(b)?))
}

/// `a + b`, `a - b`, `a * b` on small ints, when the result fits; the
/// in-place forms are the same (int has no `__iadd__`).
#[inline]
pub fn binary(a: &PyRef, b: &PyRef, op: BinOp) -> Option<PyRef> {
    let (x, y) = small_ints(a, b)?;
    let r = match op {
        BinOp::Add => x.checked_add(y)?,
        BinOp::Subtract => x.checked_sub(y)?,
        BinOp::Multiply => x.checked_mul(y)?,
        _ => return None,
    };
    Some(int::from_i64(r))
}

/// A comparison of small ints (always a bool, so `bool(...)` is the same).
#[inline]
pub fn compare(a: &PyRef, b: &PyRef, op: CompareOp) -> Option<PyRef> {
    let (x, y) = small_ints(a, b)?;
    let r = match op {
        CompareOp::Lt => x < y,
        CompareOp::Le => x <= y,
        CompareOp::Eq => x == y,
        CompareOp::Ne => x != y,
        CompareOp::Gt => x > y,
        CompareOp::Ge => x >= y,
    };
    Some(from_bool(r))
}
