//! The parser: tokens to AST, following CPython 3.14's PEG grammar
//! (Grammar/python.gram) as a hand-written recursive descent parser.
//!
//! Like CPython it parses in up to two passes. The first pass accepts valid
//! programs only; when it fails, a second pass runs with the grammar's
//! `invalid_*` checks switched on (see [`invalid`]) to find CPython's
//! specialised message, and if none applies the error is a generic
//! "invalid syntax" at the furthest token the first pass looked at.
//! Tokenizer errors win over parser errors, as in CPython's
//! `_PyPegen_tokenize_full_source_to_check_for_errors`.
//!
//! Rules return [`PResult`]: `Err(Fail::NoMatch)` is a PEG failure (the caller
//! may try another alternative, restoring the position with [`Parser::attempt`]),
//! `Err(Fail::Raise)` an error that ends the parse at once.

mod expressions;
mod invalid;
mod params;
mod patterns;
mod statements;
mod strings;
mod targets;

use std::collections::HashSet;

use crate::ast::{Module, Pos, Range};
use crate::error::{ErrorKind, SyntaxError};
use crate::tokenizer::{self, Token, TokenKind, Tokens};

/// How deep the recursive rules (expressions, unary operators, patterns, ...)
/// may nest. CPython's parser gives up at 6000 rule levels with a
/// MemoryError; this is the same order, and keeps the Rust stack bounded
/// (bracket nesting is capped separately, at 200, by the tokenizer).
const MAX_DEPTH: u32 = 6000;

/// Why a rule did not produce a node.
#[derive(Debug)]
pub(crate) enum Fail {
    /// The rule does not match here.
    NoMatch,
    /// A syntax error that ends the parse.
    Raise(Box<SyntaxError>),
}

pub(crate) type PResult<T> = Result<T, Fail>;

/// Parses decoded source text as a module.
pub fn parse_module(source: &str) -> Result<Module, SyntaxError> {
    let tokens = tokenizer::tokenize(source);
    let mut first = Parser::new(source, &tokens, false);
    match first.module() {
        Ok(module) => Ok(module),
        Err(Fail::Raise(err))
            if first.tokenizer_error_raised || err.kind == ErrorKind::MemoryError =>
        {
            Err(*err)
        }
        Err(Fail::Raise(err)) => Err(first.prefer_tokenizer_error(*err)),
        Err(Fail::NoMatch) => {
            let furthest = first.furthest;
            let mut second = Parser::new(source, &tokens, true);
            // Its checks re-run first-pass rules, which fail where they did.
            second.failed_brackets = std::mem::take(&mut first.failed_brackets);
            // CPython keeps the tokens fetched by the first pass, so errors
            // placed at "the last token fetched" see the first pass's furthest.
            second.furthest = furthest;
            match second.module() {
                Err(Fail::Raise(err))
                    if second.tokenizer_error_raised || err.kind == ErrorKind::MemoryError =>
                {
                    Err(*err)
                }
                Err(Fail::Raise(err)) => Err(second.prefer_tokenizer_error(*err)),
                _ => Err(first.generic_error(furthest)),
            }
        }
    }
}

pub(crate) struct Parser<'a> {
    source: &'a str,
    tokens: &'a [Token],
    stream: &'a Tokens,
    pos: usize,
    /// The furthest token index any rule looked at (CPython's `p->fill - 1`).
    furthest: usize,
    /// Whether this is the second pass, with the `invalid_*` checks on.
    pub(crate) check_invalid: bool,
    /// Set when the raised error is the tokenizer's own.
    tokenizer_error_raised: bool,
    /// `from __future__ import barry_as_FLUFL` was seen: `<>` replaces `!=`.
    pub(crate) barry_as_flufl: bool,
    depth: u32,
    /// Token positions where a bracketed atom failed without the `invalid_*`
    /// checks (see `bracket_atom`).
    failed_brackets: HashSet<usize>,
}

impl<'a> Parser<'a> {
    fn new(source: &'a str, stream: &'a Tokens, check_invalid: bool) -> Parser<'a> {
        Parser {
            source,
            tokens: &stream.tokens,
            stream,
            pos: 0,
            furthest: 0,
            check_invalid,
            tokenizer_error_raised: false,
            barry_as_flufl: false,
            depth: 0,
            failed_brackets: HashSet::new(),
        }
    }

    // ---- token access -------------------------------------------------

    /// The token `offset` places ahead, or the tokenizer's error when the
    /// stream ends there.
    #[inline]
    pub(crate) fn peek_at(&mut self, offset: usize) -> PResult<Token> {
        let index = self.pos + offset;
        self.furthest = self.furthest.max(index);
        match self.tokens.get(index) {
            Some(token) => Ok(*token),
            None => Err(self.end_of_stream_error()),
        }
    }

    /// The current token.
    #[inline]
    pub(crate) fn peek(&mut self) -> PResult<Token> {
        self.peek_at(0)
    }

    #[inline]
    pub(crate) fn peek_kind(&mut self) -> PResult<TokenKind> {
        Ok(self.peek()?.kind)
    }

    /// Whether the current token is `kind` (without consuming it).
    #[inline]
    pub(crate) fn at(&mut self, kind: TokenKind) -> PResult<bool> {
        Ok(self.peek()?.kind == kind)
    }

    /// Consumes the current token if it is `kind`.
    #[inline]
    pub(crate) fn eat(&mut self, kind: TokenKind) -> PResult<Option<Token>> {
        let token = self.peek()?;
        if token.kind == kind {
            self.pos += 1;
            Ok(Some(token))
        } else {
            Ok(None)
        }
    }

    /// Consumes a token of `kind` or fails to match.
    #[inline]
    pub(crate) fn expect(&mut self, kind: TokenKind) -> PResult<Token> {
        self.eat(kind)?.ok_or(Fail::NoMatch)
    }

    /// Consumes a NAME token and returns its identifier.
    pub(crate) fn expect_name(&mut self) -> PResult<crate::ast::Identifier> {
        let token = self.expect(TokenKind::Name)?;
        Ok(self.identifier(token))
    }

    /// CPython's forced token (`&&':'`): anything else is an immediate
    /// "expected ':'" error on the current token.
    pub(crate) fn expect_forced(&mut self, kind: TokenKind, text: &str) -> PResult<Token> {
        let token = self.peek()?;
        if token.kind == kind {
            return Ok(token);
        }
        let err = self.error_at_token(
            ErrorKind::SyntaxError,
            format!("expected '{text}'"),
            token,
            true,
        );
        Err(Fail::Raise(Box::new(err)))
    }

    /// Consumes and returns the current token.
    #[inline]
    pub(crate) fn bump(&mut self) -> PResult<Token> {
        let token = self.peek()?;
        self.pos += 1;
        Ok(token)
    }

    /// Whether the current token is the soft keyword `word`.
    pub(crate) fn at_soft_keyword(&mut self, word: &str) -> PResult<bool> {
        let token = self.peek()?;
        Ok(token.kind == TokenKind::Name && token.text(self.source) == word)
    }

    /// The end of the last consumed token that is not NEWLINE, INDENT or
    /// DEDENT: where CPython ends a node (a block ends with its last statement).
    pub(crate) fn prev_end(&self) -> Pos {
        let consumed = &self.tokens[..self.pos];
        let last = consumed
            .iter()
            .rev()
            .find(|t| {
                !matches!(
                    t.kind,
                    TokenKind::Newline | TokenKind::Indent | TokenKind::Dedent
                )
            })
            .or(consumed.first());
        last.map_or(Pos { line: 1, col: 0 }, |t| t.end)
    }

    /// The start of the current token.
    pub(crate) fn start(&mut self) -> PResult<Pos> {
        Ok(self.peek()?.start)
    }

    /// A range from `start` to the end of the last consumed token.
    pub(crate) fn range_from(&self, start: Pos) -> Range {
        Range::new(start, self.prev_end())
    }

    pub(crate) fn text(&self, token: Token) -> &'a str {
        token.text(self.source)
    }

    /// Runs `rule`, restoring the position when it does not match.
    pub(crate) fn attempt<T>(
        &mut self,
        rule: impl FnOnce(&mut Self) -> PResult<T>,
    ) -> PResult<Option<T>> {
        let saved = self.pos;
        match rule(self) {
            Ok(value) => Ok(Some(value)),
            Err(Fail::NoMatch) => {
                self.pos = saved;
                Ok(None)
            }
            Err(err) => Err(err),
        }
    }

    /// Runs `rule` without moving the position (a PEG lookahead).
    pub(crate) fn lookahead<T>(
        &mut self,
        rule: impl FnOnce(&mut Self) -> PResult<T>,
    ) -> PResult<bool> {
        let saved = self.pos;
        let result = rule(self);
        self.pos = saved;
        match result {
            Ok(_) => Ok(true),
            Err(Fail::NoMatch) => Ok(false),
            Err(err) => Err(err),
        }
    }

    /// Guards recursion depth; pair with [`Parser::leave`].
    pub(crate) fn enter(&mut self) -> PResult<()> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(Fail::Raise(Box::new(SyntaxError {
                kind: ErrorKind::MemoryError,
                msg: "Parser stack overflowed - Python source too complex to parse".into(),
                location: None,
            })));
        }
        Ok(())
    }

    pub(crate) fn leave(&mut self) {
        self.depth -= 1;
    }

    // ---- errors ---------------------------------------------------------

    /// A `Fail::Raise` for a SyntaxError spanning `start..end`.
    pub(crate) fn raise(&self, msg: impl Into<String>, start: Pos, end: Pos) -> Fail {
        self.raise_at(ErrorKind::SyntaxError, msg, start, end)
    }

    pub(crate) fn raise_at(
        &self,
        kind: ErrorKind,
        msg: impl Into<String>,
        start: Pos,
        end: Pos,
    ) -> Fail {
        Fail::Raise(Box::new(SyntaxError::at(
            kind,
            msg,
            self.source,
            start,
            end,
        )))
    }

    /// A SyntaxError at the furthest token looked at, where CPython raises
    /// without a known location (it uses the last token it fetched).
    pub(crate) fn raise_at_furthest(&self, msg: impl Into<String>) -> Fail {
        self.raise_kind_at_furthest(ErrorKind::SyntaxError, msg)
    }

    /// CPython's `RAISE_SYNTAX_ERROR`/`RAISE_INDENTATION_ERROR`: the error
    /// sits on the last token fetched.
    pub(crate) fn raise_kind_at_furthest(&self, kind: ErrorKind, msg: impl Into<String>) -> Fail {
        let token = self.tokens[self.furthest.min(self.tokens.len() - 1)];
        Fail::Raise(Box::new(self.error_at_token(
            kind,
            msg.into(),
            token,
            false,
        )))
    }

    /// An error located at `token` as CPython locates it. CPython gives
    /// INDENT, DEDENT and ENDMARKER no column: an error placed on one of them
    /// by a known location gets offset 0, and otherwise the tokenizer's
    /// column at the time, used as the offset as is: after the indentation
    /// for INDENT and DEDENT, after the last newline for ENDMARKER (the
    /// tokenizer places these tokens so that this is where they start or end).
    fn error_at_token(
        &self,
        kind: ErrorKind,
        msg: String,
        token: Token,
        known_location: bool,
    ) -> SyntaxError {
        let column = match token.kind {
            TokenKind::Indent => token.end.col,
            TokenKind::Dedent | TokenKind::EndMarker => token.start.col,
            _ => return SyntaxError::at(kind, msg, self.source, token.start, token.end),
        };
        let lineno = token.start.line as i64;
        let offset = if known_location { 0 } else { column as i64 };
        let location = crate::error::Location {
            lineno,
            offset,
            end_lineno: lineno,
            end_offset: offset,
        };
        SyntaxError {
            kind,
            msg,
            location: Some(location),
        }
    }

    /// A SyntaxError over a node's range.
    pub(crate) fn raise_range(&self, msg: impl Into<String>, range: Range) -> Fail {
        self.raise(msg, range.start, range.end)
    }

    /// The error for needing a token past the end of the stream: the
    /// tokenizer's error, or an unclosed bracket at end of file.
    #[cold]
    #[inline(never)]
    fn end_of_stream_error(&mut self) -> Fail {
        self.tokenizer_error_raised = true;
        if let Some(err) = &self.stream.error {
            return Fail::Raise(Box::new(err.clone()));
        }
        match self.stream.unclosed {
            Some((pos, bracket)) => self.unclosed_bracket_error(pos, bracket),
            // The stream always ends with EndMarker when there is no error.
            None => self.raise(
                "unexpected EOF while parsing",
                self.prev_or_origin(),
                self.prev_or_origin(),
            ),
        }
    }

    fn unclosed_bracket_error(&self, pos: Pos, bracket: char) -> Fail {
        let end = Pos {
            line: pos.line,
            col: pos.col + 1,
        };
        self.raise(format!("'{bracket}' was never closed"), pos, end)
    }

    fn prev_or_origin(&self) -> Pos {
        self.tokens
            .last()
            .map_or(Pos { line: 1, col: 0 }, |t| t.end)
    }

    /// CPython lets tokenizer errors found anywhere in the file replace a
    /// parser error, and an unclosed bracket replace one reported on a later
    /// line.
    fn prefer_tokenizer_error(&self, err: SyntaxError) -> SyntaxError {
        if let Some(tok_err) = &self.stream.error
            && raised_by_tokenizer(tok_err)
        {
            return tok_err.clone();
        }
        // CPython compares with the line of the last token it fetched.
        let current_line = self
            .tokens
            .get(self.furthest)
            .map_or(u32::MAX, |t| t.start.line);
        if let Some((pos, bracket)) = self.stream.unclosed
            && pos.line < current_line
            && let Fail::Raise(e) = self.unclosed_bracket_error(pos, bracket)
        {
            return *e;
        }
        err
    }

    /// The error when no rule explains the failure: CPython's
    /// `_PyPegen_set_syntax_error`.
    fn generic_error(&self, furthest: usize) -> SyntaxError {
        let Some(token) = self.tokens.get(furthest).copied() else {
            // The first pass needed a token the tokenizer could not make.
            if let Some(err) = &self.stream.error {
                return err.clone();
            }
            if let Some((pos, bracket)) = self.stream.unclosed
                && let Fail::Raise(e) = self.unclosed_bracket_error(pos, bracket)
            {
                return *e;
            }
            let end = self.prev_or_origin();
            return SyntaxError::syntax("unexpected EOF while parsing", self.source, end, end);
        };
        let err = match token.kind {
            TokenKind::Indent => self.error_at_token(
                ErrorKind::IndentationError,
                "unexpected indent".into(),
                token,
                false,
            ),
            TokenKind::Dedent => self.error_at_token(
                ErrorKind::IndentationError,
                "unexpected unindent".into(),
                token,
                false,
            ),
            _ => self.error_at_token(ErrorKind::SyntaxError, "invalid syntax".into(), token, true),
        };
        self.prefer_tokenizer_error(err)
    }
}

/// Whether CPython's tokenizer raises this error itself (and so lets it
/// replace an earlier parser error), rather than returning an error token
/// that only the parser turns into an exception when it reaches it:
/// indentation errors and a bad line continuation are of the second kind.
fn raised_by_tokenizer(err: &SyntaxError) -> bool {
    err.kind == ErrorKind::SyntaxError
        && err.msg != "unexpected character after line continuation character"
        && err.msg != "too many levels of indentation"
}
