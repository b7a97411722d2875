//! The regular mode: indentation, names, numbers, strings, operators and
//! brackets, and the bracket bookkeeping of f-string replacement fields
//! (CPython's `tok_get_normal_mode`).

use super::lexer::{Lexer, MAX_PAREN_LEVEL, Paren, Stop};
use super::operator;
use super::token::{Token, TokenKind};
use crate::error::ErrorKind;
use crate::unicode::is_printable;

/// CPython's MAXINDENT: how many indentation levels a file may open.
const MAX_INDENT: usize = 100;
const TAB_SIZE: usize = 8;

pub fn is_identifier_start(c: u8) -> bool {
    c.is_ascii_alphabetic() || c == b'_' || c >= 128
}

pub fn is_identifier_char(c: Option<u8>) -> bool {
    c.is_some_and(|c| c.is_ascii_alphanumeric() || c == b'_' || c >= 128)
}

/// The first pair CPython names among the string prefix letters seen (in
/// the order b, r, u, f, t) that may not go together.
fn incompatible_prefixes(seen: [bool; 5]) -> Option<&'static str> {
    let [b, r, u, f, t] = seen;
    [
        (u && b, "'u' and 'b'"),
        (u && r, "'u' and 'r'"),
        (u && f, "'u' and 'f'"),
        (u && t, "'u' and 't'"),
        (b && f, "'b' and 'f'"),
        (b && t, "'b' and 't'"),
        (f && t, "'f' and 't'"),
    ]
    .into_iter()
    .find_map(|(both, pair)| both.then_some(pair))
}

impl Lexer<'_> {
    pub fn normal_token(&mut self) -> Result<Token, Stop> {
        loop {
            let blank_line = self.at_line_start && self.indentation()?;
            self.start = self.cur;
            if self.pending_indents != 0 {
                return Ok(self.indent_token());
            }
            if let Some(token) = self.logical_token(blank_line)? {
                return Ok(token);
            }
        }
    }

    /// Measures the indentation of a new line and queues INDENT/DEDENT
    /// tokens; says whether the line is blank or a comment, which changes
    /// nothing.
    fn indentation(&mut self) -> Result<bool, Stop> {
        self.at_line_start = false;
        let (mut col, mut alt_col, mut cont_line_col) = (0, 0, 0);
        let c = loop {
            match self.next() {
                Some(b' ') => (col, alt_col) = (col + 1, alt_col + 1),
                Some(b'\t') => (col, alt_col) = ((col / TAB_SIZE + 1) * TAB_SIZE, alt_col + 1),
                Some(b'\x0c') => (col, alt_col) = (0, 0),
                Some(b'\\') => {
                    // The first backslash decides the indentation of a line
                    // continued from blanks.
                    if cont_line_col == 0 {
                        cont_line_col = col;
                    }
                    self.continuation_line()?;
                }
                c => break c,
            }
        };
        self.backup(c);
        if matches!(c, Some(b'#' | b'\n')) {
            return Ok(true);
        }
        if !self.parens.is_empty() {
            return Ok(false);
        }
        if cont_line_col != 0 {
            (col, alt_col) = (cont_line_col, cont_line_col);
        }
        let (top, alt_top) = self.indents.last().copied().unwrap_or((0, 0));
        if col == top {
            if alt_col != alt_top {
                return Err(self.tab_error());
            }
        } else if col > top {
            if self.indents.len() >= MAX_INDENT {
                return Err(self.error_at_line_start(
                    ErrorKind::IndentationError,
                    "too many levels of indentation",
                ));
            }
            if alt_col <= alt_top {
                return Err(self.tab_error());
            }
            self.pending_indents += 1;
            self.indents.push((col, alt_col));
        } else {
            while self.indents.len() > 1 && self.indents.last().is_some_and(|&(c, _)| col < c) {
                self.pending_indents -= 1;
                self.indents.pop();
            }
            let (top, alt_top) = self.indents.last().copied().unwrap_or((0, 0));
            if col != top {
                return Err(self.error_at_line_end(
                    ErrorKind::IndentationError,
                    "unindent does not match any outer indentation level",
                ));
            }
            if alt_col != alt_top {
                return Err(self.tab_error());
            }
        }
        Ok(false)
    }

    fn tab_error(&self) -> Stop {
        self.error_at_line_start(
            ErrorKind::TabError,
            "inconsistent use of tabs and spaces in indentation",
        )
    }

    /// An INDENT spans the line's indentation; a DEDENT is empty, before the
    /// line's first token.
    fn indent_token(&mut self) -> Token {
        if self.pending_indents < 0 {
            self.pending_indents += 1;
            self.empty(TokenKind::Dedent)
        } else {
            self.pending_indents -= 1;
            self.token(TokenKind::Indent, self.line_start(self.cur), self.cur)
        }
    }

    /// The next token of a logical line, or `None` when a blank line, a
    /// comment line or a newline inside brackets was skipped.
    fn logical_token(&mut self, blank_line: bool) -> Result<Option<Token>, Stop> {
        let mut c = loop {
            let c = self.skip_blanks();
            if c != Some(b'\\') {
                break c;
            }
            self.continuation_line()?;
        };
        if c == Some(b'#') {
            let rest = self.rest();
            self.cur += rest.iter().position(|&b| b == b'\n').unwrap_or(rest.len());
            c = self.next();
        }
        let Some(c) = c else {
            if let Some(&paren) = self.parens.last() {
                return Err(Stop::Unclosed(paren));
            }
            return Ok(Some(self.empty(TokenKind::EndMarker)));
        };
        if is_identifier_start(c) {
            return self.name_or_string(c).map(Some);
        }
        if c == b'\n' {
            self.at_line_start = true;
            if blank_line || !self.parens.is_empty() {
                return Ok(None);
            }
            return Ok(Some(self.here(TokenKind::Newline)));
        }
        if c == b'.' {
            match self.peek() {
                Some(d) if d.is_ascii_digit() => {
                    let d = self.next();
                    return self.fraction(d).map(Some);
                }
                _ if self.src[self.cur..].starts_with("..") => {
                    self.cur += 2;
                    return Ok(Some(self.here(TokenKind::Ellipsis)));
                }
                _ => return Ok(Some(self.here(TokenKind::Dot))),
            }
        }
        if c.is_ascii_digit() {
            return self.number(c).map(Some);
        }
        if c == b'"' || c == b'\'' {
            return self.string(c).map(Some);
        }
        self.punctuation(c).map(Some)
    }

    /// Skips spaces, tabs and form feeds; returns the next byte, where the
    /// token starts.
    fn skip_blanks(&mut self) -> Option<u8> {
        let rest = self.rest();
        self.cur += rest
            .iter()
            .position(|b| !matches!(b, b' ' | b'\t' | b'\x0c'))
            .unwrap_or(rest.len());
        self.start = self.cur;
        self.next()
    }

    fn name_or_string(&mut self, first: u8) -> Result<Token, Stop> {
        let mut c = Some(first);
        // String prefixes: each of b, r, u, f, t at most once; which of them
        // may go together is checked at the quote.
        let mut seen = [false; 5];
        while let Some(letter) = c {
            let Some(i) = b"bruft"
                .iter()
                .position(|&l| l == letter.to_ascii_lowercase())
            else {
                break;
            };
            if seen[i] {
                break;
            }
            seen[i] = true;
            c = self.next();
            if let Some(quote @ (b'"' | b'\'')) = c {
                if let Some(pair) = incompatible_prefixes(seen) {
                    let msg = format!("{pair} prefixes are incompatible");
                    return Err(self.error_range(&msg, self.start, self.cur));
                }
                let [_, _, _, f, t] = seen;
                return if f || t {
                    self.fstring_start(quote)
                } else {
                    self.string(quote)
                };
            }
        }
        if is_identifier_char(c) {
            let rest = self.rest();
            self.cur += rest
                .iter()
                .position(|&b| !is_identifier_char(Some(b)))
                .unwrap_or(rest.len());
        } else {
            self.backup(c);
        }
        if !self.src.as_bytes()[self.start..self.cur].is_ascii() {
            self.verify_identifier()?;
        }
        let text = &self.src[self.start..self.cur];
        Ok(self.here(operator::keyword(text).unwrap_or(TokenKind::Name)))
    }

    /// PEP 3131: a name must be an XID_Start (or `_`) then XID_Continue
    /// characters; the error points just after the first bad character.
    fn verify_identifier(&mut self) -> Result<(), Stop> {
        let text = &self.src[self.start..self.cur];
        let bad = text.char_indices().find(|&(i, ch)| {
            if i == 0 {
                !(unicode_ident::is_xid_start(ch) || ch == '_')
            } else {
                !unicode_ident::is_xid_continue(ch)
            }
        });
        let Some((i, ch)) = bad else {
            return Ok(());
        };
        self.rewind(self.start + i + ch.len_utf8());
        let code = ch as u32;
        Err(self.error(if is_printable(ch) {
            format!("invalid character '{ch}' (U+{code:04X})")
        } else {
            format!("invalid non-printable character U+{code:04X}")
        }))
    }

    /// Operators, delimiters and brackets, with the f-string bookkeeping.
    fn punctuation(&mut self, c: u8) -> Result<Token, Stop> {
        if let Some(fstring) = self.fstrings.last_mut()
            && fstring.expr_start_depth >= 0
            && c == b':'
            && fstring.curly_depth - 1 == fstring.expr_start_depth
        {
            // The `:` ending a replacement field's expression starts its
            // format spec.
            fstring.in_expr = false;
            fstring.in_format_spec = true;
            return Ok(self.here(TokenKind::Colon));
        }
        let rest = self.rest();
        if let Some((kind, len)) = operator::multi_char(c, rest) {
            self.cur += len;
            return Ok(self.here(kind));
        }
        match c {
            b'(' | b'[' | b'{' => self.open_paren(c)?,
            b')' | b']' | b'}' => self.close_paren(c)?,
            _ => {}
        }
        if !is_printable(char::from(c)) {
            return Err(self.error(format!("invalid non-printable character U+{:04X}", c)));
        }
        Ok(self.here(operator::one_char(c)))
    }

    fn open_paren(&mut self, c: u8) -> Result<(), Stop> {
        if self.parens.len() >= MAX_PAREN_LEVEL {
            return Err(self.error("too many nested parentheses"));
        }
        self.parens.push(Paren {
            char: c,
            offset: self.start,
        });
        if let Some(fstring) = self.fstrings.last_mut() {
            fstring.curly_depth += 1;
        }
        Ok(())
    }

    fn close_paren(&mut self, c: u8) -> Result<(), Stop> {
        let close = char::from(c);
        if let Some(fstring) = self.fstrings.last()
            && fstring.curly_depth == 0
            && c == b'}'
        {
            let letter = fstring.kind.letter();
            return Err(self.error(format!("{letter}-string: single '}}' is not allowed")));
        }
        let Some(opening) = self.parens.pop() else {
            return Err(self.error(format!("unmatched '{close}'")));
        };
        let open = char::from(opening.char);
        if !matches!((open, close), ('(', ')') | ('[', ']') | ('{', '}')) {
            if let Some(fstring) = self.fstrings.last()
                && open == '{'
                && fstring.curly_depth - 1 == fstring.expr_start_depth
            {
                let letter = fstring.kind.letter();
                return Err(self.error(format!("{letter}-string: unmatched '{close}'")));
            }
            let open_line = self.pos(opening.offset).line as usize;
            return Err(self.error(if open_line != self.current_line() {
                format!(
                    "closing parenthesis '{close}' does not match opening parenthesis '{open}' on line {open_line}"
                )
            } else {
                format!("closing parenthesis '{close}' does not match opening parenthesis '{open}'")
            }));
        }
        if let Some(fstring) = self.fstrings.last_mut() {
            fstring.curly_depth -= 1;
            if fstring.curly_depth < 0 {
                let letter = fstring.kind.letter();
                return Err(self.error(format!("{letter}-string: unmatched '{close}'")));
            }
            if c == b'}' && fstring.curly_depth == fstring.expr_start_depth {
                // The replacement field ends: back to literal text.
                fstring.expr_start_depth -= 1;
                fstring.in_expr = false;
                fstring.in_format_spec = false;
            }
        }
        Ok(())
    }
}
