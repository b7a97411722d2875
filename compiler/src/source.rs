//! From source bytes to text: BOM, PEP 263 encoding declarations, newline
//! translation, as CPython does before tokenizing.

use crate::error::SyntaxError;

/// Decodes source bytes into the text the tokenizer reads: honours a UTF-8 BOM
/// and a `# -*- coding: NAME -*-` declaration on line 1 or 2, translates
/// `\r\n` and `\r` to `\n`, and raises CPython's SyntaxError for an unknown
/// encoding, undecodable bytes or null bytes.
pub fn decode(bytes: &[u8]) -> Result<String, SyntaxError> {
    let _ = bytes;
    unimplemented!("source decoding")
}
