//! Exact integers and ratios rounded to the nearest float (ties to even),
//! subnormals included: what `float(int)` and `int / int` need.

use num_bigint::BigUint;
use num_integer::Integer;
use num_traits::{ToPrimitive, Zero};

/// The exponent of the lowest bit of the smallest subnormal.
const MIN_LSB_EXP: i64 = -1074;

/// `mag * 2**exp` (plus a nonzero amount below its lowest bit when `sticky`)
/// rounded to a float with the sign `negative`; `None` when it overflows.
pub fn scaled_to_f64(mag: &BigUint, exp: i64, sticky: bool, negative: bool) -> Option<f64> {
    let sign = if negative { -1.0 } else { 1.0 };
    if mag.is_zero() {
        return Some(sign * 0.0);
    }
    let top = mag.bits() as i64 - 1 + exp;
    if top > 1024 {
        return None;
    }
    let lsb = (top - 52).max(MIN_LSB_EXP);
    let drop = lsb - exp;
    let mut kept = if drop <= 0 {
        (mag << (-drop) as u64).to_u64()
    } else {
        let drop = drop as u64;
        let kept = (mag >> drop).to_u64()?;
        let below = mag - (BigUint::from(kept) << drop);
        let half = BigUint::from(1u8) << (drop - 1);
        let round_up = match below.cmp(&half) {
            std::cmp::Ordering::Greater => true,
            std::cmp::Ordering::Equal => sticky || kept & 1 == 1,
            std::cmp::Ordering::Less => false,
        };
        Some(kept + u64::from(round_up))
    }?;
    let mut lsb = lsb;
    if kept == 1 << 53 {
        kept >>= 1;
        lsb += 1;
    }
    let bits = if kept < 1 << 52 {
        kept
    } else {
        let biased = lsb + 52 + 1023;
        if biased >= 2047 {
            return None;
        }
        ((biased as u64) << 52) | (kept - (1 << 52))
    };
    Some(sign * f64::from_bits(bits))
}

/// `a / b` (`b` nonzero) rounded to a float with the sign `negative`; `None`
/// when it overflows.
pub fn ratio_to_f64(a: &BigUint, b: &BigUint, negative: bool) -> Option<f64> {
    let sign = if negative { -1.0 } else { 1.0 };
    let excess = a.bits() as i64 - b.bits() as i64;
    if a.is_zero() || excess < -1100 {
        return Some(sign * 0.0);
    }
    if excess > 1100 {
        return None;
    }
    // Scale so the quotient has at least 55 bits: everything below them
    // only matters as the sticky bit.
    let shift = (55 - excess).max(0);
    let (q, r) = (a << shift as u64).div_rem(b);
    scaled_to_f64(&q, -shift, !r.is_zero(), negative)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounding() {
        let big = |n: u128| BigUint::from(n);
        assert_eq!(
            scaled_to_f64(&big((1 << 53) + 1), 0, false, false),
            Some(9007199254740992.0)
        );
        assert_eq!(
            scaled_to_f64(&big((1 << 53) + 1), 0, true, false),
            Some(9007199254740994.0)
        );
        assert_eq!(scaled_to_f64(&big(3), -1075, false, false), Some(1e-323));
        assert_eq!(scaled_to_f64(&big(1), 1024, false, false), None);
        assert_eq!(ratio_to_f64(&big(1), &big(3), true), Some(-1.0 / 3.0));
    }
}
