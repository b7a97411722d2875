//! Escape processing for string and bytes literals and f-string text.

/// Why a literal could not be decoded, in CPython's words (e.g.
/// `(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \xXX escape`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LiteralError {
    pub msg: String,
}

/// Decodes the text between the quotes of a str literal; `raw` for `r` prefixes.
/// Returns generalized UTF-8 (surrogates from `\ud800` escapes allowed).
pub fn decode_str(body: &str, raw: bool) -> Result<Vec<u8>, LiteralError> {
    let _ = (body, raw);
    unimplemented!()
}

/// Decodes the text between the quotes of a bytes literal.
pub fn decode_bytes(body: &str, raw: bool) -> Result<Vec<u8>, LiteralError> {
    let _ = (body, raw);
    unimplemented!()
}

/// Decodes literal text of an f-/t-string (an `FStringMiddle` token's text):
/// `{{` and `}}` become single braces, then escapes as in [`decode_str`].
pub fn decode_fstring_middle(text: &str, raw: bool) -> Result<Vec<u8>, LiteralError> {
    let _ = (text, raw);
    unimplemented!()
}
