//! The format-spec mini-language (`[[fill]align][sign][z][#][0][width]
//! [grouping][.[precision][grouping]][type]`) and the layout `format()` gives
//! numbers: sign, prefix, padding and digit grouping, as CPython's
//! `Python/formatter_unicode.c` does it.

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

/// A parsed format spec. Errors are the text of CPython's `ValueError`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormatSpec {
    pub fill: char,
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
    /// The presentation type when given.
    pub kind: Option<char>,
}

const BOTH_SEPARATORS: &str = "Cannot specify both ',' and '_'.";

impl FormatSpec {
    /// Parses `spec` for a value of type `type_name` (named in errors).
    pub fn parse(spec: &str, type_name: &str) -> Result<FormatSpec, String> {
        let chars: Vec<char> = spec.chars().collect();
        let mut out = FormatSpec {
            fill: ' ',
            align: None,
            sign: None,
            no_neg_zero: false,
            alternate: false,
            zero: false,
            width: 0,
            grouping: None,
            precision: None,
            frac_grouping: None,
            kind: None,
        };
        let is_align = |c: Option<&char>| matches!(c, Some('<' | '>' | '=' | '^'));
        let mut pos = 0;
        let mut fill_given = false;
        if is_align(chars.get(1)) {
            out.fill = chars[0];
            out.align = Some(chars[1]);
            fill_given = true;
            pos = 2;
        } else if is_align(chars.first()) {
            out.align = Some(chars[0]);
            pos = 1;
        }
        let take = |c: char, pos: &mut usize| {
            let hit = chars.get(*pos) == Some(&c);
            *pos += usize::from(hit);
            hit
        };
        if let Some(&c @ ('+' | '-' | ' ')) = chars.get(pos) {
            out.sign = Some(c);
            pos += 1;
        }
        out.no_neg_zero = take('z', &mut pos);
        out.alternate = take('#', &mut pos);
        if !fill_given && take('0', &mut pos) {
            out.fill = '0';
            out.zero = true;
        }
        out.width = integer(&chars, &mut pos)?.unwrap_or(0);
        out.grouping = separators(&chars, &mut pos)?;
        if take('.', &mut pos) {
            out.precision = integer(&chars, &mut pos)?;
            out.frac_grouping = separators(&chars, &mut pos)?;
            if out.precision.is_none() && out.frac_grouping.is_none() {
                return Err("Format specifier missing precision".to_owned());
            }
        }
        match chars.len() - pos {
            0 => {}
            1 => out.kind = Some(chars[pos]),
            _ => {
                return Err(format!(
                    "Invalid format specifier '{spec}' for object of type '{type_name}'"
                ));
            }
        }
        if let Some(grouping) = out.grouping {
            match out.kind {
                None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => {}
                Some('b' | 'o' | 'x' | 'X') if grouping == Grouping::Underscore => {}
                Some(kind) => return Err(invalid_separator(grouping, kind)),
            }
        }
        if let (Some(grouping), Some('n')) = (out.frac_grouping, out.kind) {
            return Err(invalid_separator(grouping, 'n'));
        }
        Ok(out)
    }

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

/// `Cannot specify ',' with 'x'.`
fn invalid_separator(grouping: Grouping, kind: char) -> String {
    let sep = grouping.separator();
    if (' '..'\x7f').contains(&kind) && kind != ' ' {
        format!("Cannot specify '{sep}' with '{kind}'.")
    } else {
        format!("Cannot specify '{sep}' with '\\x{:x}'.", u32::from(kind))
    }
}

/// A run of decimal digits at `pos`, if any.
fn integer(chars: &[char], pos: &mut usize) -> Result<Option<usize>, String> {
    let start = *pos;
    let mut value: usize = 0;
    while let Some(digit) = chars.get(*pos).and_then(|c| c.to_digit(10)) {
        value = value
            .checked_mul(10)
            .and_then(|v| v.checked_add(digit as usize))
            .filter(|&v| v <= isize::MAX as usize)
            .ok_or_else(|| "Too many decimal digits in format string".to_owned())?;
        *pos += 1;
    }
    Ok((*pos > start).then_some(value))
}

/// An optional `,` or `_`, rejecting both.
fn separators(chars: &[char], pos: &mut usize) -> Result<Option<Grouping>, String> {
    let mut grouping = None;
    if chars.get(*pos) == Some(&',') {
        grouping = Some(Grouping::Comma);
        *pos += 1;
    }
    if chars.get(*pos) == Some(&'_') {
        if grouping.is_some() {
            return Err(BOTH_SEPARATORS.to_owned());
        }
        grouping = Some(Grouping::Underscore);
        *pos += 1;
    }
    if chars.get(*pos) == Some(&',') && grouping == Some(Grouping::Underscore) {
        return Err(BOTH_SEPARATORS.to_owned());
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

    fn layout(spec: &str, negative: bool, digits: &str, tail: &str) -> String {
        FormatSpec::parse(spec, "int")
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
        let err = |spec| FormatSpec::parse(spec, "int").unwrap_err();
        assert_eq!(err("_,"), BOTH_SEPARATORS);
        assert_eq!(err("."), "Format specifier missing precision");
        assert_eq!(err(",c"), "Cannot specify ',' with 'c'.");
        assert_eq!(
            err("ab"),
            "Invalid format specifier 'ab' for object of type 'int'"
        );
    }
}
