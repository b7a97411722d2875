//! `str.encode` and `bytes.decode` for the codecs built into the text core
//! (UTF-8, Latin-1, ASCII) with the standard error handlers, raising
//! CPython's exact `UnicodeEncodeError`/`UnicodeDecodeError`.

use super::{PyStr, TextError};

/// A codec the text core implements itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Codec {
    Utf8,
    Latin1,
    Ascii,
}

/// The names `codecs.lookup` resolves to each codec after normalization
/// (from CPython's Lib/encodings/aliases.py, plus the module names).
const NAMES: [(Codec, &[&str]); 3] = [
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
];

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
            Codec::Latin1 => "latin-1",
            Codec::Ascii => "ascii",
        }
    }

    /// Whether the codec can encode `cp` without an error handler.
    fn encodable(self, cp: u32) -> bool {
        match self {
            Codec::Utf8 => !is_surrogate(cp),
            Codec::Latin1 => cp < 0x100,
            Codec::Ascii => cp < 0x80,
        }
    }

    fn encode_reason(self) -> &'static str {
        match self {
            Codec::Utf8 => "surrogates not allowed",
            Codec::Latin1 => "ordinal not in range(256)",
            Codec::Ascii => "ordinal not in range(128)",
        }
    }

    /// Encodes `s`; each run of unencodable characters goes to the handler
    /// `errors` as one error.
    pub fn encode(self, s: &PyStr, errors: &str) -> Result<Vec<u8>, TextError> {
        let len = s.len();
        let mut out = Vec::with_capacity(len);
        let mut i = 0;
        while let Some(cp) = s.get(i) {
            if self.encodable(cp) {
                match self {
                    Codec::Utf8 => pyunicode::wtf8::push(&mut out, cp),
                    // Encodable means < 256 here.
                    Codec::Latin1 | Codec::Ascii => out.push(cp as u8),
                }
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
                Handler::Replace => out.extend(run.map(|_| b'?')),
                Handler::BackslashReplace => run.for_each(|c| push_escape(&mut out, c)),
                Handler::XmlCharRefReplace => {
                    run.for_each(|c| out.extend_from_slice(format!("&#{c};").as_bytes()))
                }
                Handler::SurrogateEscape => {
                    for (k, c) in (i..end).zip(run) {
                        match c {
                            // The low byte of U+DC80..U+DCFF.
                            0xdc80..=0xdcff => out.push(c as u8),
                            _ => return Err(error(k)),
                        }
                    }
                }
                Handler::SurrogatePass if self == Codec::Utf8 => {
                    run.for_each(|c| pyunicode::wtf8::push(&mut out, c))
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
            Codec::Utf8 => {}
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

    /// Decodes `bytes`, passing each invalid sequence to the handler `errors`.
    pub fn decode(self, bytes: &[u8], errors: &str) -> Result<PyStr, TextError> {
        let mut out = Vec::with_capacity(bytes.len());
        let mut i = 0;
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
                // Every byte an error covers is >= 0x80 for these codecs.
                Handler::SurrogateEscape => out.extend(run.iter().map(|&b| 0xdc00 + u32::from(b))),
                Handler::SurrogatePass => match bytes.get(i..i + 3) {
                    Some(&[a, b, c])
                        if self == Codec::Utf8
                            && a == 0xed
                            && (0xa0..=0xbf).contains(&b)
                            && c & 0xc0 == 0x80 =>
                    {
                        out.push(0xd000 | (u32::from(b & 0x3f) << 6) | u32::from(c & 0x3f));
                        i += 3;
                        continue;
                    }
                    _ => return Err(error()),
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
