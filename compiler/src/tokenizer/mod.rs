//! Source text to tokens, as CPython's tokenizer (Parser/tokenizer/,
//! Parser/lexer/) produces them, with its error messages.

pub mod token;

pub use token::{Token, TokenKind};

use crate::ast::Pos;
use crate::error::SyntaxError;

/// The whole token stream of a source, up to the first tokenizer error.
#[derive(Debug, Default)]
pub struct Tokens {
    /// Every token before the error, ending with `EndMarker` when there was none.
    pub tokens: Vec<Token>,
    /// The first error the tokenizer met, if any. The parser raises it when it
    /// needs a token past the end of `tokens`, and CPython also lets it replace
    /// a parser error found earlier in the file.
    pub error: Option<SyntaxError>,
    /// Set when the source ended inside brackets: the innermost open bracket's
    /// position and character, for CPython's "'(' was never closed".
    pub unclosed: Option<(Pos, char)>,
}

/// Tokenizes decoded source text (see [`crate::source::decode`]).
pub fn tokenize(source: &str) -> Tokens {
    let _ = source;
    unimplemented!("tokenizer")
}
