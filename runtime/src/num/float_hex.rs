//! `float.hex()` and `float.fromhex()`: the exact binary value as
//! `[-]0x1.hhhhhhhhhhhhhp±e`, and back, correctly rounded (ties to even).

use num_bigint::BigUint;
use num_traits::Zero;

use super::error::{ArithError, ArithResult};
use super::to_float::scaled_to_f64;

/// `x.hex()`: 13 fraction digits, exponent -1022 for subnormals.
pub fn to_hex(x: f64) -> String {
    if !x.is_finite() {
        return numfmt::float_repr(x);
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let fraction = bits & ((1 << 52) - 1);
    let (lead, exp) = if biased == 0 {
        (0, -1022)
    } else {
        (1, biased - 1023)
    };
    let exp_sign = if exp < 0 { '-' } else { '+' };
    format!(
        "{sign}0x{lead}.{fraction:013x}p{exp_sign}{}",
        exp.unsigned_abs()
    )
}

/// `float.fromhex(text)`.
pub fn from_hex(text: &str) -> ArithResult<f64> {
    let invalid = || ArithError::Value("invalid hexadecimal floating-point string".to_owned());
    let body = text.trim_matches(char::is_whitespace);
    let (negative, body) = match body.as_bytes().first() {
        Some(b'-') => (true, &body[1..]),
        Some(b'+') => (false, &body[1..]),
        _ => (false, body),
    };
    let sign = if negative { -1.0 } else { 1.0 };
    match body.to_ascii_lowercase().as_str() {
        "inf" | "infinity" => return Ok(sign * f64::INFINITY),
        "nan" => return Ok(sign * f64::NAN),
        _ => {}
    }
    let body = body
        .strip_prefix("0x")
        .or_else(|| body.strip_prefix("0X"))
        .unwrap_or(body);
    let (digits, exponent) = match body.find(['p', 'P']) {
        Some(p) => (&body[..p], Some(&body[p + 1..])),
        None => (body, None),
    };
    let (int_part, frac_part) = digits.split_once('.').unwrap_or((digits, ""));
    let all_hex = |s: &str| s.bytes().all(|b| b.is_ascii_hexdigit());
    if int_part.len() + frac_part.len() == 0 || !all_hex(int_part) || !all_hex(frac_part) {
        return Err(invalid());
    }
    let exp: i64 = match exponent {
        None => 0,
        Some(e) => {
            let unsigned = e.strip_prefix(['+', '-']).unwrap_or(e);
            if unsigned.is_empty() || !unsigned.bytes().all(|b| b.is_ascii_digit()) {
                return Err(invalid());
            }
            // Past this, only whether it is large or small matters.
            let magnitude = unsigned
                .parse::<i64>()
                .unwrap_or(i64::MAX / 2)
                .min(i64::MAX / 2);
            if e.starts_with('-') {
                -magnitude
            } else {
                magnitude
            }
        }
    };
    let mantissa_text = [int_part, frac_part].concat();
    let mantissa = BigUint::parse_bytes(mantissa_text.as_bytes(), 16).unwrap_or_default();
    if mantissa.is_zero() {
        return Ok(sign * 0.0);
    }
    let exp = exp.saturating_sub(4 * frac_part.len() as i64);
    let top = exp.saturating_add(mantissa.bits() as i64);
    let too_large = || ArithError::Overflow("hexadecimal value too large to represent as a float");
    if top > 1100 {
        return Err(too_large());
    }
    if top < -1100 {
        return Ok(sign * 0.0);
    }
    scaled_to_f64(&mantissa, exp, false, negative).ok_or_else(too_large)
}
