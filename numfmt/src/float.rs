//! CPython's `PyOS_double_to_string`: a float as text in one of the styles
//! `repr`, `str` and `format` use. Digits come from Rust's formatter, which is
//! exact (correctly rounded, ties to even on the binary value) like David
//! Gay's dtoa that CPython uses.

use std::fmt::Write;

/// The presentation styles of `PyOS_double_to_string`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FloatStyle {
    /// `'e'`: scientific, `precision` digits after the point.
    Exp,
    /// `'f'`: positional, `precision` digits after the point.
    Fixed,
    /// `'g'`: `precision` significant digits, positional unless the
    /// exponent is below -4 or not below the precision; trailing zeros dropped.
    General,
    /// `'r'`: the shortest digits that round-trip (precision unused),
    /// positional when the exponent is in [-4, 16).
    Repr,
}

/// `repr(float)`: `1.0`, `1e+16`, `1.5e-05`, `inf`.
pub fn float_repr(value: f64) -> String {
    format_float(value, FloatStyle::Repr, 0, false, true)
}

/// `repr(complex(0.0, imag))` as CPython prints an imaginary literal (`1j`, `1.5j`):
/// complex's repr formats its parts without float's trailing `.0`.
pub fn imaginary_repr(imag: f64) -> String {
    let mut out = format_float(imag, FloatStyle::Repr, 0, false, false);
    out.push('j');
    out
}

/// `PyOS_double_to_string(value, style, precision, flags)` in lower case,
/// with a leading `-` for negative values (never for a NaN). `alt` is the
/// `#` flag (keep the point and, for `General`, trailing zeros);
/// `add_dot_0` gives integral positional results a `.0`, as float's repr
/// does (for `General` it also moves the switch to scientific one digit
/// earlier, so the `.0` never makes a result longer than its precision).
pub fn format_float(
    value: f64,
    style: FloatStyle,
    precision: usize,
    alt: bool,
    add_dot_0: bool,
) -> String {
    if value.is_nan() {
        return "nan".to_owned();
    }
    let mut out = String::from(if value.is_sign_negative() { "-" } else { "" });
    if value.is_infinite() {
        out.push_str("inf");
        return out;
    }
    let abs = value.abs();
    match style {
        FloatStyle::Fixed => {
            let _ = write!(out, "{abs:.precision$}");
            if alt && precision == 0 {
                out.push('.');
            }
        }
        FloatStyle::Exp => {
            let (digits, exp) = rounded_digits(abs, precision + 1);
            push_scientific(&mut out, &digits, exp, alt);
        }
        FloatStyle::General => {
            let precision = precision.max(1);
            let (mut digits, exp) = rounded_digits(abs, precision);
            if !alt {
                let kept = digits.trim_end_matches('0').len().max(1);
                digits.truncate(kept);
            }
            let limit = if add_dot_0 { precision - 1 } else { precision };
            if exp < -4 || exp >= limit as i64 {
                push_scientific(&mut out, &digits, exp, alt);
            } else {
                push_positional(&mut out, &digits, exp, alt, add_dot_0);
            }
        }
        FloatStyle::Repr => {
            let (digits, exp) = shortest_digits(abs);
            if (-4..16).contains(&exp) {
                push_positional(&mut out, &digits, exp, alt, add_dot_0);
            } else {
                push_scientific(&mut out, &digits, exp, alt);
            }
        }
    }
    out
}

/// `d.ddde±XX`: the exponent signed and at least two digits.
fn push_scientific(out: &mut String, digits: &str, exp: i64, alt: bool) {
    out.push_str(&digits[..1]);
    if digits.len() > 1 || alt {
        out.push('.');
    }
    out.push_str(&digits[1..]);
    let sign = if exp < 0 { '-' } else { '+' };
    let _ = write!(out, "e{sign}{:02}", exp.unsigned_abs());
}

/// `digits` (the first one worth `10**exp`) written out positionally.
fn push_positional(out: &mut String, digits: &str, exp: i64, alt: bool, add_dot_0: bool) {
    if exp < 0 {
        out.push_str("0.");
        out.extend(std::iter::repeat_n('0', (-exp - 1) as usize));
        out.push_str(digits);
        return;
    }
    let int_len = exp as usize + 1;
    if digits.len() > int_len {
        out.push_str(&digits[..int_len]);
        out.push('.');
        out.push_str(&digits[int_len..]);
    } else {
        out.push_str(digits);
        out.extend(std::iter::repeat_n('0', int_len - digits.len()));
        if alt {
            out.push('.');
        } else if add_dot_0 {
            out.push_str(".0");
        }
    }
}

/// The decimal digits of `value` (finite, non-negative) rounded to `count`
/// significant digits, and the exponent of the first.
fn rounded_digits(value: f64, count: usize) -> (String, i64) {
    split_scientific(&format!("{value:.*e}", count - 1))
}

/// Splits Rust's `D.DDDeN` into its digits and exponent.
fn split_scientific(sci: &str) -> (String, i64) {
    let (mantissa, exp) = sci
        .split_once('e')
        .expect("`{:e}` of a finite float always has an exponent");
    let exp = exp
        .parse()
        .expect("`{:e}` prints its exponent as a decimal integer");
    (mantissa.chars().filter(|&c| c != '.').collect(), exp)
}

/// The fewest digits that round-trip and, among those, the ones nearest
/// `value` (ties to even), as CPython's dtoa picks them. Rust's `{:e}` gives
/// the fewest digits but may break a tie upwards; `{:.Ne}` rounds the exact
/// value correctly, which is the answer unless that string of the same
/// length no longer round-trips.
fn shortest_digits(value: f64) -> (String, i64) {
    let shortest = format!("{value:e}");
    let (digits, exp) = split_scientific(&shortest);
    let nearest = format!("{value:.*e}", digits.len() - 1);
    if nearest != shortest && nearest.parse() == Ok(value) {
        split_scientific(&nearest)
    } else {
        (digits, exp)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Expected values are what CPython 3.14 prints.
    #[test]
    fn reprs() {
        let cases = [
            (1.0, "1.0"),
            (0.1, "0.1"),
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (123456789012345680.0, "1.2345678901234568e+17"),
            (1.5e-5, "1.5e-05"),
            (0.0001, "0.0001"),
            (0.00012, "0.00012"),
            (1e-5, "1e-05"),
            (1e300, "1e+300"),
            (5e-324, "5e-324"),
            (f64::MAX, "1.7976931348623157e+308"),
            (0.0, "0.0"),
            (-0.0, "-0.0"),
            (-2.5, "-2.5"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (f64::NAN, "nan"),
            (9999999999999998.0, "9999999999999998.0"),
            (1.2345678, "1.2345678"),
            (0.30000000000000004, "0.30000000000000004"),
            // Exactly ...173.125: the two shortest candidates tie, CPython takes the even one.
            (f64::from_bits(0x42e3_6b6a_ce25_47a4), "170816594586173.12"),
            (f64::from_bits(0xc308_23a1_5b31_a6f2), "-849321920967902.2"),
        ];
        for (value, expected) in cases {
            assert_eq!(float_repr(value), expected, "{value:?}");
        }
    }

    #[test]
    fn imaginaries() {
        let cases = [
            (1.0, "1j"),
            (1.5, "1.5j"),
            (0.0, "0j"),
            (1e16, "1e+16j"),
            (1e15, "1000000000000000j"),
            (1e-5, "1e-05j"),
            (f64::INFINITY, "infj"),
            (-1.0, "-1j"),
        ];
        for (value, expected) in cases {
            assert_eq!(imaginary_repr(value), expected, "{value:?}");
        }
    }

    #[test]
    fn styles() {
        use FloatStyle::*;
        let cases = [
            (1.5, Exp, 0, false, false, "2e+00"),
            (1.5, Exp, 0, true, false, "2.e+00"),
            (0.25, Fixed, 1, false, false, "0.2"),
            (1.0, Fixed, 0, true, false, "1."),
            (123.0, General, 3, false, true, "1.23e+02"),
            (1.0, General, 3, false, true, "1.0"),
            (100.0, General, 3, true, false, "100."),
            (1e-5, General, 6, false, false, "1e-05"),
            (0.0, General, 0, false, false, "0"),
        ];
        for (value, style, precision, alt, dot0, expected) in cases {
            assert_eq!(
                format_float(value, style, precision, alt, dot0),
                expected,
                "{value:?} {style:?}"
            );
        }
    }
}
