//! `str()` and `format()` of ints and floats: presentation types, the
//! integer string-conversion digit limit, and the layout from
//! [`numfmt::FormatSpec`].

use numfmt::spec::unknown_kind_message;
use numfmt::{FloatStyle, FormatSpec, format_float};

use super::complex::Complex;
use super::error::{ArithError, ArithResult};
use super::int::Int;
use super::parse::MAX_STR_DIGITS;

fn digit_limit_error() -> ArithError {
    ArithError::Value(format!(
        "Exceeds the limit ({MAX_STR_DIGITS} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
    ))
}

/// The decimal digits of `n` (with its sign), written from the end of
/// `buf`: `str` of a machine-word int without the formatting machinery.
pub fn small_int_digits(n: i64, buf: &mut [u8; 20]) -> &[u8] {
    let mut m = n.unsigned_abs();
    let mut at = buf.len();
    loop {
        at -= 1;
        buf[at] = b'0' + (m % 10) as u8;
        m /= 10;
        if m == 0 {
            break;
        }
    }
    if n < 0 {
        at -= 1;
        buf[at] = b'-';
    }
    &buf[at..]
}

/// `str(n)`, refusing more than `MAX_STR_DIGITS` digits as CPython does.
pub fn int_str(n: &Int) -> ArithResult<String> {
    let digits = match n {
        Int::Small(small) => return Ok(small.to_string()),
        // 4300 digits need at most 14285 bits: skip converting anything larger.
        Int::Big(big) if big.bits() > 14_300 => return Err(digit_limit_error()),
        Int::Big(big) => big.magnitude().to_string(),
    };
    if digits.len() > MAX_STR_DIGITS {
        return Err(digit_limit_error());
    }
    Ok(if n.is_negative() {
        format!("-{digits}")
    } else {
        digits
    })
}

/// The widest field and longest precision we build: CPython tries any size
/// and fails with `MemoryError` only when allocation does.
const MAX_FIELD: usize = 1 << 30;

/// Parses `spec` and refuses sizes CPython refuses or cannot allocate.
fn parse_spec(spec: &str, type_name: &str) -> ArithResult<FormatSpec> {
    let chars: Vec<char> = spec.chars().collect();
    let spec = FormatSpec::parse(&chars, None)
        .map_err(|err| ArithError::Value(err.message(spec, type_name)))?;
    let precision = spec.precision.unwrap_or(0);
    if precision > i32::MAX as usize {
        return Err(ArithError::Value("precision too big".to_owned()));
    }
    if spec.width > MAX_FIELD || precision > MAX_FIELD {
        return Err(ArithError::Memory);
    }
    Ok(spec)
}

fn unknown_code(kind: char, type_name: &str) -> ArithError {
    ArithError::Value(unknown_kind_message(u32::from(kind), type_name))
}

/// `format(n, spec)`.
pub fn format_int(n: &Int, spec: &str) -> ArithResult<String> {
    format_int_named(n, spec, "int")
}

/// `format(n, spec)` for an instance of the type `type_name` (a bool or an
/// int subclass), which error messages name.
pub fn format_int_named(n: &Int, spec: &str, type_name: &str) -> ArithResult<String> {
    let spec = parse_spec(spec, type_name)?;
    let kind = spec.kind.unwrap_or('d');
    let (radix, prefix) = match kind {
        'd' | 'n' => (10, ""),
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        'c' => (0, ""),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            return layout_float(n.to_f64()?, &spec, "float");
        }
        _ => return Err(unknown_code(kind, type_name)),
    };
    let value_error = |m: &str| Err(ArithError::Value(m.to_owned()));
    if spec.precision.is_some() {
        return value_error("Precision not allowed in integer format specifier");
    }
    if spec.no_neg_zero {
        return value_error("Negative zero coercion (z) not allowed in integer format specifier");
    }
    if kind == 'c' {
        if spec.sign.is_some() {
            return value_error("Sign not allowed with integer format specifier 'c'");
        }
        if spec.alternate {
            return value_error("Alternate form (#) not allowed with integer format specifier 'c'");
        }
        let code = n.to_i64().ok_or(ArithError::Overflow(
            "Python int too large to convert to C long",
        ))?;
        let c = u32::try_from(code)
            .ok()
            .and_then(char::from_u32)
            .ok_or(ArithError::Overflow("%c arg not in range(0x110000)"))?;
        return Ok(spec.layout_number(false, "", "", &c.to_string()));
    }
    let digits = if radix == 10 {
        int_str(&n.abs())?
    } else {
        let text = n.to_big().magnitude().to_str_radix(radix);
        if kind == 'X' {
            text.to_ascii_uppercase()
        } else {
            text
        }
    };
    let prefix = if spec.alternate { prefix } else { "" };
    Ok(spec.layout_number(n.is_negative(), prefix, &digits, ""))
}

/// `format(x, spec)`.
pub fn format_float_spec(x: f64, spec: &str) -> ArithResult<String> {
    format_float_named(x, spec, "float")
}

/// `format(x, spec)` for an instance of the type `type_name`.
pub fn format_float_named(x: f64, spec: &str, type_name: &str) -> ArithResult<String> {
    let spec = parse_spec(spec, type_name)?;
    layout_float(x, &spec, type_name)
}

fn layout_float(x: f64, spec: &FormatSpec, type_name: &str) -> ArithResult<String> {
    let precision = spec.precision.unwrap_or(6);
    let (style, value, add_dot_0, suffix) = match spec.kind {
        None if spec.precision.is_some() => (FloatStyle::General, x, true, ""),
        None => (FloatStyle::Repr, x, true, ""),
        Some('e' | 'E') => (FloatStyle::Exp, x, false, ""),
        Some('f' | 'F') => (FloatStyle::Fixed, x, false, ""),
        Some('g' | 'G' | 'n') => (FloatStyle::General, x, false, ""),
        Some('%') => (FloatStyle::Fixed, x * 100.0, false, "%"),
        Some(kind) => return Err(unknown_code(kind, type_name)),
    };
    let mut text = format_float(value, style, precision, spec.alternate, add_dot_0);
    text.push_str(suffix);
    Ok(layout_part(x, &text, spec))
}

/// Lays out `text`, the formatting of `x` (`-` and all), under `spec`:
/// upper case for `E`/`F`/`G`, `z`, grouping, sign and padding.
fn layout_part(x: f64, text: &str, spec: &FormatSpec) -> String {
    let text = if matches!(spec.kind, Some('E' | 'F' | 'G')) {
        text.to_ascii_uppercase()
    } else {
        text.to_owned()
    };
    let mut negative = text.starts_with('-');
    let body = text.trim_start_matches('-');
    let is_zero = x.is_finite() && !body.bytes().any(|b| (b'1'..=b'9').contains(&b));
    if spec.no_neg_zero && negative && is_zero {
        negative = false;
    }
    let split = body
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(body.len());
    let (digits, tail) = body.split_at(split);
    spec.layout_number(negative, "", digits, tail)
}

/// `format(c, spec)`: each part formatted as a float (the imaginary one
/// always signed), then the whole padded; no type means `str(c)`'s form.
pub fn format_complex(c: Complex, spec: &str) -> ArithResult<String> {
    format_complex_named(c, spec, "complex")
}

/// `format(c, spec)` for an instance of the type `type_name`.
pub fn format_complex_named(c: Complex, spec: &str, type_name: &str) -> ArithResult<String> {
    let spec = parse_spec(spec, type_name)?;
    if spec.zero {
        return Err(ArithError::Value(
            "Zero padding is not allowed in complex format specifier".to_owned(),
        ));
    }
    if spec.align == Some('=') {
        return Err(ArithError::Value(
            "'=' alignment flag is not allowed in complex format specifier".to_owned(),
        ));
    }
    let (style, default_precision) = match spec.kind {
        None => (FloatStyle::Repr, 0),
        Some('e' | 'E') => (FloatStyle::Exp, 6),
        Some('f' | 'F') => (FloatStyle::Fixed, 6),
        Some('g' | 'G' | 'n') => (FloatStyle::General, 6),
        Some(kind) => return Err(unknown_code(kind, type_name)),
    };
    let style = match (style, spec.precision) {
        (FloatStyle::Repr, Some(_)) => FloatStyle::General,
        _ => style,
    };
    let precision = spec.precision.unwrap_or(default_precision);
    let bare = spec.kind.is_none();
    let skip_re = bare && c.re == 0.0 && c.re.is_sign_positive();
    let part_spec = FormatSpec {
        width: 0,
        ..spec.clone()
    };
    let part = |x: f64, spec: &FormatSpec| {
        layout_part(
            x,
            &format_float(x, style, precision, spec.alternate, false),
            spec,
        )
    };
    let mut body = String::new();
    if bare && !skip_re {
        body.push('(');
    }
    if skip_re {
        body.push_str(&part(c.im, &part_spec));
    } else {
        body.push_str(&part(c.re, &part_spec));
        let im_spec = FormatSpec {
            sign: Some('+'),
            ..part_spec.clone()
        };
        body.push_str(&part(c.im, &im_spec));
    }
    body.push('j');
    if bare && !skip_re {
        body.push(')');
    }
    let padding = spec.width.saturating_sub(body.chars().count());
    let fill = |n: usize| std::iter::repeat_n(spec.fill, n).collect::<String>();
    Ok(match spec.align {
        Some('<') => body + &fill(padding),
        Some('^') => fill(padding / 2) + &body + &fill(padding - padding / 2),
        _ => fill(padding) + &body,
    })
}
