//! Source text to tokens, as CPython's tokenizer (Parser/tokenizer/,
//! Parser/lexer/) produces them, with its error messages.

mod fstring;
mod lexer;
mod normal;
mod number;
mod operator;
pub(crate) mod printable;
mod string;
pub mod token;

pub use token::{Token, TokenKind};

use crate::ast::Pos;
use crate::error::SyntaxError;
use lexer::Lexer;

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

/// Tokenizes decoded source text (see [`crate::source::decode`]): its only
/// newlines are `\n`, and it ends with one unless empty.
///
/// Positions are CPython's, with these choices where CPython's parser has
/// none (it gives INDENT and DEDENT column -1): an INDENT spans its line's
/// indentation, a DEDENT is empty at its line's first token, and DEDENTs at
/// the end sit with the ENDMARKER at the start of the line after the last.
pub fn tokenize(source: &str) -> Tokens {
    let mut lexer = Lexer::new(source);
    let mut tokens = Vec::new();
    loop {
        let next = match lexer.fstrings.last() {
            Some(fstring) if !fstring.in_expr => lexer.fstring_token(),
            _ => lexer.normal_token(),
        };
        match next {
            Ok(token) => {
                tokens.push(token);
                if token.kind == TokenKind::EndMarker {
                    return Tokens {
                        tokens,
                        error: None,
                        unclosed: None,
                    };
                }
            }
            Err(err) => {
                return Tokens {
                    tokens,
                    error: Some(err),
                    unclosed: None,
                };
            }
        }
    }
}

#[cfg(test)]
mod tests;
