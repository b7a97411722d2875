//! The codecs a PEP 263 declaration may name, found and applied as Python's
//! `encodings` package does, with its error messages: UTF-8, Latin-1, ASCII
//! and every single-byte codec (tables generated into `charmaps.rs` by
//! ci/gen_codecs.py). Multi-byte codecs (UTF-16/32, the CJK codecs, UTF-7,
//! the escape codecs) are reported unknown.

use super::charmaps::{ALIASES, CHARMAPS, NOT_TEXT};

/// A codec, or what Python says when asked to decode with it.
#[derive(Clone, Copy)]
pub enum Codec {
    Utf8,
    Latin1,
    Ascii,
    /// A single-byte codec's decoding table (see `CHARMAPS`).
    Table(&'static [u16]),
    /// A bytes-to-bytes codec such as `base64_codec`.
    NotText,
    /// The `undefined` codec, which refuses everything.
    Undefined,
}

/// Where a charmap maps a byte to nothing.
const UNDEFINED: u16 = 0xFFFE;

impl Codec {
    /// Finds a codec by name as `codecs.lookup` does: case-insensitively, with
    /// runs of punctuation other than `.` read as one `_`, through the aliases
    /// of Python's `encodings` package, then as a module name.
    pub fn lookup(name: &str) -> Option<Codec> {
        let norm = normalize(name);
        let aliased = alias(&norm).or_else(|| alias(&norm.replace('.', "_")));
        aliased
            .into_iter()
            .chain([norm.as_str()])
            .filter(|module| !module.is_empty() && !module.contains('.'))
            .find_map(module_codec)
    }

    /// Decodes `bytes` with the codec named `name`, or gives the message of
    /// the error Python would raise.
    pub fn decode(self, name: &str, bytes: &[u8]) -> Result<String, String> {
        match self {
            Codec::Utf8 => std::str::from_utf8(bytes)
                .map(str::to_owned)
                .map_err(|err| utf8_error(bytes, err)),
            Codec::Latin1 => Ok(bytes.iter().map(|&b| char::from(b)).collect()),
            Codec::Ascii => bytes
                .iter()
                .enumerate()
                .map(|(i, &b)| {
                    if b.is_ascii() {
                        Ok(char::from(b))
                    } else {
                        Err(byte_error("ascii", b, i, "ordinal not in range(128)"))
                    }
                })
                .collect(),
            Codec::Table(table) => {
                // A 128-entry table leaves the lower half ASCII.
                let offset = 256 - table.len();
                bytes
                    .iter()
                    .enumerate()
                    .map(|(i, &b)| {
                        let code = match usize::from(b).checked_sub(offset) {
                            Some(index) => table[index],
                            None => u16::from(b),
                        };
                        char::from_u32(u32::from(code))
                            .filter(|_| code != UNDEFINED)
                            .ok_or_else(|| {
                                byte_error("charmap", b, i, "character maps to <undefined>")
                            })
                    })
                    .collect()
            }
            Codec::NotText => Err(format!(
                "'{name}' is not a text encoding; use codecs.decode() to handle arbitrary codecs"
            )),
            Codec::Undefined => Err("undefined encoding".into()),
        }
    }
}

/// The codec module an alias stands for.
fn alias(norm: &str) -> Option<&'static str> {
    ALIASES
        .binary_search_by_key(&norm, |&(alias, _)| alias)
        .ok()
        .map(|i| ALIASES[i].1)
}

/// The codec a module of the `encodings` package defines, if supported.
fn module_codec(module: &str) -> Option<Codec> {
    let codec = match module {
        "utf_8" | "utf_8_sig" => Codec::Utf8,
        // `charmap` without a mapping decodes as Latin-1 does.
        "latin_1" | "charmap" => Codec::Latin1,
        "ascii" => Codec::Ascii,
        "undefined" => Codec::Undefined,
        _ if NOT_TEXT.contains(&module) => Codec::NotText,
        _ => {
            let i = CHARMAPS
                .binary_search_by_key(&module, |&(name, _)| name)
                .ok()?;
            Codec::Table(CHARMAPS[i].1)
        }
    };
    Some(codec)
}

/// `encodings.normalize_encoding`, lowercased as `codecs.lookup` does first.
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

fn byte_error(codec: &str, byte: u8, pos: usize, reason: &str) -> String {
    format!("'{codec}' codec can't decode byte 0x{byte:02x} in position {pos}: {reason}")
}

/// Python's UTF-8 decoder reports the same maximal invalid prefix as Rust's.
fn utf8_error(bytes: &[u8], err: std::str::Utf8Error) -> String {
    let start = err.valid_up_to();
    let (len, reason) = match err.error_len() {
        None => (bytes.len() - start, "unexpected end of data"),
        Some(1) if matches!(bytes[start], 0x80..=0xc1 | 0xf5..=0xff) => (1, "invalid start byte"),
        Some(len) => (len, "invalid continuation byte"),
    };
    if len == 1 {
        byte_error("utf-8", bytes[start], start, reason)
    } else {
        let end = start + len - 1;
        format!("'utf-8' codec can't decode bytes in position {start}-{end}: {reason}")
    }
}
