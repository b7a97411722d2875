//! Python's `repr` of the constants the parser produces, as `ast.dump` prints them.

use std::fmt::Write;

use crate::ast::PyString;
use crate::unicode::is_printable;

pub use numfmt::{float_repr, imaginary_repr};

/// `repr(str)`: quotes chosen as CPython does, non-printable characters and
/// surrogates escaped.
pub fn str_repr(value: &PyString) -> String {
    code_points_repr(value.code_points(), value.as_wtf8())
}

/// `repr(str)` of a string with no surrogates.
pub fn plain_str_repr(value: &str) -> String {
    code_points_repr(value.chars().map(u32::from), value.as_bytes())
}

/// CPython's `unicode_repr`. `bytes` is the string's (generalized) UTF-8,
/// used only to choose the quote.
fn code_points_repr(code_points: impl Iterator<Item = u32>, bytes: &[u8]) -> String {
    let quote = choose_quote(bytes);
    let mut out = String::with_capacity(bytes.len() + 2);
    out.push(quote as char);
    for cp in code_points {
        match cp {
            0x5c => out.push_str("\\\\"),
            0x09 => out.push_str("\\t"),
            0x0a => out.push_str("\\n"),
            0x0d => out.push_str("\\r"),
            _ if cp == u32::from(quote) => {
                out.push('\\');
                out.push(quote as char);
            }
            _ => match char::from_u32(cp) {
                Some(c) if is_printable(c) => out.push(c),
                _ if cp <= 0xff => {
                    let _ = write!(out, "\\x{cp:02x}");
                }
                _ if cp <= 0xffff => {
                    let _ = write!(out, "\\u{cp:04x}");
                }
                _ => {
                    let _ = write!(out, "\\U{cp:08x}");
                }
            },
        }
    }
    out.push(quote as char);
    out
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

/// The code points of generalized UTF-8 (UTF-8 that may encode surrogates).
/// A malformed sequence, which the decoders never produce, yields U+FFFD per byte.
pub fn wtf8_code_points(bytes: &[u8]) -> impl Iterator<Item = u32> + '_ {
    let mut rest = bytes;
    std::iter::from_fn(move || {
        let (&lead, tail) = rest.split_first()?;
        if lead.is_ascii() {
            rest = tail;
            return Some(u32::from(lead));
        }
        let (cont_len, bits) = match lead {
            0xc0..0xe0 => (1, u32::from(lead & 0x1f)),
            0xe0..0xf0 => (2, u32::from(lead & 0x0f)),
            0xf0..0xf8 => (3, u32::from(lead & 0x07)),
            _ => (usize::MAX, 0),
        };
        let continuation = tail
            .get(..cont_len)
            .filter(|cont| cont.iter().all(|&b| b & 0xc0 == 0x80));
        match continuation {
            Some(cont) => {
                rest = &tail[cont_len..];
                Some(
                    cont.iter()
                        .fold(bits, |acc, &b| (acc << 6) | u32::from(b & 0x3f)),
                )
            }
            None => {
                rest = tail;
                Some(0xfffd)
            }
        }
    })
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

    #[test]
    fn code_points_of_malformed_input() {
        let cps: Vec<u32> = wtf8_code_points(&[b'a', 0xff, 0xe0, 0x80, 0xc3, 0xa9]).collect();
        assert_eq!(cps, [0x61, 0xfffd, 0xfffd, 0xfffd, 0xe9]);
    }
}
