//! Python's `repr` of the constants the parser produces, as `ast.dump` prints them.

use std::fmt::Write;

use crate::ast::PyString;

/// `repr(float)`: the shortest string that round-trips, in CPython's style
/// (`1.0`, `1e+16`, `1.5e-05`, `inf`).
pub fn float_repr(value: f64) -> String {
    format_float(value, true)
}

/// `repr(complex(0.0, imag))` as CPython prints an imaginary literal (`1j`, `1.5j`):
/// complex's repr formats its parts without float's trailing `.0`.
pub fn imaginary_repr(imag: f64) -> String {
    let mut out = format_float(imag, false);
    out.push('j');
    out
}

/// CPython's `PyOS_double_to_string(value, 'r', ...)`: shortest round-trip
/// digits, positional when the decimal exponent is in [-4, 16), else
/// scientific with a signed, at least two-digit exponent. `add_dot_0` gives
/// integral positional values a `.0`, as float's repr (but not complex's) does.
fn format_float(value: f64, add_dot_0: bool) -> String {
    if value.is_nan() {
        return "nan".to_owned();
    }
    let sign = if value.is_sign_negative() { "-" } else { "" };
    if value.is_infinite() {
        return format!("{sign}inf");
    }
    let sci = shortest_digits(value.abs());
    let (mantissa, exp) = sci
        .split_once('e')
        .expect("`{:e}` of a finite float always has an exponent");
    let exp: i32 = exp
        .parse()
        .expect("`{:e}` prints its exponent as a decimal integer");
    let digits: String = mantissa.chars().filter(|&c| c != '.').collect();
    let mut out = String::from(sign);
    if (-4..16).contains(&exp) {
        if exp < 0 {
            out.push_str("0.");
            out.extend(std::iter::repeat_n('0', (-exp - 1) as usize));
            out.push_str(&digits);
        } else {
            let int_len = exp as usize + 1;
            if digits.len() > int_len {
                out.push_str(&digits[..int_len]);
                out.push('.');
                out.push_str(&digits[int_len..]);
            } else {
                out.push_str(&digits);
                out.extend(std::iter::repeat_n('0', int_len - digits.len()));
                if add_dot_0 {
                    out.push_str(".0");
                }
            }
        }
    } else {
        out.push_str(mantissa);
        let exp_sign = if exp < 0 { '-' } else { '+' };
        let _ = write!(out, "e{exp_sign}{:02}", exp.unsigned_abs());
    }
    out
}

/// `value` in the `D.DDDeN` form, with the fewest digits that round-trip and,
/// among those, the ones nearest `value` (ties to even), as CPython's dtoa
/// picks them. Rust's `{:e}` gives the fewest digits but may break a tie
/// upwards; `{:.Ne}` rounds the exact value correctly, which is the answer
/// unless that string of the same length no longer round-trips.
fn shortest_digits(value: f64) -> String {
    let shortest = format!("{value:e}");
    let digits = shortest
        .find('e')
        .map_or(1, |e| shortest[..e].replace('.', "").len());
    let nearest = format!("{value:.*e}", digits - 1);
    if nearest != shortest && nearest.parse() == Ok(value) {
        nearest
    } else {
        shortest
    }
}

/// `repr(str)`: quotes chosen as CPython does, non-printable characters and
/// surrogates escaped.
pub fn str_repr(value: &PyString) -> String {
    pyunicode::repr::str_repr(value.code_points())
}

/// `repr(str)` of a string with no surrogates.
pub fn plain_str_repr(value: &str) -> String {
    pyunicode::repr::str_repr(value.chars().map(u32::from))
}

/// Single quotes unless the text has a single quote and no double quote.
fn choose_quote(bytes: &[u8]) -> u8 {
    if bytes.contains(&b'\'') && !bytes.contains(&b'"') {
        b'"'
    } else {
        b'\''
    }
}

/// `repr(bytes)`.
pub fn bytes_repr(value: &[u8]) -> String {
    let quote = choose_quote(value);
    let mut out = String::with_capacity(value.len() + 3);
    out.push('b');
    out.push(quote as char);
    for &b in value {
        match b {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            _ if b == quote => {
                out.push('\\');
                out.push(quote as char);
            }
            0x20..0x7f => out.push(b as char),
            _ => {
                let _ = write!(out, "\\x{b:02x}");
            }
        }
    }
    out.push(quote as char);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Expected values are what CPython 3.14 prints.
    #[test]
    fn floats() {
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
    fn strings() {
        let cases = [
            ("", "''"),
            ("a'b", "\"a'b\""),
            ("a\"b", "'a\"b'"),
            ("a'\"b", "'a\\'\"b'"),
            ("\\\t\n\r\x00\x1f\x7f", "'\\\\\\t\\n\\r\\x00\\x1f\\x7f'"),
            ("\u{80}\u{a0}\u{a1}\u{ad}é", "'\\x80\\xa0¡\\xadé'"),
            ("\u{2028}\u{feff}\u{e000}", "'\\u2028\\ufeff\\ue000'"),
            ("\u{e0020}\u{10ffff}😀", "'\\U000e0020\\U0010ffff😀'"),
            (" \u{3000}", "' \\u3000'"),
        ];
        for (value, expected) in cases {
            assert_eq!(plain_str_repr(value), expected, "{value:?}");
            assert_eq!(str_repr(&PyString::from(value)), expected, "{value:?}");
        }
    }

    #[test]
    fn surrogates() {
        // "\ud800x\udfff" in generalized UTF-8.
        let s = PyString::from_wtf8(vec![0xed, 0xa0, 0x80, b'x', 0xed, 0xbf, 0xbf]);
        assert_eq!(str_repr(&s), "'\\ud800x\\udfff'");
    }

    #[test]
    fn bytes() {
        let cases: [(&[u8], &str); 5] = [
            (b"", "b''"),
            (b"a'b", "b\"a'b\""),
            (b"a'\"b", "b'a\\'\"b'"),
            (
                b"\\\t\n\r\x00\x7f\x80\xff~ ",
                "b'\\\\\\t\\n\\r\\x00\\x7f\\x80\\xff~ '",
            ),
            (b"\"", "b'\"'"),
        ];
        for (value, expected) in cases {
            assert_eq!(bytes_repr(value), expected, "{value:?}");
        }
    }
}
