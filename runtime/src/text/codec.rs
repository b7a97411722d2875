//! `str.encode` and `bytes.decode` for the codecs built into the text core
//! (UTF-8, UTF-16, UTF-32, Latin-1, ASCII) with the standard error
//! handlers, raising CPython's exact `UnicodeEncodeError`/`UnicodeDecodeError`.

use super::{PyStr, TextError};

/// A codec the text core implements itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Codec {
    Utf8,
    /// UTF-8 after a byte order mark (written when encoding, skipped if
    /// present when decoding); errors name "utf-8".
    Utf8Sig,
    Latin1,
    Ascii,
    /// UTF-16 in code units of two bytes.
    Utf16(Order),
    /// UTF-32 in code units of four bytes.
    Utf32(Order),
}

/// The byte order of a UTF-16 or UTF-32 codec.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Order {
    /// `utf-16`/`utf-32`: encoding writes a byte order mark and then the
    /// native (little-endian) order; decoding follows a leading mark.
    Marked,
    Little,
    Big,
}

impl Order {
    /// The code unit of `N` bytes in this order (`Marked` is resolved
    /// before decoding, to the order its mark says or little-endian).
    fn unit<const N: usize>(self, bytes: [u8; N]) -> u32 {
        let big = self == Order::Big;
        let ordered = bytes.iter();
        let fold = |acc: u32, &b: &u8| (acc << 8) | u32::from(b);
        if big {
            ordered.fold(0, fold)
        } else {
            ordered.rev().fold(0, fold)
        }
    }

    /// Appends the low `n` bytes of `unit` in this order.
    fn push_unit(self, out: &mut Vec<u8>, unit: u32, n: usize) {
        let le = unit.to_le_bytes();
        if self == Order::Big {
            out.extend(le[..n].iter().rev());
        } else {
            out.extend_from_slice(&le[..n]);
        }
    }
}

/// The names `codecs.lookup` resolves to each codec after normalization
/// (from CPython's Lib/encodings/aliases.py, plus the module names).
const NAMES: [(Codec, &[&str]); 10] = [
    (
        Codec::Ascii,
        &[
            "ascii",
            "646",
            "ansi_x3.4_1968",
            "ansi_x3.4_1986",
            "ansi_x3_4_1968",
            "cp367",
            "csascii",
            "ibm367",
            "iso646_us",
            "iso_646.irv_1991",
            "iso_ir_6",
            "us",
            "us_ascii",
        ],
    ),
    (
        Codec::Latin1,
        &[
            "latin_1",
            "8859",
            "cp819",
            "csisolatin1",
            "ibm819",
            "iso8859",
            "iso8859_1",
            "iso_8859_1",
            "iso_8859_1_1987",
            "iso_ir_100",
            "l1",
            "latin",
            "latin1",
        ],
    ),
    (
        Codec::Utf8,
        &[
            "utf_8",
            "cp65001",
            "u8",
            "utf",
            "utf8",
            "utf8_ucs2",
            "utf8_ucs4",
        ],
    ),
    (Codec::Utf8Sig, &["utf_8_sig"]),
    (Codec::Utf16(Order::Marked), &["utf_16", "u16", "utf16"]),
    (
        Codec::Utf16(Order::Little),
        &["utf_16_le", "unicodelittleunmarked", "utf_16le"],
    ),
    (
        Codec::Utf16(Order::Big),
        &["utf_16_be", "unicodebigunmarked", "utf_16be"],
    ),
    (Codec::Utf32(Order::Marked), &["utf_32", "u32", "utf32"]),
    (Codec::Utf32(Order::Little), &["utf_32_le", "utf_32le"]),
    (Codec::Utf32(Order::Big), &["utf_32_be", "utf_32be"]),
];

/// The byte order mark, U+FEFF.
const BOM: u32 = 0xfeff;

/// The byte order mark in UTF-8.
const UTF8_BOM: &[u8] = b"\xef\xbb\xbf";

/// An error handler (the `errors` argument).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Handler {
    Strict,
    Ignore,
    Replace,
    BackslashReplace,
    XmlCharRefReplace,
    SurrogateEscape,
    SurrogatePass,
}

impl Handler {
    /// Looked up only when an error happens, as CPython does, so an unknown
    /// name passes unnoticed on clean input.
    fn lookup(name: &str) -> Result<Handler, TextError> {
        Ok(match name {
            "strict" => Handler::Strict,
            "ignore" => Handler::Ignore,
            "replace" => Handler::Replace,
            "backslashreplace" => Handler::BackslashReplace,
            "xmlcharrefreplace" => Handler::XmlCharRefReplace,
            "surrogateescape" => Handler::SurrogateEscape,
            "surrogatepass" => Handler::SurrogatePass,
            _ => {
                return Err(TextError::Lookup(format!(
                    "unknown error handler name '{name}'"
                )));
            }
        })
    }
}

/// CPython's codec-name normalization: ASCII letters (lowercased), digits
/// and `.` are kept, and each run of anything else becomes one `_` between them.
fn normalize(name: &str) -> String {
    let mut out = String::new();
    let mut punct = false;
    for c in name.chars() {
        if c.is_ascii_alphanumeric() || c == '.' {
            if punct && !out.is_empty() {
                out.push('_');
            }
            out.push(c.to_ascii_lowercase());
            punct = false;
        } else {
            punct = true;
        }
    }
    out
}

/// The `encoding` and `errors` arguments become C strings in CPython.
fn check_no_nul(encoding: &str, errors: &str) -> Result<(), TextError> {
    if encoding.contains('\0') || errors.contains('\0') {
        return Err(TextError::Value("embedded null character"));
    }
    Ok(())
}

fn push_escape(out: &mut Vec<u8>, cp: u32) {
    let escape = match cp {
        0..=0xff => format!("\\x{cp:02x}"),
        0x100..=0xffff => format!("\\u{cp:04x}"),
        _ => format!("\\U{cp:08x}"),
    };
    out.extend_from_slice(escape.as_bytes());
}

fn is_surrogate(cp: u32) -> bool {
    (0xd800..0xe000).contains(&cp)
}

impl Codec {
    /// `codecs.lookup(name)` for the codecs implemented here.
    pub fn lookup(name: &str) -> Result<Codec, TextError> {
        let norm = normalize(name);
        let dotless = norm.replace('.', "_");
        NAMES
            .iter()
            .find(|(_, names)| names.contains(&norm.as_str()) || names.contains(&dotless.as_str()))
            .map(|&(codec, _)| codec)
            .ok_or_else(|| TextError::Lookup(format!("unknown encoding: {name}")))
    }

    /// The name the codec's errors report.
    pub fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Utf8Sig => "utf-8-sig",
            Codec::Latin1 => "latin-1",
            Codec::Ascii => "ascii",
            Codec::Utf16(Order::Marked) => "utf-16",
            Codec::Utf16(Order::Little) => "utf-16-le",
            Codec::Utf16(Order::Big) => "utf-16-be",
            Codec::Utf32(Order::Marked) => "utf-32",
            Codec::Utf32(Order::Little) => "utf-32-le",
            Codec::Utf32(Order::Big) => "utf-32-be",
        }
    }

    /// Appends the encoding of `cp` (encodable, or a surrogate passed on).
    fn push(self, out: &mut Vec<u8>, cp: u32) {
        match self {
            Codec::Utf8 | Codec::Utf8Sig => pyunicode::wtf8::push(out, cp),
            // Encodable means < 256 here.
            Codec::Latin1 | Codec::Ascii => out.push(cp as u8),
            Codec::Utf16(order) => {
                let order = order.resolved();
                if cp > 0xffff {
                    let c = cp - 0x10000;
                    order.push_unit(out, 0xd800 | (c >> 10), 2);
                    order.push_unit(out, 0xdc00 | (c & 0x3ff), 2);
                } else {
                    order.push_unit(out, cp, 2);
                }
            }
            Codec::Utf32(order) => order.resolved().push_unit(out, cp, 4),
        }
    }

    /// Appends the ASCII text an error handler replaces a run with.
    fn push_ascii(self, out: &mut Vec<u8>, text: &[u8]) {
        text.iter().for_each(|&b| self.push(out, u32::from(b)));
    }

    /// Whether the codec encodes in code units of more than one byte.
    fn is_wide(self) -> bool {
        matches!(self, Codec::Utf16(_) | Codec::Utf32(_))
    }

    /// Whether the codec can encode `cp` without an error handler.
    fn encodable(self, cp: u32) -> bool {
        match self {
            Codec::Utf8 | Codec::Utf8Sig | Codec::Utf16(_) | Codec::Utf32(_) => !is_surrogate(cp),
            Codec::Latin1 => cp < 0x100,
            Codec::Ascii => cp < 0x80,
        }
    }

    fn encode_reason(self) -> &'static str {
        match self {
            Codec::Utf8 | Codec::Utf8Sig | Codec::Utf16(_) | Codec::Utf32(_) => {
                "surrogates not allowed"
            }
            Codec::Latin1 => "ordinal not in range(256)",
            Codec::Ascii => "ordinal not in range(128)",
        }
    }

    /// Encodes `s`; each run of unencodable characters goes to the handler
    /// `errors` as one error.
    pub fn encode(self, s: &PyStr, errors: &str) -> Result<Vec<u8>, TextError> {
        if self == Codec::Utf8Sig {
            let mut out = UTF8_BOM.to_vec();
            out.extend(Codec::Utf8.encode(s, errors)?);
            return Ok(out);
        }
        let len = s.len();
        let mut out = Vec::with_capacity(len);
        if matches!(
            self,
            Codec::Utf16(Order::Marked) | Codec::Utf32(Order::Marked)
        ) {
            self.push(&mut out, BOM);
        }
        let mut i = 0;
        while let Some(cp) = s.get(i) {
            if self.encodable(cp) {
                self.push(&mut out, cp);
                i += 1;
                continue;
            }
            let end = i + s
                .code_points_in(i..len)
                .take_while(|&c| !self.encodable(c))
                .count();
            let error = |start| TextError::Encode {
                encoding: self.name(),
                object: s.clone(),
                start,
                end,
                reason: self.encode_reason(),
            };
            let run = s.code_points_in(i..end);
            match Handler::lookup(errors)? {
                Handler::Strict => return Err(error(i)),
                Handler::Ignore => {}
                Handler::Replace => run.for_each(|_| self.push_ascii(&mut out, b"?")),
                Handler::BackslashReplace => run.for_each(|c| {
                    let mut escape = Vec::new();
                    push_escape(&mut escape, c);
                    self.push_ascii(&mut out, &escape);
                }),
                Handler::XmlCharRefReplace => {
                    run.for_each(|c| self.push_ascii(&mut out, format!("&#{c};").as_bytes()))
                }
                // The one byte it would give cannot be a code unit here.
                Handler::SurrogateEscape if self.is_wide() => return Err(error(i)),
                Handler::SurrogateEscape => {
                    for (k, c) in (i..end).zip(run) {
                        match c {
                            // The low byte of U+DC80..U+DCFF.
                            0xdc80..=0xdcff => out.push(c as u8),
                            _ => return Err(error(k)),
                        }
                    }
                }
                Handler::SurrogatePass if self == Codec::Utf8 || self.is_wide() => {
                    run.for_each(|c| self.push(&mut out, c))
                }
                Handler::SurrogatePass => return Err(error(i)),
            }
            i = end;
        }
        Ok(out)
    }

    /// The code point at the start of `bytes` and its length, or the length
    /// of the invalid prefix and why it is invalid (CPython's rules for
    /// which bytes one error covers).
    fn decode_one(self, bytes: &[u8]) -> Result<(u32, usize), (usize, &'static str)> {
        let lead = bytes[0];
        match self {
            Codec::Latin1 => return Ok((u32::from(lead), 1)),
            Codec::Ascii if lead < 0x80 => return Ok((u32::from(lead), 1)),
            Codec::Ascii => return Err((1, "ordinal not in range(128)")),
            Codec::Utf16(order) => return decode_utf16(order, bytes),
            Codec::Utf32(order) => return decode_utf32(order, bytes),
            Codec::Utf8 | Codec::Utf8Sig => {}
        }
        let (len, bits, second) = match lead {
            0..0x80 => return Ok((u32::from(lead), 1)),
            0xc2..0xe0 => (2, lead & 0x1f, 0x80..=0xbf),
            0xe0 => (3, 0, 0xa0..=0xbf),
            0xed => (3, 0x0d, 0x80..=0x9f),
            0xe1..0xf0 => (3, lead & 0x0f, 0x80..=0xbf),
            0xf0 => (4, 0, 0x90..=0xbf),
            0xf4 => (4, 0x04, 0x80..=0x8f),
            0xf1..0xf4 => (4, lead & 0x07, 0x80..=0xbf),
            _ => return Err((1, "invalid start byte")),
        };
        let mut cp = u32::from(bits);
        for k in 1..len {
            let Some(&byte) = bytes.get(k) else {
                return Err((bytes.len(), "unexpected end of data"));
            };
            let valid = if k == 1 {
                second.contains(&byte)
            } else {
                (0x80..=0xbf).contains(&byte)
            };
            if !valid {
                return Err((k, "invalid continuation byte"));
            }
            cp = (cp << 6) | u32::from(byte & 0x3f);
        }
        Ok((cp, len))
    }

    /// The surrogate code point `surrogatepass` decodes at the start of
    /// `bytes`, and its length.
    fn passed_surrogate(self, bytes: &[u8]) -> Option<(u32, usize)> {
        let (cp, len) = match (self, bytes) {
            (Codec::Utf8, &[0xed, b, c, ..]) if (0xa0..=0xbf).contains(&b) && c & 0xc0 == 0x80 => {
                (0xd000 | (u32::from(b & 0x3f) << 6) | u32::from(c & 0x3f), 3)
            }
            (Codec::Utf16(order), &[a, b, ..]) => (order.unit([a, b]), 2),
            (Codec::Utf32(order), &[a, b, c, d, ..]) => (order.unit([a, b, c, d]), 4),
            _ => return None,
        };
        is_surrogate(cp).then_some((cp, len))
    }

    /// A marked UTF-16/32 codec resolved by the byte order mark `bytes`
    /// may start with, and the mark's length.
    fn follow_mark(self, bytes: &[u8]) -> (Codec, usize) {
        let (wide, n): (fn(Order) -> Codec, usize) = match self {
            Codec::Utf16(Order::Marked) => (Codec::Utf16, 2),
            Codec::Utf32(Order::Marked) => (Codec::Utf32, 4),
            _ => return (self, 0),
        };
        let Some(mark) = bytes.get(..n) else {
            return (wide(Order::Little), 0);
        };
        for order in [Order::Little, Order::Big] {
            if (wide(order).decode_one(mark)) == Ok((BOM, n)) {
                return (wide(order), n);
            }
        }
        (wide(Order::Little), 0)
    }

    /// Decodes `bytes`, passing each invalid sequence to the handler `errors`.
    pub fn decode(self, bytes: &[u8], errors: &str) -> Result<PyStr, TextError> {
        if self == Codec::Utf8Sig {
            let rest = bytes.strip_prefix(UTF8_BOM).unwrap_or(bytes);
            return Codec::Utf8.decode(rest, errors);
        }
        let (codec, mark) = self.follow_mark(bytes);
        codec.decode_from(bytes, mark, errors)
    }

    /// Decodes `bytes` from position `i` on.
    fn decode_from(self, bytes: &[u8], mut i: usize, errors: &str) -> Result<PyStr, TextError> {
        let mut out = Vec::with_capacity(bytes.len());
        while i < bytes.len() {
            let (err_len, reason) = match self.decode_one(&bytes[i..]) {
                Ok((cp, len)) => {
                    out.push(cp);
                    i += len;
                    continue;
                }
                Err(e) => e,
            };
            let end = i + err_len;
            let error = || TextError::Decode {
                encoding: self.name(),
                object: bytes.into(),
                start: i,
                end,
                reason,
            };
            let run = &bytes[i..end];
            match Handler::lookup(errors)? {
                Handler::Strict => return Err(error()),
                Handler::Ignore => {}
                Handler::Replace => out.push(0xfffd),
                Handler::BackslashReplace => out.extend(
                    run.iter()
                        .flat_map(|b| format!("\\x{b:02x}").into_bytes())
                        .map(u32::from),
                ),
                // Only bytes >= 0x80 have a surrogate to stand for them: it
                // replaces those the run starts with (at most 4), and
                // decoding resumes after them.
                Handler::SurrogateEscape => {
                    let escaped = run.iter().take(4).take_while(|&&b| b >= 0x80).count();
                    if escaped == 0 {
                        return Err(error());
                    }
                    out.extend(run[..escaped].iter().map(|&b| 0xdc00 + u32::from(b)));
                    i += escaped;
                    continue;
                }
                Handler::SurrogatePass => match self.passed_surrogate(&bytes[i..]) {
                    Some((cp, len)) => {
                        out.push(cp);
                        i += len;
                        continue;
                    }
                    None => return Err(error()),
                },
                Handler::XmlCharRefReplace => {
                    return Err(TextError::Type(
                        "don't know how to handle UnicodeDecodeError in error callback",
                    ));
                }
            }
            i = end;
        }
        Ok(PyStr::from_code_points(out))
    }
}

impl Order {
    /// The order a marked codec encodes in: the native one.
    fn resolved(self) -> Order {
        match self {
            Order::Marked => Order::Little,
            order => order,
        }
    }
}

/// One UTF-16 code point at the start of `bytes` (see [`Codec::decode_one`]).
fn decode_utf16(order: Order, bytes: &[u8]) -> Result<(u32, usize), (usize, &'static str)> {
    let order = order.resolved();
    let &[a, b, ..] = bytes else {
        return Err((bytes.len(), "truncated data"));
    };
    let unit = order.unit([a, b]);
    match unit {
        0xdc00..0xe000 => Err((2, "illegal encoding")),
        0xd800..0xdc00 => {
            let &[_, _, c, d, ..] = bytes else {
                return Err((bytes.len(), "unexpected end of data"));
            };
            match order.unit([c, d]) {
                low @ 0xdc00..0xe000 => Ok((0x10000 + ((unit - 0xd800) << 10) + (low - 0xdc00), 4)),
                _ => Err((2, "illegal UTF-16 surrogate")),
            }
        }
        _ => Ok((unit, 2)),
    }
}

/// One UTF-32 code point at the start of `bytes` (see [`Codec::decode_one`]).
fn decode_utf32(order: Order, bytes: &[u8]) -> Result<(u32, usize), (usize, &'static str)> {
    let &[a, b, c, d, ..] = bytes else {
        return Err((bytes.len(), "truncated data"));
    };
    match order.resolved().unit([a, b, c, d]) {
        0x110000.. => Err((4, "code point not in range(0x110000)")),
        0xd800..0xe000 => Err((
            4,
            "code point in surrogate code point range(0xd800, 0xe000)",
        )),
        cp => Ok((cp, 4)),
    }
}

impl PyStr {
    /// `str.encode(encoding, errors)`.
    pub fn encode(&self, encoding: &str, errors: &str) -> Result<Vec<u8>, TextError> {
        check_no_nul(encoding, errors)?;
        Codec::lookup(encoding)?.encode(self, errors)
    }
}

/// `bytes.decode(encoding, errors)`. Empty input decodes to the empty
/// string before the codec is looked up, as in CPython.
pub fn decode(bytes: &[u8], encoding: &str, errors: &str) -> Result<PyStr, TextError> {
    check_no_nul(encoding, errors)?;
    if bytes.is_empty() {
        return Ok(PyStr::new());
    }
    Codec::lookup(encoding)?.decode(bytes, errors)
}
