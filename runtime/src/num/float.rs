//! Python's `float` arithmetic on `f64`, with CPython's special cases and
//! errors, and the exact float/int comparison and consistent hash.

use std::cmp::Ordering;

use num_bigint::BigInt;
use num_integer::Integer;

use super::Number;
use super::complex::Complex;
use super::error::{ArithError, ArithResult, DIVISION_BY_ZERO, FLOAT_RANGE};
use super::int::{HASH_MODULUS, Int};

pub fn div(x: f64, y: f64) -> ArithResult<f64> {
    if y == 0.0 {
        return Err(DIVISION_BY_ZERO);
    }
    Ok(x / y)
}

/// `x % y`, with the sign of `y` (a zero result too).
pub fn modulo(x: f64, y: f64) -> ArithResult<f64> {
    Ok(divmod(x, y)?.1)
}

pub fn floor_div(x: f64, y: f64) -> ArithResult<f64> {
    Ok(divmod(x, y)?.0)
}

/// `divmod(x, y)` as CPython's `float_divmod` computes it, so that
/// `q * y + r` is close to `x` and `q` is integral.
pub fn divmod(x: f64, y: f64) -> ArithResult<(f64, f64)> {
    if y == 0.0 {
        return Err(DIVISION_BY_ZERO);
    }
    let mut rem = x % y;
    let mut div = (x - rem) / y;
    if rem != 0.0 {
        if (y < 0.0) != (rem < 0.0) {
            rem += y;
            div -= 1.0;
        }
    } else {
        rem = 0.0f64.copysign(y);
    }
    let floor = if div != 0.0 {
        let floor = div.floor();
        if div - floor > 0.5 {
            floor + 1.0
        } else {
            floor
        }
    } else {
        0.0f64.copysign(x / y)
    };
    Ok((floor, rem))
}

fn is_odd_integer(x: f64) -> bool {
    x % 2.0 == 1.0 || x % 2.0 == -1.0
}

/// `x ** y`: C99's `pow` special cases, errors where CPython raises, and a
/// complex result for a negative base with a fractional exponent.
pub fn pow(x: f64, y: f64) -> ArithResult<Number> {
    let float = |f: f64| Ok(Number::Float(f));
    if y == 0.0 {
        return float(1.0);
    }
    if x.is_nan() {
        return float(x);
    }
    if y.is_nan() {
        return float(if x == 1.0 { 1.0 } else { y });
    }
    if y.is_infinite() {
        let ax = x.abs();
        return float(if ax == 1.0 {
            1.0
        } else if (y > 0.0) == (ax > 1.0) {
            f64::INFINITY
        } else {
            0.0
        });
    }
    if x.is_infinite() {
        let odd = is_odd_integer(y);
        return float(match (y > 0.0, odd) {
            (true, true) => x,
            (true, false) => x.abs(),
            (false, true) => 0.0f64.copysign(x),
            (false, false) => 0.0,
        });
    }
    if x == 0.0 {
        if y < 0.0 {
            return Err(ArithError::ZeroDivision("zero to a negative power"));
        }
        return float(if is_odd_integer(y) { x } else { 0.0 });
    }
    let mut negate = false;
    let mut base = x;
    if x < 0.0 {
        if y != y.floor() {
            return Complex::new(x, 0.0)
                .pow(Complex::new(y, 0.0))
                .map(Number::Complex);
        }
        base = -x;
        negate = is_odd_integer(y);
    }
    if base == 1.0 {
        return float(if negate { -1.0 } else { 1.0 });
    }
    let result = base.powf(y);
    if result.is_infinite() {
        return Err(FLOAT_RANGE);
    }
    float(if negate { -result } else { result })
}

/// A finite float as `mantissa * 2**exp` with an integer mantissa.
pub fn integer_decompose(value: f64) -> (i64, i64) {
    let bits = value.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let fraction = (bits & ((1 << 52) - 1)) as i64;
    let (mantissa, exp) = if biased == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1 << 52), biased - 1075)
    };
    (if value < 0.0 { -mantissa } else { mantissa }, exp)
}

/// Compares a float with an int exactly (`None` for a NaN), as CPython does
/// rather than rounding the int to a float.
pub fn cmp_int(x: f64, n: &Int) -> Option<Ordering> {
    if x.is_nan() {
        return None;
    }
    if x.is_infinite() {
        return Some(if x > 0.0 {
            Ordering::Greater
        } else {
            Ordering::Less
        });
    }
    if let Int::Small(small) = n
        && small.unsigned_abs() <= 1 << 53
    {
        return x.partial_cmp(&(*small as f64));
    }
    let (mantissa, exp) = integer_decompose(x);
    let (lhs, rhs) = if exp >= 0 {
        (BigInt::from(mantissa) << exp as u64, n.to_big())
    } else {
        (BigInt::from(mantissa), n.to_big() << (-exp) as u64)
    };
    Some(lhs.cmp(&rhs))
}

/// `hash(x)`: consistent with `hash(int)` for integral values (the value
/// modulo 2**61 - 1); `None` for a NaN, which hashes by identity.
pub fn hash(x: f64) -> Option<i64> {
    if x.is_nan() {
        return None;
    }
    if x.is_infinite() {
        return Some(if x > 0.0 { 314_159 } else { -314_159 });
    }
    let (mantissa, exp) = integer_decompose(x);
    // mantissa * 2**exp mod P, with 2**61 == 1 (mod P) reducing the exponent.
    let residue = u128::from(mantissa.unsigned_abs() % HASH_MODULUS);
    let modulus = u128::from(HASH_MODULUS);
    let rotate = exp.rem_euclid(61) as u32;
    let rotated = (((residue << rotate) & modulus) | (residue >> (61 - rotate))) as u64;
    let rotated = if rotated >= HASH_MODULUS {
        rotated - HASH_MODULUS
    } else {
        rotated
    };
    let hash = if x < 0.0 {
        -(rotated as i64)
    } else {
        rotated as i64
    };
    Some(if hash == -1 { -2 } else { hash })
}

pub fn is_integer(x: f64) -> bool {
    x.is_finite() && x == x.trunc()
}

/// `x.as_integer_ratio()`: the exact value in lowest terms.
pub fn as_integer_ratio(x: f64) -> ArithResult<(Int, Int)> {
    if x.is_infinite() {
        return Err(ArithError::Overflow(
            "cannot convert Infinity to integer ratio",
        ));
    }
    if x.is_nan() {
        return Err(ArithError::Value(
            "cannot convert NaN to integer ratio".to_owned(),
        ));
    }
    let (mut mantissa, mut exp) = integer_decompose(x);
    if mantissa == 0 {
        return Ok((Int::Small(0), Int::Small(1)));
    }
    let zeros = i64::from(mantissa.trailing_zeros());
    mantissa >>= zeros;
    exp += zeros;
    if exp >= 0 {
        Ok((
            Int::from(BigInt::from(mantissa) << exp as u64),
            Int::Small(1),
        ))
    } else {
        Ok((
            Int::Small(mantissa),
            Int::from(BigInt::from(1) << (-exp) as u64),
        ))
    }
}

/// `round(x)`: the nearest int, ties to even.
pub fn round_to_int(x: f64) -> ArithResult<Int> {
    Int::from_f64(x.round_ties_even())
}

/// `round(x, ndigits)`: `x` rounded to a multiple of `10**-ndigits`, from its
/// exact value, ties to even, as CPython's dtoa-based `double_round` does.
pub fn round_digits(x: f64, ndigits: &Int) -> ArithResult<f64> {
    // Beyond these, rounding changes nothing or leaves only zero.
    const NDIGITS_MAX: i64 = 323;
    const NDIGITS_MIN: i64 = -308;
    let ndigits = ndigits.to_i64().unwrap_or(if ndigits.is_negative() {
        i64::MIN
    } else {
        i64::MAX
    });
    if !x.is_finite() || x == 0.0 || ndigits > NDIGITS_MAX {
        return Ok(x);
    }
    if ndigits < NDIGITS_MIN {
        return Ok(0.0 * x);
    }
    let rounded = if ndigits >= 0 {
        format!("{x:.*}", ndigits as usize)
    } else {
        // Round the exact value to a multiple of 10**k.
        let (mantissa, exp) = integer_decompose(x);
        let ten_k = num_traits::pow(BigInt::from(10), (-ndigits) as usize);
        let (num, den) = if exp >= 0 {
            (BigInt::from(mantissa) << exp as u64, ten_k)
        } else {
            (BigInt::from(mantissa), ten_k << (-exp) as u64)
        };
        let quotient = round_half_even(&num, &den);
        let digits = quotient.to_string();
        format!(
            "{}e{}",
            if digits == "0" && x < 0.0 {
                "-0"
            } else {
                &digits
            },
            -ndigits
        )
    };
    let value: f64 = rounded.parse().expect("Rust formats floats it can parse");
    if value.is_infinite() {
        return Err(ArithError::Overflow("rounded value too large to represent"));
    }
    Ok(value)
}

/// `num / den` (`den` positive) rounded to the nearest integer, ties to even.
fn round_half_even(num: &BigInt, den: &BigInt) -> BigInt {
    let (q, r) = num.div_mod_floor(den);
    let twice = r * 2;
    if twice > *den || (twice == *den && q.is_odd()) {
        q + 1
    } else {
        q
    }
}
