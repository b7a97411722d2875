//! Python's `repr` of the constants the parser produces, as `ast.dump` prints them.

use std::fmt::Write;

use crate::ast::PyString;

pub use numfmt::{float_repr, imaginary_repr};

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
