//! Number literals to values.

use num_bigint::BigInt;

use crate::ast::Constant;

/// CPython's default `sys.get_int_max_str_digits()`: decimal int literals
/// with more digits are a SyntaxError.
const MAX_STR_DIGITS: usize = 4300;

/// Parses a NUMBER token's text (`0x_ff`, `1_000`, `1e10`, `3.14j`, ...) into
/// its constant. Fails with CPython's message for a decimal literal over the
/// 4300-digit int conversion limit (CPython reports that SyntaxError at the
/// token's start line, with `offset` and `end_offset` 0 and `end_lineno` the
/// start line), and with "invalid number literal" for text that is not a
/// NUMBER token.
pub fn parse_number(text: &str) -> Result<Constant, String> {
    let invalid = || format!("invalid number literal {text:?}");
    if let Some(imag) = text.strip_suffix(['j', 'J']) {
        return parse_float(imag)
            .map(Constant::Imaginary)
            .ok_or_else(invalid);
    }
    let bytes = text.as_bytes();
    if bytes.len() > 2 && bytes[0] == b'0' {
        let radix = match bytes[1] {
            b'x' | b'X' => Some(16),
            b'o' | b'O' => Some(8),
            b'b' | b'B' => Some(2),
            _ => None,
        };
        if let Some(radix) = radix {
            return parse_int(&text[2..], radix).ok_or_else(invalid);
        }
    }
    if text.contains(['.', 'e', 'E']) {
        return parse_float(text).map(Constant::Float).ok_or_else(invalid);
    }
    let significant = text
        .trim_start_matches(['0', '_'])
        .bytes()
        .filter(|&b| b != b'_')
        .count();
    if significant > MAX_STR_DIGITS {
        return Err(format!(
            "Exceeds the limit ({MAX_STR_DIGITS} digits) for integer string conversion: \
             value has {significant} digits; use sys.set_int_max_str_digits() to increase \
             the limit - Consider hexadecimal for huge integer literals to avoid decimal \
             conversion limits."
        ));
    }
    parse_int(text, 10).ok_or_else(invalid)
}

/// Digits in `radix` with single underscores between them (and, after a
/// base prefix, before them); `None` for anything else.
fn parse_int(digits: &str, radix: u32) -> Option<Constant> {
    let valid = digits
        .bytes()
        .all(|b| b == b'_' || char::from(b).is_digit(radix));
    let body = if radix == 10 {
        digits
    } else {
        digits.strip_prefix('_').unwrap_or(digits)
    };
    if !valid
        || body.is_empty()
        || body.starts_with('_')
        || body.ends_with('_')
        || body.contains("__")
    {
        return None;
    }
    if !body.contains('_')
        && let Ok(value) = i64::from_str_radix(body, radix)
    {
        return Some(Constant::Int(value));
    }
    let clean: Vec<u8> = body.bytes().filter(|&b| b != b'_').collect();
    let value = BigInt::parse_bytes(&clean, radix)?;
    Some(match i64::try_from(&value) {
        Ok(small) => Constant::Int(small),
        Err(_) => Constant::BigInt(Box::new(value)),
    })
}

/// A float literal's text; Rust's parse rounds correctly, as CPython's does.
fn parse_float(text: &str) -> Option<f64> {
    let allowed =
        |b: u8| b.is_ascii_digit() || matches!(b, b'.' | b'e' | b'E' | b'+' | b'-' | b'_');
    let starts_well = text.starts_with(|c: char| c.is_ascii_digit() || c == '.');
    if !starts_well || !text.bytes().all(allowed) {
        return None;
    }
    if text.contains('_') {
        text.replace('_', "").parse().ok()
    } else {
        text.parse().ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn big(text: &str) -> Constant {
        Constant::BigInt(Box::new(text.parse().expect("test literal")))
    }

    /// Expected values are what CPython 3.14's `ast.parse` gives.
    #[test]
    fn ints() {
        let cases = [
            ("0", Constant::Int(0)),
            ("00", Constant::Int(0)),
            ("0_0", Constant::Int(0)),
            ("1_000", Constant::Int(1000)),
            ("0x_ff", Constant::Int(255)),
            ("0XfF", Constant::Int(255)),
            ("0o17", Constant::Int(15)),
            ("0B1_01", Constant::Int(5)),
            ("9223372036854775807", Constant::Int(i64::MAX)),
            ("9223372036854775808", big("9223372036854775808")),
            ("0xffffffffffffffff", big("18446744073709551615")),
            ("0x7fff_ffff_ffff_ffff", Constant::Int(i64::MAX)),
        ];
        for (text, expected) in cases {
            assert_eq!(parse_number(text), Ok(expected), "{text}");
        }
    }

    #[test]
    fn floats_and_imaginaries() {
        let cases = [
            ("1.", Constant::Float(1.0)),
            (".5e-3", Constant::Float(0.0005)),
            ("1e1_0", Constant::Float(1e10)),
            ("1_0.0_1", Constant::Float(10.01)),
            ("1e400", Constant::Float(f64::INFINITY)),
            ("1e-400", Constant::Float(0.0)),
            ("1E5J", Constant::Imaginary(1e5)),
            ("10j", Constant::Imaginary(10.0)),
            ("0_1j", Constant::Imaginary(1.0)),
            ("2.5j", Constant::Imaginary(2.5)),
        ];
        for (text, expected) in cases {
            assert_eq!(parse_number(text), Ok(expected), "{text}");
        }
    }

    #[test]
    fn digit_limit() {
        let msg = |n: usize| {
            format!(
                "Exceeds the limit (4300 digits) for integer string conversion: value has {n} \
                 digits; use sys.set_int_max_str_digits() to increase the limit - Consider \
                 hexadecimal for huge integer literals to avoid decimal conversion limits."
            )
        };
        assert!(matches!(
            parse_number(&"1".repeat(4300)),
            Ok(Constant::BigInt(_))
        ));
        assert_eq!(parse_number(&"1".repeat(5000)), Err(msg(5000)));
        assert_eq!(
            parse_number(&format!("1{}", "0".repeat(4300))),
            Err(msg(4301))
        );
        assert_eq!(
            parse_number(&format!("{}1", "1_".repeat(4400))),
            Err(msg(4401))
        );
        assert_eq!(parse_number(&"0".repeat(5001)), Ok(Constant::Int(0)));
        assert!(matches!(
            parse_number(&format!("0x{}", "f".repeat(5000))),
            Ok(Constant::BigInt(_))
        ));
        assert_eq!(
            parse_number(&format!("{}.0", "1".repeat(5000))),
            Ok(Constant::Float(f64::INFINITY))
        );
    }

    #[test]
    fn not_numbers() {
        for text in [
            "", "_", "0x", "0x_", "1__0", "1_", "-1", "0x-1", "+5", "inf", "nanj", "1e", "j",
            "0b2", "é",
        ] {
            assert!(parse_number(text).is_err(), "{text}");
        }
    }

    /// Any text at all parses or fails without panicking.
    #[test]
    fn arbitrary_text() {
        let alphabet = [
            "0", "1", "9", "_", ".", "e", "E", "+", "-", "j", "x", "o", "b", "f", "é",
        ];
        for text in crate::literal::random_texts(&alphabet, 200_000) {
            let _ = parse_number(&text);
        }
    }
}
