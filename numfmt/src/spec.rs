//! The format-spec mini-language (`[[fill]align][sign][z][#][0][width]
//! [grouping][.[precision][grouping]][type]`) as CPython's
//! `Python/formatter_unicode.c` parses it for every type, and the layout
//! `format()` gives numbers: sign, prefix, padding and digit grouping.

use std::fmt;

use pyunicode::props::decimal_value;

/// A thousands separator.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Grouping {
    Comma,
    Underscore,
}

impl Grouping {
    fn separator(self) -> char {
        match self {
            Grouping::Comma => ',',
            Grouping::Underscore => '_',
        }
    }
}

/// A parsed format spec over characters `C`: `char` for a spec known to be
/// text, `u32` for code points (surrogates allowed). Only the fill and the
/// type may be any character.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormatSpec<C = char> {
    pub fill: C,
    /// `<`, `>`, `=` or `^` when given.
    pub align: Option<char>,
    /// `+`, `-` or ` ` when given.
    pub sign: Option<char>,
    /// `z`: format negative zero as zero.
    pub no_neg_zero: bool,
    /// `#`.
    pub alternate: bool,
    /// The `0` flag: fill with zeros (after the sign, for numbers).
    pub zero: bool,
    /// 0 when not given.
    pub width: usize,
    pub grouping: Option<Grouping>,
    pub precision: Option<usize>,
    /// 3.14's separator for the digits after the point.
    pub frac_grouping: Option<Grouping>,
    /// The presentation type: the one given, else the caller's default.
    pub kind: Option<C>,
}

/// Why a spec does not parse; [`SpecError::message`] gives CPython's text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SpecError {
    TooManyDigits,
    MissingPrecision,
    BothSeparators,
    /// A separator the presentation type (a code point) does not take.
    Separator(Grouping, u32),
    /// More than one character after the last field.
    Invalid,
}

impl SpecError {
    /// CPython's `ValueError` message; `Invalid`'s quotes `spec`, the spec
    /// as text, and `type_name`.
    pub fn message(self, spec: &str, type_name: &str) -> String {
        match self {
            SpecError::TooManyDigits => "Too many decimal digits in format string".to_owned(),
            SpecError::MissingPrecision => "Format specifier missing precision".to_owned(),
            SpecError::BothSeparators => "Cannot specify both ',' and '_'.".to_owned(),
            SpecError::Separator(grouping, kind) => format!(
                "Cannot specify '{}' with {}.",
                grouping.separator(),
                QuotedKind(kind)
            ),
            SpecError::Invalid => {
                format!("Invalid format specifier '{spec}' for object of type '{type_name}'")
            }
        }
    }
}

/// A presentation type (a code point) as CPython's messages quote it: `'c'`
/// when printable ASCII, else `'\xNN'` (unpadded hex).
struct QuotedKind(u32);

impl fmt::Display for QuotedKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match char::from_u32(self.0) {
            Some(c) if self.0 > 32 && self.0 < 128 => write!(f, "'{c}'"),
            _ => write!(f, "'\\x{:x}'", self.0),
        }
    }
}

/// `Unknown format code 'c' for object of type 'int'`.
pub fn unknown_kind_message(kind: u32, type_name: &str) -> String {
    format!(
        "Unknown format code {} for object of type '{type_name}'",
        QuotedKind(kind)
    )
}

impl<C: Copy + Into<u32> + From<u8>> FormatSpec<C> {
    /// Parses `spec`; a missing type is `default_kind` (which the separator
    /// checks see, as CPython's do).
    pub fn parse(spec: &[C], default_kind: Option<C>) -> Result<Self, SpecError> {
        let at = |pos: usize| spec.get(pos).map(|&c| char::from_u32(c.into()));
        let mut out = FormatSpec {
            fill: C::from(b' '),
            align: None,
            sign: None,
            no_neg_zero: false,
            alternate: false,
            zero: false,
            width: 0,
            grouping: None,
            precision: None,
            frac_grouping: None,
            kind: default_kind,
        };
        let align = |pos: usize| match at(pos) {
            Some(Some(c @ ('<' | '>' | '=' | '^'))) => Some(c),
            _ => None,
        };
        let mut pos = 0;
        let mut fill_given = false;
        if let (Some(&fill), Some(c)) = (spec.first(), align(1)) {
            (out.fill, out.align, fill_given, pos) = (fill, Some(c), true, 2);
        } else if let Some(c) = align(0) {
            (out.align, pos) = (Some(c), 1);
        }
        let take = |c: char, pos: &mut usize| {
            let hit = at(*pos) == Some(Some(c));
            *pos += usize::from(hit);
            hit
        };
        if let Some(Some(c @ ('+' | '-' | ' '))) = at(pos) {
            out.sign = Some(c);
            pos += 1;
        }
        out.no_neg_zero = take('z', &mut pos);
        out.alternate = take('#', &mut pos);
        if !fill_given && take('0', &mut pos) {
            out.fill = C::from(b'0');
            out.zero = true;
        }
        out.width = integer(spec, &mut pos)?.unwrap_or(0);
        out.grouping = separators(spec, &mut pos)?;
        if take('.', &mut pos) {
            out.precision = integer(spec, &mut pos)?;
            out.frac_grouping = separators(spec, &mut pos)?;
            if out.precision.is_none() && out.frac_grouping.is_none() {
                return Err(SpecError::MissingPrecision);
            }
        }
        match spec.get(pos..).unwrap_or_default() {
            [] => {}
            &[kind] => out.kind = Some(kind),
            _ => return Err(SpecError::Invalid),
        }
        let kind = out.kind.map(Into::into);
        if let (Some(grouping), Some(kind)) = (out.grouping, kind) {
            match char::from_u32(kind) {
                Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => {}
                Some('b' | 'o' | 'x' | 'X') if grouping == Grouping::Underscore => {}
                _ => return Err(SpecError::Separator(grouping, kind)),
            }
        }
        if let (Some(grouping), Some(kind)) = (out.frac_grouping, kind)
            && kind == u32::from('n')
        {
            return Err(SpecError::Separator(grouping, kind));
        }
        Ok(out)
    }
}

impl FormatSpec {
    /// Lays out a number whose text is `negative`'s sign, `prefix` (`0x`),
    /// the integer digits `digits` (grouped here) and `tail` (the point,
    /// fraction, exponent, `%`; its fraction digits grouped here).
    pub fn layout_number(&self, negative: bool, prefix: &str, digits: &str, tail: &str) -> String {
        let sign = match (negative, self.sign) {
            (true, _) => "-",
            (false, Some('+')) => "+",
            (false, Some(' ')) => " ",
            _ => "",
        };
        let tail = match self.frac_grouping {
            Some(grouping) => group_fraction(tail, grouping.separator()),
            None => tail.to_owned(),
        };
        let align = self.align.unwrap_or(if self.zero { '=' } else { '>' });
        let fixed = sign.len() + prefix.len() + tail.chars().count();
        let min_digits = if self.fill == '0' && align == '=' {
            self.width.saturating_sub(fixed)
        } else {
            0
        };
        let group_size = match self.kind {
            Some('b' | 'o' | 'x' | 'X') => 4,
            _ => 3,
        };
        let grouped = if digits.is_empty() {
            String::new()
        } else {
            group_integer(
                digits,
                self.grouping.map(|g| (g.separator(), group_size)),
                min_digits,
            )
        };
        let body = [sign, prefix, &grouped, &tail].concat();
        let padding = self.width.saturating_sub(fixed + grouped.chars().count());
        let fill = |n: usize| std::iter::repeat_n(self.fill, n).collect::<String>();
        match align {
            '<' => body + &fill(padding),
            '^' => fill(padding / 2) + &body + &fill(padding - padding / 2),
            '=' => [sign, prefix, &fill(padding), &grouped, &tail].concat(),
            _ => fill(padding) + &body,
        }
    }
}

/// A run of decimal digits (any script's) at `pos`, if any.
fn integer<C: Copy + Into<u32>>(spec: &[C], pos: &mut usize) -> Result<Option<usize>, SpecError> {
    let start = *pos;
    let mut value: usize = 0;
    while let Some(digit) = spec.get(*pos).and_then(|&c| decimal_value(c.into())) {
        value = value
            .checked_mul(10)
            .and_then(|v| v.checked_add(digit as usize))
            .filter(|&v| v <= isize::MAX as usize)
            .ok_or(SpecError::TooManyDigits)?;
        *pos += 1;
    }
    Ok((*pos > start).then_some(value))
}

/// An optional `,` or `_`, rejecting both; a second `,` is left for the
/// type (CPython's checks, quirks included).
fn separators<C: Copy + Into<u32>>(
    spec: &[C],
    pos: &mut usize,
) -> Result<Option<Grouping>, SpecError> {
    let at = |pos: usize, c: char| spec.get(pos).map(|&s| s.into()) == Some(u32::from(c));
    let mut grouping = None;
    if at(*pos, ',') {
        grouping = Some(Grouping::Comma);
        *pos += 1;
    }
    if at(*pos, '_') {
        if grouping.is_some() {
            return Err(SpecError::BothSeparators);
        }
        grouping = Some(Grouping::Underscore);
        *pos += 1;
    }
    if at(*pos, ',') && grouping == Some(Grouping::Underscore) {
        return Err(SpecError::BothSeparators);
    }
    Ok(grouping)
}

/// `digits` with `separator` every `size` digits from the right, padded with
/// zeros (grouped too) to at least `min_width` characters; never starting
/// with a separator.
fn group_integer(digits: &str, grouping: Option<(char, usize)>, min_width: usize) -> String {
    let Some((separator, size)) = grouping else {
        let zeros = min_width.saturating_sub(digits.len());
        return "0".repeat(zeros) + digits;
    };
    let mut rev: Vec<char> = Vec::with_capacity(digits.len() * 2);
    let mut source = digits.chars().rev();
    let mut remaining = digits.len();
    loop {
        if !rev.is_empty() {
            rev.push(separator);
        }
        for i in 0..size {
            if remaining > 0 {
                rev.extend(source.next());
                remaining -= 1;
            } else if rev.len() < min_width || i == 0 {
                rev.push('0');
            } else {
                break;
            }
        }
        if remaining == 0 && rev.len() >= min_width {
            break;
        }
    }
    rev.into_iter().rev().collect()
}

/// `tail` with the digits right after its leading point grouped in threes
/// from the left.
fn group_fraction(tail: &str, separator: char) -> String {
    let Some(rest) = tail.strip_prefix('.') else {
        return tail.to_owned();
    };
    let end = rest
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(rest.len());
    let mut out = String::from(".");
    for (i, c) in rest[..end].chars().enumerate() {
        if i > 0 && i % 3 == 0 {
            out.push(separator);
        }
        out.push(c);
    }
    out.push_str(&rest[end..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(spec: &str) -> Result<FormatSpec, SpecError> {
        FormatSpec::parse(&spec.chars().collect::<Vec<_>>(), None)
    }

    fn layout(spec: &str, negative: bool, digits: &str, tail: &str) -> String {
        parse(spec)
            .unwrap()
            .layout_number(negative, "", digits, tail)
    }

    /// Expected values are what CPython 3.14 prints.
    #[test]
    fn layouts() {
        assert_eq!(layout("08,", false, "1234", ""), "0,001,234");
        assert_eq!(layout("09,", false, "1234", ""), "0,001,234");
        assert_eq!(layout("=+010,", true, "1", ".5"), "-000,001.5");
        assert_eq!(layout("^7", false, "12", ""), "  12   ");
        assert_eq!(layout(",._f", false, "12345", ".678901"), "12,345.678_901");
        assert_eq!(layout("x<5", false, "1", ""), "1xxxx");
    }

    #[test]
    fn errors() {
        let err = |spec| parse(spec).unwrap_err().message(spec, "int");
        assert_eq!(err("_,"), "Cannot specify both ',' and '_'.");
        assert_eq!(err("."), "Format specifier missing precision");
        assert_eq!(err(",c"), "Cannot specify ',' with 'c'.");
        assert_eq!(err(",\x7f"), "Cannot specify ',' with '\x7f'.");
        assert_eq!(err(",é"), "Cannot specify ',' with '\\xe9'.");
        assert_eq!(err(".,n"), "Cannot specify ',' with 'n'.");
        assert_eq!(
            err("ab"),
            "Invalid format specifier 'ab' for object of type 'int'"
        );
        assert_eq!(
            unknown_kind_message(0xe9, "int"),
            "Unknown format code '\\xe9' for object of type 'int'"
        );
        assert_eq!(parse("٣").map(|s| s.width), Ok(3));
        let spec = FormatSpec::parse(&[0xd800, u32::from('<'), u32::from('s')], Some(0x73));
        assert_eq!(spec.map(|s| (s.fill, s.kind)), Ok((0xd800, Some(0x73))));
    }
}
