//! `invalid_*` rules of f- and t-string replacement fields.

use crate::parser::{PResult, Parser};
use crate::tokenizer::{Token, TokenKind as T};

impl<'a> Parser<'a> {
    /// `invalid_replacement_field`: a field that did not parse, from just
    /// after its `{`.
    pub(crate) fn invalid_replacement_field(&mut self, lbrace: Token) -> PResult<()> {
        let prefix = self.fstring_kind_prefix(lbrace);
        let token = self.peek()?;
        let before = match token.kind {
            T::Equal => Some("="),
            T::Exclamation => Some("!"),
            T::Colon => Some(":"),
            T::RBrace => Some("}"),
            _ => None,
        };
        if let Some(what) = before {
            return Err(self.raise(
                format!("{prefix}: valid expression required before '{what}'"),
                token.start,
                token.end,
            ));
        }
        if self.attempt(|p| p.annotated_rhs())?.is_none() {
            return Err(self.raise(
                format!("{prefix}: expecting a valid expression after '{{'"),
                token.start,
                token.end,
            ));
        }
        let expecting = |p: &mut Self, what: &str| -> PResult<()> {
            let next = p.peek()?;
            Err(p.raise(format!("{prefix}: expecting {what}"), next.start, next.end))
        };
        let debug = self.eat(T::Equal)?.is_some();
        if !matches!(self.peek_kind()?, T::Exclamation | T::Colon | T::RBrace) {
            return expecting(
                self,
                if debug {
                    "'!', or ':', or '}'"
                } else {
                    "'=', or '!', or ':', or '}'"
                },
            );
        }
        if self.eat(T::Exclamation)?.is_some() {
            if matches!(self.peek_kind()?, T::Colon | T::RBrace) {
                let next = self.peek()?;
                return Err(self.raise(
                    format!("{prefix}: missing conversion character"),
                    next.start,
                    next.end,
                ));
            }
            if !self.at(T::Name)? {
                let next = self.peek()?;
                return Err(self.raise(
                    format!("{prefix}: invalid conversion character"),
                    next.start,
                    next.end,
                ));
            }
            self.bump()?;
        }
        if !matches!(self.peek_kind()?, T::Colon | T::RBrace) {
            return expecting(self, "':' or '}'");
        }
        if self.at(T::Colon)? {
            self.bump()?;
            while matches!(
                self.peek_kind()?,
                T::FStringMiddle | T::TStringMiddle | T::LBrace
            ) {
                if self.at(T::LBrace)? {
                    if self.attempt(|p| p.skip_replacement_field())?.is_none() {
                        break;
                    }
                } else {
                    self.bump()?;
                }
            }
            if !self.at(T::RBrace)? {
                return expecting(self, "'}', or format specs");
            }
        }
        if !self.at(T::RBrace)? {
            return expecting(self, "'}'");
        }
        Ok(())
    }

    /// `f` or `t`, for the string the field at `lbrace` belongs to.
    pub(crate) fn fstring_kind_prefix(&self, lbrace: Token) -> &'static str {
        let index = self.tokens[..self.pos]
            .iter()
            .rposition(|t| t.lo == lbrace.lo)
            .unwrap_or(0);
        let mut depth = 0;
        for token in self.tokens[..index].iter().rev() {
            match token.kind {
                T::FStringEnd | T::TStringEnd => depth += 1,
                T::FStringStart if depth == 0 => return "f-string",
                T::TStringStart if depth == 0 => return "t-string",
                T::FStringStart | T::TStringStart => depth -= 1,
                _ => {}
            }
        }
        "f-string"
    }
}
