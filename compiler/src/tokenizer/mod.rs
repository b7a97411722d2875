//! Source text to tokens, as CPython's tokenizer (Parser/tokenizer/,
//! Parser/lexer/) produces them, with its error messages.

mod fstring;
mod lexer;
mod normal;
mod number;
mod operator;
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
    /// Where the innermost bracket still open at the end of the input is, and
    /// which it is: the tokens then stop without an `EndMarker`, and the
    /// parser raises "'(' was never closed" unless it found an error first.
    pub unclosed: Option<(Pos, char)>,
}

/// Tokenizes decoded source text (see [`crate::source::decode`]): its only
/// newlines are `\n`. Text not ending with one is read as if it did, as
/// CPython's string input adds it: the last NEWLINE token then spans the
/// position after the end (its `lo` and `hi` stay within the text).
///
/// Positions are those of the tokens CPython's parser sees: a token ends where
/// the tokenizer stopped reading, so a NEWLINE spans its `\n` (from the start
/// of a comment before it, if any) and a MIDDLE token ending with `{{` or `}}`
/// spans both braces. CPython gives INDENT, DEDENT and ENDMARKER column -1
/// and points errors at them with the tokenizer's column at the time; here an
/// INDENT spans its line's indentation, a DEDENT is empty before its line's
/// first token, and the ENDMARKER and the DEDENTs before it are empty on the
/// last line, after its newline.
pub fn tokenize(source: &str) -> Tokens {
    if source.is_empty() || source.ends_with('\n') {
        return tokenize_lines(source);
    }
    let mut tokens = tokenize_lines(&format!("{source}\n"));
    let len = source.len() as u32;
    for token in &mut tokens.tokens {
        token.lo = token.lo.min(len);
        token.hi = token.hi.min(len);
    }
    tokens
}

/// Tokenizes text that is empty or ends with a newline.
fn tokenize_lines(source: &str) -> Tokens {
    let mut lexer = Lexer::new(source);
    // About one token per eight bytes in typical code.
    let mut tokens = Vec::with_capacity(source.len() / 8);
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
            Err(lexer::Stop::Error(err)) => {
                return Tokens {
                    tokens,
                    error: Some(*err),
                    unclosed: None,
                };
            }
            Err(lexer::Stop::Unclosed(paren)) => {
                return Tokens {
                    tokens,
                    error: None,
                    unclosed: Some((lexer.pos(paren.offset), char::from(paren.char))),
                };
            }
        }
    }
}
