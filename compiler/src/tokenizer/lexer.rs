//! The tokenizer's state and the primitives every mode uses: reading and
//! backing up bytes, positions, and errors located as CPython locates them.
//!
//! Like CPython's lexer this reads bytes one at a time with one-byte backups,
//! so that each error lands on the same character CPython reports; runs of
//! bytes that cannot end a token (blanks, name characters, comment and
//! string text) are skipped in bulk.

use super::token::{Token, TokenKind};
use crate::ast::Pos;
use crate::error::{ErrorKind, Location, SyntaxError};
use std::cell::Cell;

/// CPython's MAXLEVEL: how deeply brackets may nest.
pub const MAX_PAREN_LEVEL: usize = 200;

/// Why tokenizing stopped before the end.
pub enum Stop {
    /// Boxed to keep the `Result`s every token travels in small.
    Error(Box<SyntaxError>),
    /// The input ended inside this bracket.
    Unclosed(Paren),
}

/// An open bracket, remembered for mismatch and "never closed" errors.
#[derive(Clone, Copy)]
pub struct Paren {
    pub char: u8,
    pub offset: usize,
}

/// Whether an f-string-like literal is an f-string or a t-string.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum StringKind {
    F,
    T,
}

impl StringKind {
    /// The letter CPython's messages start with (`f-string: ...`).
    pub fn letter(self) -> char {
        match self {
            StringKind::F => 'f',
            StringKind::T => 't',
        }
    }
}

/// One f-string being tokenized (CPython's `tokenizer_mode`).
pub struct FString {
    pub kind: StringKind,
    pub quote: u8,
    pub quote_size: usize,
    pub raw: bool,
    /// Offset of the prefix, where unterminated-literal errors point.
    pub start: usize,
    /// Whether the tokenizer is inside a replacement field's expression
    /// (CPython's TOK_REGULAR_MODE) rather than in literal text.
    pub in_expr: bool,
    /// Brackets open inside the replacement fields, `{` included.
    pub curly_depth: i32,
    /// The `curly_depth` at which the innermost replacement field began, or -1
    /// outside any replacement field.
    pub expr_start_depth: i32,
    pub in_format_spec: bool,
}

pub struct Lexer<'s> {
    pub src: &'s str,
    bytes: &'s [u8],
    pub cur: usize,
    /// One past the furthest byte read, when the cursor has moved back from
    /// it: CPython's current line is the line of that byte even after
    /// backing up.
    reached: usize,
    /// Byte offset where each line read so far starts (recorded as `next`
    /// reads newlines: every newline passes through it).
    line_starts: Vec<usize>,
    /// The line `line_index` found last.
    line_hint: Cell<usize>,
    /// Start of the token being read.
    pub start: usize,
    pub at_line_start: bool,
    /// INDENT (positive) or DEDENT (negative) tokens still to emit.
    pub pending_indents: i32,
    /// Indentation columns of the open blocks, with tabs to multiples of 8
    /// and, to detect inconsistent tabs, with tabs as one column.
    pub indents: Vec<(usize, usize)>,
    pub parens: Vec<Paren>,
    pub fstrings: Vec<FString>,
}

impl<'s> Lexer<'s> {
    pub fn new(src: &'s str) -> Lexer<'s> {
        let bytes = src.as_bytes();
        let mut line_starts = Vec::with_capacity(bytes.len() / 32);
        line_starts.push(0);
        Lexer {
            src,
            bytes,
            cur: 0,
            reached: 0,
            line_starts,
            line_hint: Cell::new(0),
            start: 0,
            at_line_start: true,
            pending_indents: 0,
            indents: vec![(0, 0)],
            parens: Vec::new(),
            fstrings: Vec::new(),
        }
    }

    /// Reads the next byte; `None` at the end.
    pub fn next(&mut self) -> Option<u8> {
        let b = *self.bytes.get(self.cur)?;
        self.cur += 1;
        if b == b'\n' && self.line_starts.last().is_some_and(|&s| s < self.cur) {
            self.line_starts.push(self.cur);
        }
        Some(b)
    }

    /// Moves the cursor back to `offset`, remembering how far it had read.
    pub fn rewind(&mut self, offset: usize) {
        self.reached = self.reached.max(self.cur);
        self.cur = offset;
    }

    /// The bytes from the cursor on.
    pub fn rest(&self) -> &'s [u8] {
        &self.bytes[self.cur.min(self.bytes.len())..]
    }

    pub fn peek(&self) -> Option<u8> {
        self.bytes.get(self.cur).copied()
    }

    /// Undoes the `next` that returned `c` (nothing to undo at the end).
    pub fn backup(&mut self, c: Option<u8>) {
        if c.is_some() {
            self.rewind(self.cur - 1);
        }
    }

    /// A token spanning `lo..hi`.
    pub fn token(&self, kind: TokenKind, lo: usize, hi: usize) -> Token {
        let start = self.pos(lo);
        let end = if hi > lo {
            let last = self.pos(hi - 1);
            Pos {
                line: last.line,
                col: last.col + 1,
            }
        } else {
            start
        };
        Token {
            kind,
            start,
            end,
            lo: lo as u32,
            hi: hi as u32,
        }
    }

    /// An empty token at the cursor. At the end of the input (ENDMARKER and
    /// the DEDENTs before it) it sits on the last line read, after its
    /// newline: where CPython's parser points errors at these tokens.
    pub fn empty(&self, kind: TokenKind) -> Token {
        let mut token = self.token(kind, self.cur, self.cur);
        if self.cur >= self.bytes.len() {
            let line = self.current_line();
            token.start = Pos {
                line: line as u32,
                col: (self.cur - self.line_starts[line - 1]) as u32,
            };
            token.end = token.start;
        }
        token
    }

    /// A token from `self.start` to the cursor.
    pub fn here(&self, kind: TokenKind) -> Token {
        self.token(kind, self.start, self.cur)
    }

    /// The 0-based index of the line holding byte `offset`. Tokens come in
    /// order, so the search starts from the line found last.
    fn line_index(&self, offset: usize) -> usize {
        let starts = &self.line_starts;
        let mut index = self.line_hint.get().min(starts.len() - 1);
        if starts[index] > offset {
            index = starts.partition_point(|&s| s <= offset).saturating_sub(1);
        } else {
            while starts.get(index + 1).is_some_and(|&s| s <= offset) {
                index += 1;
            }
        }
        self.line_hint.set(index);
        index
    }

    pub fn line_start(&self, offset: usize) -> usize {
        self.line_starts[self.line_index(offset)]
    }

    pub fn pos(&self, offset: usize) -> Pos {
        let index = self.line_index(offset);
        Pos {
            line: index as u32 + 1,
            col: (offset - self.line_starts[index]) as u32,
        }
    }

    /// CPython's `tok->lineno`: the line of the furthest byte read.
    pub fn current_line(&self) -> usize {
        self.line_index(self.reached.max(self.cur).saturating_sub(1)) + 1
    }

    /// Characters in `lo..hi` (a partial character counts as one, as
    /// CPython's decoding with errors="replace" counts it).
    fn chars(&self, lo: usize, hi: usize) -> i64 {
        let hi = hi.min(self.bytes.len());
        let lo = lo.min(hi);
        self.bytes[lo..hi]
            .iter()
            .filter(|&&b| b & 0xc0 != 0x80)
            .count() as i64
    }

    /// Most tokenizer errors (CPython's `_PyTokenizer_syntaxerror`): on the
    /// current line, the offset counting characters up to the cursor.
    pub fn error(&self, msg: impl Into<String>) -> Stop {
        let line = self.current_line();
        let start = self.line_starts[line - 1];
        let offset = self.chars(start, self.cur.max(start));
        located(ErrorKind::SyntaxError, msg, line, offset, line, offset)
    }

    /// An error spanning the bytes `lo..hi` of the current line (CPython's
    /// `_PyTokenizer_syntaxerror_known_range`).
    pub fn error_range(&self, msg: &str, lo: usize, hi: usize) -> Stop {
        let line = self.current_line();
        let start = self.line_starts[line - 1];
        let offset = self.chars(start, lo) + 1;
        located(
            ErrorKind::SyntaxError,
            msg,
            line,
            offset,
            line,
            self.chars(start, hi),
        )
    }

    /// An error pointing just after the first character at `offset`, on that
    /// character's line (unterminated literals point at their start).
    pub fn error_after(&self, msg: String, offset: usize) -> Stop {
        let line = self.line_index(offset) + 1;
        let col = self.chars(self.line_starts[line - 1], offset + 1);
        located(ErrorKind::SyntaxError, msg, line, col, line, col)
    }

    /// Errors the parser raises for the tokenizer's error codes E_EOF and
    /// E_DEDENT: the offset is the current line's length, newline included.
    pub fn error_at_line_end(&self, kind: ErrorKind, msg: &str) -> Stop {
        let line = self.current_line();
        let start = self.line_starts[line - 1];
        let end = self.bytes[start..]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(self.bytes.len(), |i| start + i + 1);
        located(kind, msg, line, self.chars(start, end), line, -1)
    }

    /// Errors the parser raises at column 0 of the current line (E_TABSPACE,
    /// E_TOODEEP).
    pub fn error_at_line_start(&self, kind: ErrorKind, msg: &str) -> Stop {
        let line = self.current_line();
        located(kind, msg, line, 1, line, 0)
    }

    /// Reaching the end where more is needed: inside brackets, the parser
    /// reports the innermost one; else "unexpected EOF while parsing".
    pub fn eof_error(&self) -> Stop {
        match self.parens.last() {
            Some(&paren) => Stop::Unclosed(paren),
            None => self.error_at_line_end(ErrorKind::SyntaxError, "unexpected EOF while parsing"),
        }
    }

    /// After a backslash: the newline it escapes (CPython's
    /// `tok_continuation_line`). The input may not end right after it.
    pub fn continuation_line(&mut self) -> Result<(), Stop> {
        if self.next() != Some(b'\n') {
            // E_LINECONT: the parser points at the character read.
            let line = self.current_line();
            let offset = self.chars(self.line_starts[line - 1], self.cur);
            return Err(located(
                ErrorKind::SyntaxError,
                "unexpected character after line continuation character",
                line,
                offset,
                line,
                0,
            ));
        }
        match self.next() {
            None => Err(self.eof_error()),
            c => {
                self.backup(c);
                Ok(())
            }
        }
    }
}

fn located(
    kind: ErrorKind,
    msg: impl Into<String>,
    lineno: usize,
    offset: i64,
    end_lineno: usize,
    end_offset: i64,
) -> Stop {
    Stop::Error(Box::new(SyntaxError {
        kind,
        msg: msg.into(),
        location: Some(Location {
            lineno: lineno as i64,
            offset,
            end_lineno: end_lineno as i64,
            end_offset,
        }),
    }))
}
