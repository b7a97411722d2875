//! `int(str, base)`, `float(str)` and `complex(str)`: CPython's accepted
//! spellings (whitespace, underscores between digits, sign, base prefixes,
//! `inf`/`nan`) and its error messages.

use num_bigint::BigInt;

use super::complex::Complex;
use super::error::{ArithError, ArithResult};
use super::int::Int;

/// CPython's default `sys.get_int_max_str_digits()`.
pub const MAX_STR_DIGITS: usize = 4300;

/// `repr(text)` for error messages: quotes and escapes of control
/// characters; other non-ASCII text is kept as is (the str type's full
/// printable-character rules belong to `text/`).
pub(crate) fn str_repr(text: &str) -> String {
    let quote = if text.contains('\'') && !text.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::from(quote);
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            _ if c == quote => {
                out.push('\\');
                out.push(c);
            }
            '\0'..='\x1f' | '\x7f'..='\u{a0}' => out.push_str(&format!("\\x{:02x}", u32::from(c))),
            _ => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// `int(text, base)`.
pub fn parse_int(text: &str, base: u32) -> ArithResult<Int> {
    if base == 1 || base > 36 {
        return Err(ArithError::Value(
            "int() base must be >= 2 and <= 36, or 0".to_owned(),
        ));
    }
    let invalid = || {
        // CPython's `%.200R`: the repr cut to 200 characters.
        let shown: String = str_repr(text).chars().take(200).collect();
        ArithError::Value(format!(
            "invalid literal for int() with base {base}: {shown}"
        ))
    };
    let body = text.trim_matches(char::is_whitespace);
    let (negative, body) = match body.as_bytes().first() {
        Some(b'-') => (true, &body[1..]),
        Some(b'+') => (false, &body[1..]),
        _ => (false, body),
    };
    let prefix_base = match body.get(..2).map(str::to_ascii_lowercase).as_deref() {
        Some("0x") => 16,
        Some("0o") => 8,
        Some("0b") => 2,
        _ => 0,
    };
    let (radix, digits) = if prefix_base != 0 && (base == 0 || base == prefix_base) {
        (
            prefix_base,
            body[2..].strip_prefix('_').unwrap_or(&body[2..]),
        )
    } else {
        (if base == 0 { 10 } else { base }, body)
    };
    let digits = strip_underscores(digits, |c| c.is_digit(radix)).ok_or_else(invalid)?;
    if base == 0
        && prefix_base == 0
        && digits.len() > 1
        && digits.starts_with('0')
        && digits.bytes().any(|b| b != b'0')
    {
        return Err(invalid());
    }
    if !radix.is_power_of_two() && digits.len() > MAX_STR_DIGITS {
        return Err(ArithError::Value(format!(
            "Exceeds the limit ({MAX_STR_DIGITS} digits) for integer string conversion: value has {} digits; use sys.set_int_max_str_digits() to increase the limit",
            digits.len()
        )));
    }
    let magnitude = BigInt::parse_bytes(digits.as_bytes(), radix).ok_or_else(invalid)?;
    Ok(Int::from(if negative { -magnitude } else { magnitude }))
}

/// `text` without its underscores, if each one sits between two characters
/// that pass `is_digit` and every other character does; `None` otherwise
/// (and for an empty `text`).
fn strip_underscores(text: &str, is_digit: impl Fn(char) -> bool) -> Option<String> {
    let mut out = String::with_capacity(text.len());
    let mut prev_digit = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '_' {
            if !prev_digit || !chars.peek().is_some_and(|&n| is_digit(n)) {
                return None;
            }
            prev_digit = false;
        } else {
            prev_digit = is_digit(c);
            out.push(c);
        }
    }
    (!out.is_empty()).then_some(out)
}

/// A float literal with no surrounding whitespace: digits with underscores
/// between them, a point, an exponent, or `inf`/`infinity`/`nan` in any case,
/// each with an optional sign.
fn parse_float_exact(text: &str) -> Option<f64> {
    let unsigned = text.strip_prefix(['+', '-']).unwrap_or(text);
    let special = matches!(
        unsigned.to_ascii_lowercase().as_str(),
        "inf" | "infinity" | "nan"
    );
    if special {
        let value = if unsigned.eq_ignore_ascii_case("nan") {
            f64::NAN
        } else {
            f64::INFINITY
        };
        return Some(if text.starts_with('-') { -value } else { value });
    }
    if !unsigned.starts_with(|c: char| c.is_ascii_digit() || c == '.') {
        return None;
    }
    let plain = strip_underscores(text, |c| c.is_ascii_digit())?;
    plain.parse().ok()
}

/// `float(text)`.
pub fn parse_float(text: &str) -> ArithResult<f64> {
    parse_float_exact(text.trim_matches(char::is_whitespace)).ok_or_else(|| {
        ArithError::Value(format!(
            "could not convert string to float: {}",
            str_repr(text)
        ))
    })
}

/// `complex(text)`: `a`, `bj`, `a+bj`, optionally in parentheses, with
/// whitespace only at the ends and inside the parentheses' ends.
pub fn parse_complex(text: &str) -> ArithResult<Complex> {
    let malformed = || ArithError::Value("complex() arg is a malformed string".to_owned());
    let mut body = text.trim_matches(char::is_whitespace);
    if let Some(inner) = body.strip_prefix('(').and_then(|b| b.strip_suffix(')')) {
        body = inner.trim_matches(char::is_whitespace);
    }
    let Some(imag_text) = body.strip_suffix(['j', 'J']) else {
        return parse_float_exact(body)
            .map(|re| Complex::new(re, 0.0))
            .ok_or_else(malformed);
    };
    let unit = |s: &str| match s {
        "" | "+" => Some(1.0),
        "-" => Some(-1.0),
        _ => parse_float_exact(s),
    };
    // The imaginary part starts at the last sign that is not an exponent's.
    let bytes = imag_text.as_bytes();
    let split = (1..bytes.len())
        .rev()
        .find(|&i| matches!(bytes[i], b'+' | b'-') && !matches!(bytes[i - 1], b'e' | b'E'));
    let (re, im) = match split {
        Some(i) => (parse_float_exact(&imag_text[..i]), unit(&imag_text[i..])),
        None => (Some(0.0), unit(imag_text)),
    };
    match (re, im) {
        (Some(re), Some(im)) => Ok(Complex::new(re, im)),
        _ => Err(malformed()),
    }
}
