//! From source bytes to text: BOM, PEP 263 encoding declarations, newline
//! translation, as CPython does before tokenizing.

mod charmaps;
mod codec;
mod coding;

use crate::error::{ErrorKind, Location, SyntaxError};
use codec::Codec;

const BOM: &[u8] = b"\xef\xbb\xbf";

/// Decodes source bytes into the text the tokenizer reads: honours a UTF-8 BOM
/// and a `# -*- coding: NAME -*-` declaration on line 1 or 2, translates
/// `\r\n` and `\r` to `\n` and ends a non-empty source with `\n` (so the last
/// line always has a NEWLINE token, as CPython's `translate_newlines` does),
/// and raises CPython's SyntaxError for an unknown encoding, undecodable bytes
/// or null bytes.
pub fn decode(bytes: &[u8]) -> Result<String, SyntaxError> {
    if bytes.contains(&0) {
        // `compile()` rejects these before the tokenizer sees the source.
        return Err(SyntaxError {
            kind: ErrorKind::SyntaxError,
            msg: "source code string cannot contain null bytes".into(),
            location: None,
        });
    }
    let translated = translate_newlines(bytes);
    let (has_bom, body) = match translated.strip_prefix(BOM) {
        Some(rest) => (true, rest),
        None => (false, &translated[..]),
    };
    let declared = coding::declaration(body);
    match declared {
        Some(decl) if has_bom && decl.name != "utf-8" => Err(SyntaxError {
            kind: ErrorKind::SyntaxError,
            msg: format!("encoding problem: {} with BOM", decl.name),
            location: Some(Location {
                lineno: decl.line,
                offset: 0,
                end_lineno: decl.line,
                end_offset: 0,
            }),
        }),
        Some(decl) if decl.name != "utf-8" => match Codec::lookup(&decl.name) {
            Some(codec) => codec.decode(&decl.name, body).map_err(codec_error),
            None => Err(codec_error(format!("unknown encoding: {}", decl.name))),
        },
        _ => decode_default(body),
    }
}

/// `\r\n` and lone `\r` become `\n`; a final newline is added when missing.
fn translate_newlines(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len() + 1);
    let mut iter = bytes.iter().peekable();
    while let Some(&b) = iter.next() {
        if b == b'\r' {
            iter.next_if_eq(&&b'\n');
            out.push(b'\n');
        } else {
            out.push(b);
        }
    }
    if out.last().is_some_and(|&b| b != b'\n') {
        out.push(b'\n');
    }
    out
}

/// Errors raised while applying a declared codec carry no position: CPython
/// reports them at line 0, offset -1.
fn codec_error(msg: String) -> SyntaxError {
    SyntaxError {
        kind: ErrorKind::SyntaxError,
        msg,
        location: Some(Location {
            lineno: 0,
            offset: -1,
            end_lineno: 0,
            end_offset: -1,
        }),
    }
}

/// UTF-8 without a declaration (or declared as plain `utf-8`): invalid bytes
/// get CPython's "Non-UTF-8 code" error pointing at the first bad byte.
fn decode_default(body: &[u8]) -> Result<String, SyntaxError> {
    let err = match std::str::from_utf8(body) {
        Ok(text) => return Ok(text.to_owned()),
        Err(err) => err,
    };
    let bad = err.valid_up_to();
    let line_start = body[..bad]
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    let lineno = body[..bad].iter().filter(|&&b| b == b'\n').count() as i64 + 1;
    // Everything before `bad` is valid UTF-8, so this counts characters.
    let before = String::from_utf8_lossy(&body[line_start..bad])
        .chars()
        .count() as i64;
    let offset = before + 1;
    Err(SyntaxError {
        kind: ErrorKind::SyntaxError,
        msg: format!(
            "Non-UTF-8 code starting with '\\x{:02x}' on line {lineno}, but no encoding \
             declared; see https://peps.python.org/pep-0263/ for details",
            body[bad]
        ),
        location: Some(Location {
            lineno,
            offset,
            end_lineno: lineno,
            end_offset: offset,
        }),
    })
}
