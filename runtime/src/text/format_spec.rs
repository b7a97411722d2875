//! The format-spec mini-language (`format(value, spec)`, f-string `{x:spec}`)
//! as CPython 3.14 parses it, and its application to strings.
//!
//! `[[fill]align][sign]["z"]["#"]["0"][width][grouping]["." [precision][grouping]][type]`

use pyunicode::props::decimal_value;

use super::{PyStr, TextError};

/// A parsed format spec. Characters are code points: fill may be any character.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormatSpec {
    pub fill: u32,
    /// One of `<`, `>`, `^`, `=`.
    pub align: u32,
    /// `+`, `-` or space, if given.
    pub sign: Option<u32>,
    /// `z`: coerce negative zero to positive.
    pub no_neg_zero: bool,
    /// `#`.
    pub alternate: bool,
    pub width: Option<usize>,
    /// `,` or `_` for the integer part.
    pub grouping: Option<u32>,
    pub precision: Option<usize>,
    /// `,` or `_` after the precision, for the fractional part.
    pub frac_grouping: Option<u32>,
    /// The presentation type (the caller's default if none was given).
    pub kind: u32,
}

fn is_align(c: u32) -> bool {
    [b'<', b'>', b'^', b'='].map(u32::from).contains(&c)
}

/// `'c'` for a printable ASCII character, `'\xNN'` (unpadded hex) otherwise,
/// as CPython's messages quote presentation types.
fn quote_type(c: u32) -> String {
    match char::from_u32(c) {
        Some(ch) if c > 32 && c < 128 => format!("'{ch}'"),
        _ => format!("'\\x{c:x}'"),
    }
}

/// `ValueError` with the message given as code points (it may quote a spec
/// holding surrogates).
fn error(message: PyStr) -> TextError {
    TextError::ValueMessage(message)
}

/// A `,`/`_` grouping. `_,` and `,_` are errors; a second `,` is left for
/// the type (CPython's checks, quirks included).
fn parse_grouping(spec: &PyStr, pos: &mut usize) -> Result<Option<u32>, TextError> {
    let both = || TextError::Value("Cannot specify both ',' and '_'.");
    let mut grouping = None;
    if spec.get(*pos) == Some(u32::from(',')) {
        grouping = Some(u32::from(','));
        *pos += 1;
    }
    if spec.get(*pos) == Some(u32::from('_')) {
        if grouping.is_some() {
            return Err(both());
        }
        grouping = Some(u32::from('_'));
        *pos += 1;
    }
    if grouping == Some(u32::from('_')) && spec.get(*pos) == Some(u32::from(',')) {
        return Err(both());
    }
    Ok(grouping)
}

/// A run of decimal digits (any script's) at `pos`, if any.
fn parse_integer(spec: &PyStr, pos: &mut usize) -> Result<Option<usize>, TextError> {
    let mut value: Option<usize> = None;
    while let Some(digit) = spec.get(*pos).and_then(decimal_value) {
        let accumulated = value
            .unwrap_or(0)
            .checked_mul(10)
            .and_then(|v| v.checked_add(digit as usize))
            .filter(|&v| v <= isize::MAX as usize)
            .ok_or(TextError::Value("Too many decimal digits in format string"))?;
        value = Some(accumulated);
        *pos += 1;
    }
    Ok(value)
}

impl FormatSpec {
    /// Parses `spec` for a value of type `type_name` whose presentation type
    /// and alignment default to `default_kind` and `default_align`.
    pub fn parse(
        spec: &PyStr,
        default_kind: char,
        default_align: char,
        type_name: &str,
    ) -> Result<FormatSpec, TextError> {
        let at = |pos: usize, c: char| spec.get(pos) == Some(u32::from(c));
        let mut pos = 0;
        let mut out = FormatSpec {
            fill: u32::from(' '),
            align: u32::from(default_align),
            sign: None,
            no_neg_zero: false,
            alternate: false,
            width: None,
            grouping: None,
            precision: None,
            frac_grouping: None,
            kind: u32::from(default_kind),
        };
        let (mut fill_given, mut align_given) = (false, false);
        if let (Some(fill), Some(align)) = (spec.get(0), spec.get(1).filter(|&c| is_align(c))) {
            (out.fill, out.align, fill_given, align_given) = (fill, align, true, true);
            pos = 2;
        } else if let Some(align) = spec.get(0).filter(|&c| is_align(c)) {
            (out.align, align_given) = (align, true);
            pos = 1;
        }
        if let Some(sign) = spec
            .get(pos)
            .filter(|&c| [b'+', b'-', b' '].map(u32::from).contains(&c))
        {
            out.sign = Some(sign);
            pos += 1;
        }
        if at(pos, 'z') {
            out.no_neg_zero = true;
            pos += 1;
        }
        if at(pos, '#') {
            out.alternate = true;
            pos += 1;
        }
        if !fill_given && at(pos, '0') {
            out.fill = u32::from('0');
            if !align_given && default_align == '>' {
                out.align = u32::from('=');
            }
            pos += 1;
        }
        out.width = parse_integer(spec, &mut pos)?;
        out.grouping = parse_grouping(spec, &mut pos)?;
        if at(pos, '.') {
            pos += 1;
            out.precision = parse_integer(spec, &mut pos)?;
            out.frac_grouping = parse_grouping(spec, &mut pos)?;
            if out.precision.is_none() && out.frac_grouping.is_none() {
                return Err(TextError::Value("Format specifier missing precision"));
            }
        }
        match spec.len() - pos.min(spec.len()) {
            0 => {}
            1 => out.kind = spec.get(pos).unwrap_or(out.kind),
            _ => {
                let message = PyStr::from("Invalid format specifier '")
                    .concat(spec)
                    .concat(&PyStr::from(
                        format!("' for object of type '{type_name}'").as_str(),
                    ));
                return Err(error(message));
            }
        }
        if let Some(grouping) = out.grouping {
            let allowed = match char::from_u32(out.kind) {
                Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => true,
                Some('b' | 'o' | 'x' | 'X') => grouping == u32::from('_'),
                _ => false,
            };
            if !allowed {
                let message = format!(
                    "Cannot specify '{}' with {}.",
                    char::from_u32(grouping).unwrap_or(','),
                    quote_type(out.kind)
                );
                return Err(error(PyStr::from(message.as_str())));
            }
        }
        Ok(out)
    }

    /// The error for a presentation type the value's type does not have.
    pub fn unknown_kind(&self, type_name: &str) -> TextError {
        let message = format!(
            "Unknown format code {} for object of type '{type_name}'",
            quote_type(self.kind)
        );
        error(PyStr::from(message.as_str()))
    }
}

impl PyStr {
    /// `format(self, spec)`: presentation type `s` only; precision
    /// truncates, width pads (left-aligned by default).
    pub fn format(&self, spec: &PyStr) -> Result<PyStr, TextError> {
        if spec.is_empty() {
            return Ok(self.clone());
        }
        let spec = FormatSpec::parse(spec, 's', '<', "str")?;
        if spec.kind != u32::from('s') {
            return Err(spec.unknown_kind("str"));
        }
        match spec.sign {
            Some(0x20) => {
                return Err(TextError::Value(
                    "Space not allowed in string format specifier",
                ));
            }
            Some(_) => {
                return Err(TextError::Value(
                    "Sign not allowed in string format specifier",
                ));
            }
            None => {}
        }
        if spec.no_neg_zero {
            return Err(TextError::Value(
                "Negative zero coercion (z) not allowed in string format specifier",
            ));
        }
        if spec.alternate {
            return Err(TextError::Value(
                "Alternate form (#) not allowed in string format specifier",
            ));
        }
        if spec.align == u32::from('=') {
            return Err(TextError::Value(
                "'=' alignment not allowed in string format specifier",
            ));
        }
        let text = match spec.precision {
            Some(precision) if precision < self.len() => self.substring(0, precision),
            _ => self.clone(),
        };
        let margin = spec.width.map_or(0, |w| w.saturating_sub(text.len()));
        let left = match char::from_u32(spec.align) {
            Some('>') => margin,
            Some('^') => margin / 2,
            _ => 0,
        };
        text.pad(left, margin - left, spec.fill)
    }
}
