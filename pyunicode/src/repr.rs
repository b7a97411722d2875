//! `repr(str)` and `ascii(str)`, as CPython writes them.

use std::fmt::Write;

use crate::props::is_printable;

/// `repr` of the string made of `code_points`: single quotes unless it holds
/// a single quote and no double quote; backslash, tab, newline, carriage
/// return and the quote escaped; other non-printable characters (surrogates
/// among them) as `\xNN`, `\uNNNN` or `\UNNNNNNNN`.
pub fn str_repr<I>(code_points: I) -> String
where
    I: Iterator<Item = u32> + Clone,
{
    quoted(code_points, is_printable)
}

/// `ascii` of the string made of `code_points`: its `repr` with every
/// non-ASCII character escaped too.
pub fn str_ascii<I>(code_points: I) -> String
where
    I: Iterator<Item = u32> + Clone,
{
    quoted(code_points, |cp| cp < 0x80 && is_printable(cp))
}

/// The string in quotes, escaping what `literal` rejects.
fn quoted<I>(code_points: I, literal: impl Fn(u32) -> bool) -> String
where
    I: Iterator<Item = u32> + Clone,
{
    let (mut single, mut double) = (false, false);
    for cp in code_points.clone() {
        single |= cp == u32::from('\'');
        double |= cp == u32::from('"');
    }
    let quote = if single && !double { '"' } else { '\'' };
    let mut out = String::with_capacity(code_points.size_hint().0 + 2);
    out.push(quote);
    for cp in code_points {
        match char::from_u32(cp) {
            Some('\\') => out.push_str("\\\\"),
            Some('\t') => out.push_str("\\t"),
            Some('\n') => out.push_str("\\n"),
            Some('\r') => out.push_str("\\r"),
            Some(c) if c == quote => {
                out.push('\\');
                out.push(c);
            }
            Some(c) if literal(cp) => out.push(c),
            _ if cp <= 0xff => {
                let _ = write!(out, "\\x{cp:02x}");
            }
            _ if cp <= 0xffff => {
                let _ = write!(out, "\\u{cp:04x}");
            }
            _ => {
                let _ = write!(out, "\\U{cp:08x}");
            }
        }
    }
    out.push(quote);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Expected values are what CPython 3.14 prints.
    #[test]
    fn reprs() {
        let cases = [
            ("", "''"),
            ("a'b", "\"a'b\""),
            ("a'\"b", "'a\\'\"b'"),
            ("\\\t\n\r\x00\x7f\u{a0}é", "'\\\\\\t\\n\\r\\x00\\x7f\\xa0é'"),
            ("\u{2028}\u{e0020}😀", "'\\u2028\\U000e0020😀'"),
        ];
        for (value, expected) in cases {
            assert_eq!(str_repr(value.chars().map(u32::from)), expected);
        }
        assert_eq!(str_repr([0xd800, 0x78].into_iter()), "'\\ud800x'");
        assert_eq!(
            str_ascii("é'😀\n".chars().map(u32::from)),
            "\"\\xe9'\\U0001f600\\n\""
        );
    }
}
