//! The number functions behind the `math` module that need the number
//! internals: on [`Int`], gcd, integer square root, factorial, binomial
//! coefficients and permutations, and the float decomposition that lets
//! `math.log` take ints of any size; [`frexp`] and [`ldexp`] on floats.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive};

use super::Int;

/// The product `lo * (lo + 1) * ... * hi`, split in halves so the big
/// multiplications have balanced operands.
fn range_product(lo: u64, hi: u64) -> BigInt {
    if lo > hi {
        return BigInt::one();
    }
    if hi - lo < 16 {
        return (lo..=hi).fold(BigInt::one(), |acc, k| acc * k);
    }
    let mid = lo + (hi - lo) / 2;
    range_product(lo, mid) * range_product(mid + 1, hi)
}

impl Int {
    /// `gcd(self, other)`, non-negative.
    pub fn gcd(&self, other: &Int) -> Int {
        match (self, other) {
            (Int::Small(a), Int::Small(b)) if *a != i64::MIN && *b != i64::MIN => {
                Int::from(a.abs().gcd(&b.abs()))
            }
            _ => Int::from(self.to_big().gcd(&other.to_big())),
        }
    }

    /// `lcm(self, other)`, non-negative.
    pub fn lcm(&self, other: &Int) -> Int {
        if self.is_zero() || other.is_zero() {
            return Int::from(0);
        }
        let (a, b) = (self.to_big().abs(), other.to_big().abs());
        Int::from(&a / a.gcd(&b) * b)
    }

    /// The floor of the square root of a non-negative value.
    pub fn isqrt(&self) -> Int {
        match self {
            Int::Small(n) => {
                let n = *n as u64;
                let mut r = (n as f64).sqrt() as u64;
                while r.checked_mul(r).is_none_or(|sq| sq > n) {
                    r -= 1;
                }
                while (r + 1).checked_mul(r + 1).is_some_and(|sq| sq <= n) {
                    r += 1;
                }
                Int::from(r as i64)
            }
            Int::Big(n) => Int::from(n.sqrt()),
        }
    }

    /// `n!`.
    pub fn factorial(n: u64) -> Int {
        Int::from(range_product(2, n))
    }

    /// `n! / (n - k)!` for `0 <= k <= n` (`k` fits a machine word).
    pub fn perm(n: &Int, k: u64) -> Int {
        if k == 0 {
            return Int::from(1);
        }
        match n.to_i64() {
            Some(n) => Int::from(range_product(n as u64 - k + 1, n as u64)),
            None => {
                let n = n.to_big();
                Int::from((0..k).fold(BigInt::one(), |acc, i| acc * (&n - i)))
            }
        }
    }

    /// `n! / (k! * (n - k)!)` for `0 <= k <= n - k` (`k` fits a machine
    /// word): the falling product divided step by step, each step exact.
    pub fn comb(n: &Int, k: u64) -> Int {
        let n = n.to_big();
        let mut acc = BigInt::one();
        for i in 0..k {
            acc = acc * (&n - i) / (i + 1);
        }
        Int::from(acc)
    }

    /// `(m, e)` with `self ≈ m * 2**e`, `0.5 <= m < 1`, `m` correctly
    /// rounded to 53 bits, for a positive value (CPython's `_PyLong_Frexp`).
    pub fn frexp(&self) -> (f64, u64) {
        let big = self.to_big();
        let bits = big.bits();
        let shift = bits.saturating_sub(64);
        let top = (&big >> shift).to_u64().unwrap_or(u64::MAX);
        let sticky = u64::from(shift > 0 && big.trailing_zeros().is_some_and(|z| z < shift));
        let x = (top | sticky) as f64;
        let (m, e) = frexp(x);
        (m, e as u64 + shift)
    }
}

/// `(m, e)` with `x == m * 2**e` and `0.5 <= |m| < 1`; zero, infinities and
/// NaN are returned as they are with `e == 0` (C's `frexp`).
pub fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let (x, bias) = if x.abs() < f64::MIN_POSITIVE {
        (x * 2f64.powi(54), -54)
    } else {
        (x, 0)
    };
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022 + bias)
}

/// `x * 2**n` rounded once (C's `scalbn`): the scaling is split so that a
/// subnormal result is not rounded twice.
pub fn ldexp(x: f64, n: i64) -> f64 {
    let mut y = x;
    let mut n = n.clamp(-3000, 3000) as i32;
    let huge = 2f64.powi(1023);
    let tiny = 2f64.powi(-1022) * 2f64.powi(53);
    for _ in 0..2 {
        if n > 1023 {
            y *= huge;
            n -= 1023;
        } else if n < -1022 {
            y *= tiny;
            n += 1022 - 53;
        }
    }
    let n = n.clamp(-1022, 1023);
    y * f64::from_bits(((0x3ff + n) as u64) << 52)
}
