//! String literals: a plain string or bytes literal is one STRING token; an
//! f-string or t-string opens with a START token and a new f-string mode.

use super::lexer::{FString, Lexer, Stop, StringKind};
use super::token::{Token, TokenKind};

/// CPython's MAXFSTRINGLEVEL: how deeply f-strings may nest.
const MAX_FSTRING_LEVEL: usize = 150;

impl Lexer<'_> {
    /// After an opening quote: whether two more follow (read if so).
    fn triple_quoted(&mut self, quote: u8) -> bool {
        let triple = self.rest().starts_with(&[quote, quote]);
        if triple {
            self.cur += 2;
        }
        triple
    }

    /// A string or bytes literal whose opening `quote` was just read.
    pub fn string(&mut self, quote: u8) -> Result<Token, Stop> {
        let quote_size = if self.triple_quoted(quote) { 3 } else { 1 };
        let mut end_quotes = 0;
        let mut escaped_quote = false;
        while end_quotes != quote_size {
            // Skip to the next byte that matters.
            let skip = self
                .rest()
                .iter()
                .position(|&b| b == quote || b == b'\\' || b == b'\n')
                .unwrap_or(self.rest().len());
            if skip > 0 {
                self.cur += skip;
                end_quotes = 0;
            }
            match self.next() {
                None => return Err(self.unterminated_string(quote, quote_size, escaped_quote)),
                Some(b'\n') if quote_size == 1 => {
                    return Err(self.unterminated_string(quote, quote_size, escaped_quote));
                }
                Some(c) if c == quote => end_quotes += 1,
                Some(c) => {
                    end_quotes = 0;
                    if c == b'\\' && self.next() == Some(quote) {
                        escaped_quote = true;
                    }
                }
            }
        }
        Ok(self.here(TokenKind::String))
    }

    /// The error for a string the end of its line (or of the input) cuts off,
    /// pointing at its start.
    fn unterminated_string(&self, quote: u8, quote_size: usize, escaped_quote: bool) -> Stop {
        let detected = self.current_line();
        if let Some(fstring) = self.fstrings.last()
            && fstring.quote == quote
            && fstring.quote_size == quote_size
        {
            // The f-string's own closing quote ended up opening a string
            // inside the replacement field: a `}` is missing.
            let letter = fstring.kind.letter();
            return self.error_after(format!("{letter}-string: expecting '}}'"), self.start);
        }
        let msg = if quote_size == 3 {
            format!("unterminated triple-quoted string literal (detected at line {detected})")
        } else if escaped_quote {
            format!(
                "unterminated string literal (detected at line {detected}); perhaps you escaped the end quote?"
            )
        } else {
            format!("unterminated string literal (detected at line {detected})")
        };
        self.error_after(msg, self.start)
    }

    /// The prefix and opening `quote` (just read) of an f-string or t-string.
    pub fn fstring_start(&mut self, quote: u8) -> Result<Token, Stop> {
        let quote_size = if self.triple_quoted(quote) { 3 } else { 1 };
        if self.fstrings.len() + 1 >= MAX_FSTRING_LEVEL {
            return Err(self.error("too many nested f-strings or t-strings"));
        }
        let prefix = &self.src.as_bytes()[self.start..self.cur];
        let has = |letter: u8| prefix.iter().any(|b| b.to_ascii_lowercase() == letter);
        let kind = if has(b't') {
            StringKind::T
        } else {
            StringKind::F
        };
        self.fstrings.push(FString {
            kind,
            quote,
            quote_size,
            raw: has(b'r'),
            start: self.start,
            in_expr: false,
            curly_depth: 0,
            expr_start_depth: -1,
            in_format_spec: false,
        });
        Ok(self.here(match kind {
            StringKind::F => TokenKind::FStringStart,
            StringKind::T => TokenKind::TStringStart,
        }))
    }
}
