//! Escape processing for string and bytes literals and f-string text.
//!
//! Error messages and positions are CPython's: it decodes a str literal by
//! first rewriting each non-ASCII character as a 10-byte `\UXXXXXXXX` (and a
//! backslash before one as the 6-byte `\u005c`), then running the
//! `unicodeescape` codec, so the positions in its messages count bytes of that
//! rewritten text.

use std::borrow::Cow;

/// Why a literal could not be decoded, in CPython's words (e.g.
/// `(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \xXX escape`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LiteralError {
    pub msg: String,
    /// Byte offset in the input text where the piece CPython reports the
    /// error on starts. Always 0 for str and bytes bodies: CPython locates
    /// their errors at the whole STRING token. For f-string text, the offset
    /// just after the last `{{`, `}}` or `\N{...}` before the error: CPython
    /// locates the error from there to the end of the `FStringMiddle` token.
    pub start: usize,
}

/// Decodes the text between the quotes of a str literal; `raw` for `r` prefixes.
/// Returns generalized UTF-8 (surrogates from `\ud800` escapes allowed),
/// borrowed when there is nothing to decode.
pub fn decode_str(body: &str, raw: bool) -> Result<Cow<'_, [u8]>, LiteralError> {
    if raw || !body.contains('\\') {
        return Ok(Cow::Borrowed(body.as_bytes()));
    }
    let mut out = Vec::with_capacity(body.len());
    unescape_str(body, &mut out).map_err(|msg| LiteralError { msg, start: 0 })?;
    Ok(Cow::Owned(out))
}

/// Decodes the text between the quotes of a bytes literal.
pub fn decode_bytes(body: &str, raw: bool) -> Result<Cow<'_, [u8]>, LiteralError> {
    let error = |msg: String| LiteralError { msg, start: 0 };
    if !body.is_ascii() {
        return Err(error(
            "bytes can only contain ASCII literal characters".to_owned(),
        ));
    }
    if raw || !body.contains('\\') {
        return Ok(Cow::Borrowed(body.as_bytes()));
    }
    let mut out = Vec::with_capacity(body.len());
    unescape_bytes(body.as_bytes(), &mut out).map_err(error)?;
    Ok(Cow::Owned(out))
}

/// Decodes literal text of an f-/t-string (an `FStringMiddle` token's text):
/// `{{` and `}}` become single braces, then escapes as in [`decode_str`].
///
/// CPython's tokenizer cuts such text into pieces and decodes each on its
/// own, which shows in error positions: a piece ends after the first brace of
/// a doubled pair (the second is dropped) and after the `}` closing a
/// `\N{...}` escape. This takes either a whole run of text or one of
/// CPython's pieces and cuts it the same way.
pub fn decode_fstring_middle(text: &str, raw: bool) -> Result<Cow<'_, [u8]>, LiteralError> {
    if !text.contains(['{', '}']) {
        return decode_str(text, raw);
    }
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(text.len());
    let mut piece_start = 0;
    let mut in_name = false;
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        match (b, bytes.get(i + 1)) {
            // A backslash does not escape a brace; otherwise it takes the
            // next byte with it, or starts a `\N{` name.
            (b'\\', Some(b'{' | b'}') | None) if !raw => i += 1,
            (b'\\', Some(b'N')) if !raw && bytes.get(i + 2) == Some(&b'{') => {
                in_name = true;
                i += 3;
            }
            (b'\\', Some(_)) if !raw => i += 2,
            (b'}', _) if in_name => {
                decode_piece(text, piece_start, i + 1, raw, &mut out)?;
                piece_start = i + 1;
                in_name = false;
                i += 1;
            }
            (b'{' | b'}', Some(&next)) if next == b => {
                decode_piece(text, piece_start, i + 1, raw, &mut out)?;
                piece_start = i + 2;
                in_name = false;
                i += 2;
            }
            _ => i += 1,
        }
    }
    decode_piece(text, piece_start, text.len(), raw, &mut out)?;
    Ok(Cow::Owned(out))
}

/// Decodes `text[start..end]`, one piece CPython decodes on its own.
fn decode_piece(
    text: &str,
    start: usize,
    end: usize,
    raw: bool,
    out: &mut Vec<u8>,
) -> Result<(), LiteralError> {
    let piece = &text[start..end];
    let decoded = decode_str(piece, raw).map_err(|err| LiteralError { start, ..err })?;
    out.extend_from_slice(&decoded);
    Ok(())
}

/// Appends a code point (surrogates too) as generalized UTF-8.
fn push_code_point(out: &mut Vec<u8>, cp: u32) {
    // Truncating casts keep exactly the bits each UTF-8 byte carries.
    let cont = |shift: u32| 0x80 | (cp >> shift) as u8 & 0x3f;
    match cp {
        0..0x80 => out.push(cp as u8),
        0x80..0x800 => out.extend([0xc0 | (cp >> 6) as u8, cont(0)]),
        0x800..0x10000 => out.extend([0xe0 | (cp >> 12) as u8, cont(6), cont(0)]),
        _ => out.extend([0xf0 | (cp >> 18) as u8, cont(12), cont(6), cont(0)]),
    }
}

/// Up to three octal digits at `bytes[i..]` (the first known to be one):
/// their value and the index after them.
fn octal_escape(bytes: &[u8], i: usize) -> (u32, usize) {
    let mut value = 0;
    let mut end = i;
    while end < i + 3 && matches!(bytes.get(end), Some(b'0'..=b'7')) {
        value = value * 8 + u32::from(bytes[end] - b'0');
        end += 1;
    }
    (value, end)
}

/// The character a one-letter escape such as `\n` stands for.
fn simple_escape(c: u8) -> Option<u8> {
    Some(match c {
        b'\\' | b'\'' | b'"' => c,
        b'a' => 0x07,
        b'b' => 0x08,
        b'f' => 0x0c,
        b'n' => b'\n',
        b'r' => b'\r',
        b't' => b'\t',
        b'v' => 0x0b,
        _ => return None,
    })
}

/// Up to `count` hex digits at `bytes[i..]`: their value, or the index of
/// the first byte that is not one (or the end).
fn hex_digits(bytes: &[u8], i: usize, count: usize) -> Result<u32, usize> {
    let mut value = 0;
    for j in i..i + count {
        let digit = bytes
            .get(j)
            .and_then(|&b| char::from(b).to_digit(16))
            .ok_or(j)?;
        value = value * 16 + digit;
    }
    Ok(value)
}

/// The `unicodeescape` codec on a str literal's body.
fn unescape_str(body: &str, out: &mut Vec<u8>) -> Result<(), String> {
    let bytes = body.as_bytes();
    let mut i = 0;
    while let Some(offset) = bytes[i..].iter().position(|&b| b == b'\\') {
        out.extend_from_slice(&bytes[i..i + offset]);
        let start = i + offset;
        i = start + 2;
        // A trailing backslash, or one before a non-ASCII character, is
        // itself (CPython rewrites it as `\u005c`).
        let Some(&c) = bytes.get(start + 1).filter(|c| c.is_ascii()) else {
            out.push(b'\\');
            i = start + 1;
            continue;
        };
        if let Some(value) = simple_escape(c) {
            out.push(value);
            continue;
        }
        let fail = |end: usize, reason: &str| unicode_error(body, start, end, reason);
        match c {
            b'\n' => {}
            b'0'..=b'7' => {
                let (value, end) = octal_escape(bytes, start + 1);
                push_code_point(out, value);
                i = end;
            }
            b'x' | b'u' | b'U' => {
                let (count, reason) = match c {
                    b'x' => (2, "truncated \\xXX escape"),
                    b'u' => (4, "truncated \\uXXXX escape"),
                    _ => (8, "truncated \\UXXXXXXXX escape"),
                };
                let cp = hex_digits(bytes, i, count).map_err(|stop| fail(stop, reason))?;
                i += count;
                if cp > 0x10ffff {
                    return Err(fail(i, "illegal Unicode character"));
                }
                push_code_point(out, cp);
            }
            b'N' => {
                let malformed = "malformed \\N character escape";
                if bytes.get(i) != Some(&b'{') {
                    return Err(fail(i, malformed));
                }
                let name_start = i + 1;
                let Some(len) = bytes[name_start..].iter().position(|&b| b == b'}') else {
                    return Err(fail(bytes.len(), malformed));
                };
                if len == 0 {
                    return Err(fail(name_start, malformed));
                }
                i = name_start + len + 1;
                let name = &body[name_start..name_start + len];
                let ch =
                    lookup_name(name).ok_or_else(|| fail(i, "unknown Unicode character name"))?;
                push_code_point(out, u32::from(ch));
            }
            _ => {
                // An invalid escape (CPython only warns): kept as is.
                out.push(b'\\');
                i = start + 1;
            }
        }
    }
    out.extend_from_slice(&bytes[i..]);
    Ok(())
}

/// The character `\N{name}` stands for: Unicode 16.0 names and aliases, any
/// case. Ideograph names count only with the code point in its canonical
/// `%04X` form, as in CPython; Tangut ideographs, which `unicode_names2`
/// lacks, are looked up here.
fn lookup_name(name: &str) -> Option<char> {
    const TANGUT: &str = "TANGUT IDEOGRAPH-";
    const CJK: &str = "CJK UNIFIED IDEOGRAPH-";
    let prefixed = |prefix: &str| {
        name.get(..prefix.len())
            .filter(|head| head.eq_ignore_ascii_case(prefix))
            .map(|_| &name[prefix.len()..])
    };
    let derived = prefixed(TANGUT).or_else(|| prefixed(CJK));
    let Some(hex) = derived else {
        return unicode_names2::character(name);
    };
    let cp = u32::from_str_radix(hex, 16).ok()?;
    if !hex.bytes().all(|b| b.is_ascii_hexdigit()) || !format!("{cp:04X}").eq_ignore_ascii_case(hex)
    {
        return None;
    }
    if prefixed(CJK).is_some() {
        return unicode_names2::character(name);
    }
    let tangut = (0x17000..=0x187f7).contains(&cp) || (0x18d00..=0x18d08).contains(&cp);
    char::from_u32(cp).filter(|_| tangut)
}

/// CPython's message for a failed escape spanning `body[start..end]`, with
/// positions in its rewritten text (see the module doc).
fn unicode_error(body: &str, start: usize, end: usize, reason: &str) -> String {
    let from = rewritten_len(&body[..start]);
    let to = rewritten_len(&body[..end]);
    format!(
        "(unicode error) 'unicodeescape' codec can't decode bytes in position {from}-{}: {reason}",
        to - 1
    )
}

/// The length of `text` after CPython's rewrite of non-ASCII characters
/// before the `unicodeescape` codec: 10 per non-ASCII character, 6 for a
/// backslash that is not escaped and precedes one.
fn rewritten_len(text: &str) -> usize {
    let mut len = 0;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        len += if c.is_ascii() { 1 } else { 10 };
        if c == '\\' {
            match chars.peek() {
                Some(next) if !next.is_ascii() => len += 5,
                Some(_) => {
                    chars.next();
                    len += 1;
                }
                None => {}
            }
        }
    }
    len
}

/// CPython's bytes escape decoding on a bytes literal's (ASCII) body.
fn unescape_bytes(bytes: &[u8], out: &mut Vec<u8>) -> Result<(), String> {
    let mut i = 0;
    while let Some(offset) = bytes[i..].iter().position(|&b| b == b'\\') {
        out.extend_from_slice(&bytes[i..i + offset]);
        let start = i + offset;
        i = start + 2;
        let Some(&c) = bytes.get(start + 1) else {
            return Err("(value error) Trailing \\ in string".to_owned());
        };
        if let Some(value) = simple_escape(c) {
            out.push(value);
            continue;
        }
        match c {
            b'\n' => {}
            b'0'..=b'7' => {
                let (value, end) = octal_escape(bytes, start + 1);
                // Values over 0o377 wrap, as CPython's do (with a warning).
                out.push(value as u8);
                i = end;
            }
            b'x' => {
                let value = hex_digits(bytes, i, 2)
                    .map_err(|_| format!("(value error) invalid \\x escape at position {start}"))?;
                out.push(value as u8);
                i += 2;
            }
            _ => {
                out.push(b'\\');
                i = start + 1;
            }
        }
    }
    out.extend_from_slice(&bytes[i..]);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn truncated(from: usize, to: usize, what: &str) -> String {
        format!(
            "(unicode error) 'unicodeescape' codec can't decode bytes in position {from}-{to}: {what}"
        )
    }

    /// Expected values are what CPython 3.14's `ast.parse` gives.
    #[test]
    fn str_escapes() {
        let cases: [(&str, &[u8]); 17] = [
            ("plain", b"plain"),
            (r#"\\\'\"\a\b\f\n\r\t\v"#, b"\\'\"\x07\x08\x0c\n\r\t\x0b"),
            ("a\\\nb", b"ab"),
            (r"\0\1234\777\400", "\0S4\u{1ff}\u{100}".as_bytes()),
            (r"\d\8\{", br"\d\8\{"),
            (r"\x41\u00e9\U0001F600", "Aé😀".as_bytes()),
            (r"\ud800", b"\xed\xa0\x80"),
            (r"\U0010FFFF", "\u{10ffff}".as_bytes()),
            (r"\N{LATIN SMALL LETTER A}\N{latin small letter a}", b"aa"),
            (
                r"\N{LF}\N{lf}\N{LINE FEED}\N{BYTE ORDER MARK}",
                "\n\n\n\u{feff}".as_bytes(),
            ),
            (
                r"\N{CJK UNIFIED IDEOGRAPH-4E00}\N{cjk unified ideograph-4e00}",
                "一一".as_bytes(),
            ),
            (
                r"\N{HANGUL SYLLABLE GA}\N{TANGUT IDEOGRAPH-17000}",
                "가𗀀".as_bytes(),
            ),
            (
                r"\N{EMOJI MODIFIER FITZPATRICK TYPE-1-2}\N{TAG SPACE}",
                "\u{1f3fb}\u{e0020}".as_bytes(),
            ),
            (
                r"\N{CJK COMPATIBILITY IDEOGRAPH-F900}",
                "\u{f900}".as_bytes(),
            ),
            (r"\N{tangut ideograph-187f7}", "\u{187f7}".as_bytes()),
            ("\\é", "\\é".as_bytes()),
            ("é\\", "é\\".as_bytes()),
        ];
        for (body, expected) in cases {
            assert_eq!(decode_str(body, false).as_deref(), Ok(expected), "{body}");
        }
        assert!(matches!(
            decode_str("no escapes", false),
            Ok(Cow::Borrowed(_))
        ));
        assert_eq!(decode_str(r"\x4", true).as_deref(), Ok(&br"\x4"[..]));
    }

    #[test]
    fn str_errors() {
        let unknown = "unknown Unicode character name";
        let malformed = "malformed \\N character escape";
        let cases = [
            (r"\x4", truncated(0, 2, "truncated \\xXX escape")),
            (r"ab\x4", truncated(2, 4, "truncated \\xXX escape")),
            ("é\\x4", truncated(10, 12, "truncated \\xXX escape")),
            ("😀\\x4", truncated(10, 12, "truncated \\xXX escape")),
            ("\\é\\x4", truncated(16, 18, "truncated \\xXX escape")),
            (r"\xg0", truncated(0, 1, "truncated \\xXX escape")),
            (r"\u12", truncated(0, 3, "truncated \\uXXXX escape")),
            (r"\U1234", truncated(0, 5, "truncated \\UXXXXXXXX escape")),
            (r"\Ud800", truncated(0, 5, "truncated \\UXXXXXXXX escape")),
            (
                r"abc\U0011000",
                truncated(3, 11, "truncated \\UXXXXXXXX escape"),
            ),
            (r"\U00110000", truncated(0, 9, "illegal Unicode character")),
            (r"\N{foo}", truncated(0, 6, unknown)),
            (r"\N{ LF}", truncated(0, 6, unknown)),
            (
                r"\N{CJK UNIFIED IDEOGRAPH-04E00}",
                truncated(0, 30, unknown),
            ),
            (r"\N{TANGUT IDEOGRAPH-017000}", truncated(0, 26, unknown)),
            (r"\N{TANGUT IDEOGRAPH-+7000}", truncated(0, 25, unknown)),
            (r"\N{TANGUT IDEOGRAPH-187F8}", truncated(0, 25, unknown)),
            (
                r"\N{LATIN SMALL LETTER A WITH MACRON AND GRAVE}",
                truncated(0, 45, unknown),
            ),
            (
                r"\N{LATIN SMALL LETTER A}\N{foo}",
                truncated(24, 30, unknown),
            ),
            (r"\N{LATIN SMALL LETTER A", truncated(0, 22, malformed)),
            (r"\N", truncated(0, 1, malformed)),
            (r"\Nx", truncated(0, 1, malformed)),
            (r"\N{}", truncated(0, 2, malformed)),
            (r"\N{SPACE}\x4", truncated(9, 11, "truncated \\xXX escape")),
        ];
        for (body, msg) in cases {
            assert_eq!(
                decode_str(body, false),
                Err(LiteralError { msg, start: 0 }),
                "{body}"
            );
        }
    }

    #[test]
    fn bytes_escapes() {
        let cases: [(&str, &[u8]); 6] = [
            (
                r#"\a\b\f\n\r\t\v\'\"\\\0"#,
                b"\x07\x08\x0c\n\r\t\x0b'\"\\\x00",
            ),
            (r"\777\400\1234", b"\xff\x00S4"),
            (r"\x41\xfF", b"A\xff"),
            (
                r"\N{SPACE}\u1234\U00012345\d",
                br"\N{SPACE}\u1234\U00012345\d",
            ),
            ("a\\\nb", b"ab"),
            ("plain", b"plain"),
        ];
        for (body, expected) in cases {
            assert_eq!(decode_bytes(body, false).as_deref(), Ok(expected), "{body}");
        }
        assert_eq!(decode_bytes(r"\x4", true).as_deref(), Ok(&br"\x4"[..]));
    }

    #[test]
    fn bytes_errors() {
        let cases = [
            (r"\x4", "(value error) invalid \\x escape at position 0"),
            (r"ab\x4", "(value error) invalid \\x escape at position 2"),
            (r"\x4g", "(value error) invalid \\x escape at position 0"),
            (r"a\x", "(value error) invalid \\x escape at position 1"),
            ("é", "bytes can only contain ASCII literal characters"),
        ];
        for (body, msg) in cases {
            let err = LiteralError {
                msg: msg.to_owned(),
                start: 0,
            };
            assert_eq!(decode_bytes(body, false), Err(err), "{body}");
        }
        assert!(decode_bytes("é", true).is_err());
    }

    #[test]
    fn fstring_middles() {
        let cases: [(&str, bool, &str); 10] = [
            ("a{{b}}c", false, "a{b}c"),
            (r"\N{SPACE}{{x}}", false, " {x}"),
            (r"\N{SPACE}}}", false, " }"),
            (r"\{{x}}", false, r"\{x}"),
            (r"\}}", false, r"\}"),
            (r"\\{{", false, r"\{"),
            (r"\\\{{", false, r"\\{"),
            (r"\{{\x41", true, r"\{\x41"),
            (r"\x41", false, "A"),
            ("\\", false, "\\"),
        ];
        for (text, raw, expected) in cases {
            let decoded = decode_fstring_middle(text, raw);
            assert_eq!(decoded.as_deref(), Ok(expected.as_bytes()), "{text}");
        }
    }

    #[test]
    fn fstring_errors() {
        let x4 = "truncated \\xXX escape";
        let cases = [
            (r"{{\x4", truncated(0, 2, x4), 2),
            (r"a{{b\x4", truncated(1, 3, x4), 3),
            (r"a}}b\x4", truncated(1, 3, x4), 3),
            (
                r"a{{b\N{foo}",
                truncated(1, 7, "unknown Unicode character name"),
                3,
            ),
            (r"{{}}\x4", truncated(0, 2, x4), 4),
            (r"\N{SPACE}}}\x4", truncated(0, 2, x4), 11),
            (r"\\\N{SPACE}{{\x4", truncated(0, 2, x4), 13),
            ("a{{b\\\nc\\x4", truncated(4, 6, x4), 3),
            ("é{{é\\x4", truncated(10, 12, x4), 4),
            ("\\é{{\\x4", truncated(0, 2, x4), 5),
            (r"\x4\N{foo}", truncated(0, 2, x4), 0),
            (
                r"\N{x",
                truncated(0, 3, "malformed \\N character escape"),
                0,
            ),
        ];
        for (text, msg, start) in cases {
            let err = LiteralError { msg, start };
            assert_eq!(decode_fstring_middle(text, false), Err(err), "{text}");
        }
    }

    /// Any text at all decodes or fails without panicking.
    #[test]
    fn arbitrary_text() {
        let alphabet = [
            "\\", "N", "{", "}", "x", "u", "U", "0", "7", "f", "é", "😀", "\n", "SPACE", "-",
            "\u{7f}", "LATIN ", "LETTER ", "A", " ",
        ];
        for text in crate::literal::random_texts(&alphabet, 200_000) {
            for raw in [false, true] {
                let _ = decode_str(&text, raw);
                let _ = decode_bytes(&text, raw);
                let _ = decode_fstring_middle(&text, raw);
            }
        }
    }
}
