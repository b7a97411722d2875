//! The literal parts of f-strings and t-strings (CPython's
//! `tok_get_fstring_mode`): MIDDLE tokens up to the next replacement field,
//! and the END token.
//!
//! Unlike CPython, which ends a MIDDLE token after the first brace of `{{` or
//! `}}` and after a `\N{...}` escape, this makes one token of the whole run of
//! literal text; the parser joins CPython's pieces into one constant anyway,
//! spanning exactly this token.

use super::lexer::{FString, Lexer, Stop, StringKind};
use super::token::{Token, TokenKind};

/// CPython's MAX_EXPR_NESTING: replacement fields nested in format specs.
const MAX_EXPR_NESTING: i32 = 3;

impl FString {
    fn middle_kind(&self) -> TokenKind {
        match self.kind {
            StringKind::F => TokenKind::FStringMiddle,
            StringKind::T => TokenKind::TStringMiddle,
        }
    }

    fn end_kind(&self) -> TokenKind {
        match self.kind {
            StringKind::F => TokenKind::FStringEnd,
            StringKind::T => TokenKind::TStringEnd,
        }
    }
}

impl Lexer<'_> {
    /// The next token while the innermost f-string is in literal text.
    pub fn fstring_token(&mut self) -> Result<Token, Stop> {
        let Some(fstring) = self.fstrings.last() else {
            return self.normal_token();
        };
        let (quote, quote_size) = (fstring.quote, fstring.quote_size);
        self.start = self.cur;
        let rest = self.rest();
        if rest.first() == Some(&b'{') && rest.get(1) != Some(&b'{') {
            self.enter_replacement_field()?;
            return self.normal_token();
        }
        // CPython leaves the quotes read here read even when fewer than
        // `quote_size` of them match; they are part of the MIDDLE token then.
        let quotes = rest
            .iter()
            .take(quote_size)
            .take_while(|&&b| b == quote)
            .count();
        self.cur += quotes;
        if quotes == quote_size {
            let kind = fstring.end_kind();
            self.fstrings.pop();
            return Ok(self.here(kind));
        }
        self.fstring_middle()
    }

    /// Starts the expression of a replacement field whose `{` is next.
    fn enter_replacement_field(&mut self) -> Result<(), Stop> {
        let Some(fstring) = self.fstrings.last_mut() else {
            return Ok(());
        };
        fstring.expr_start_depth += 1;
        if fstring.expr_start_depth >= MAX_EXPR_NESTING {
            let letter = fstring.kind.letter();
            return Err(self.error(format!("{letter}-string: expressions nested too deeply")));
        }
        fstring.in_expr = true;
        fstring.in_format_spec = false;
        Ok(())
    }

    /// Literal text up to a replacement field or the closing quotes.
    fn fstring_middle(&mut self) -> Result<Token, Stop> {
        let Some(fstring) = self.fstrings.last() else {
            return self.normal_token();
        };
        let (quote, quote_size, raw) = (fstring.quote, fstring.quote_size, fstring.raw);
        let in_format_spec = fstring.in_format_spec && fstring.expr_start_depth >= 0;
        let at_top_level = fstring.curly_depth == 0;
        let kind = fstring.middle_kind();
        let letter = fstring.kind.letter();
        let mut end_quotes = 0;
        let mut in_named_escape = false;
        while end_quotes != quote_size {
            let c = self.next();
            match c {
                None => return Err(self.unterminated_fstring()),
                Some(b'\n') if quote_size == 1 => {
                    if in_format_spec {
                        return Err(self.error(format!(
                            "{letter}-string: newlines are not allowed in format specifiers \
                             for single quoted {letter}-strings"
                        )));
                    }
                    return Err(self.unterminated_fstring());
                }
                Some(q) if q == quote => {
                    end_quotes += 1;
                    continue;
                }
                _ => end_quotes = 0,
            }
            match c {
                Some(b'{') => {
                    if self.peek() == Some(b'{') && !in_format_spec {
                        self.cur += 1;
                        continue;
                    }
                    self.backup(c);
                    let token = self.here(kind);
                    self.enter_replacement_field()?;
                    return Ok(token);
                }
                Some(b'}') => {
                    if in_named_escape {
                        in_named_escape = false;
                        continue;
                    }
                    if self.peek() == Some(b'}') && !in_format_spec && at_top_level {
                        self.cur += 1;
                        continue;
                    }
                    self.backup(c);
                    self.leave_literal();
                    return Ok(self.here(kind));
                }
                Some(b'\\') => match self.peek() {
                    // A backslash does not escape a brace.
                    Some(b'{' | b'}') => {}
                    Some(b'N') if !raw => {
                        self.cur += 1;
                        if self.peek() == Some(b'{') {
                            self.cur += 1;
                            in_named_escape = true;
                        }
                    }
                    _ => {
                        self.next();
                    }
                },
                _ => {}
            }
        }
        self.rewind(self.cur - quote_size);
        Ok(self.here(kind))
    }

    /// A `}` ends the literal text of a format spec: the tokenizer goes back
    /// to the expression's mode to read it.
    fn leave_literal(&mut self) {
        if let Some(fstring) = self.fstrings.last_mut() {
            fstring.in_expr = true;
            fstring.in_format_spec = false;
        }
    }

    /// The error for an f-string cut off by the end of its line or of the
    /// input, pointing at its start.
    fn unterminated_fstring(&self) -> Stop {
        let detected = self.current_line();
        let Some(fstring) = self.fstrings.last() else {
            return self.error("unterminated string literal");
        };
        let letter = fstring.kind.letter();
        let msg = if fstring.quote_size == 3 {
            format!(
                "unterminated triple-quoted {letter}-string literal (detected at line {detected})"
            )
        } else {
            format!("unterminated {letter}-string literal (detected at line {detected})")
        };
        self.error_after(msg, fstring.start)
    }
}
