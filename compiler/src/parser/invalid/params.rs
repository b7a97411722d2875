//! `invalid_*` rules of function and lambda parameters and type parameters.

use crate::ast::*;
use crate::parser::{PResult, Parser};
use crate::tokenizer::TokenKind as T;

impl<'a> Parser<'a> {
    /// `invalid_parameters`, `invalid_star_etc` and their lambda forms, at
    /// the start of a parameter item. `close` is `)` for a def, `:` for a lambda.
    pub(crate) fn invalid_parameter(
        &mut self,
        close: T,
        seen_slash: bool,
        seen_star: bool,
        no_args: bool,
    ) -> PResult<()> {
        let token = self.peek()?;
        let lambda = close == T::Colon;
        match token.kind {
            T::Slash if seen_star => {
                Err(self.raise("/ must be ahead of *", token.start, token.end))
            }
            T::Slash if seen_slash => {
                Err(self.raise("/ may appear only once", token.start, token.end))
            }
            T::Slash if no_args && self.peek_at(1)?.kind == T::Comma => Err(self.raise(
                "at least one argument must precede /",
                token.start,
                token.end,
            )),
            T::Slash => {
                let next = self.peek_at(1)?;
                if next.kind == T::Star {
                    return Err(self.raise("expected comma between / and *", next.start, next.end));
                }
                Ok(())
            }
            T::Star if seen_star => {
                Err(self.raise("* argument may appear only once", token.start, token.end))
            }
            T::Star => {
                let next = self.peek_at(1)?;
                let bare = next.kind == close
                    || (next.kind == T::Comma
                        && matches!(self.peek_at(2)?.kind, k if k == close || k == T::DoubleStar));
                if bare {
                    let msg = "named arguments must follow bare *";
                    return Err(if lambda {
                        self.raise_at_furthest(msg)
                    } else {
                        self.raise(msg, token.start, token.end)
                    });
                }
                self.check(|p| {
                    p.bump()?;
                    p.param(!lambda, true)?;
                    let eq = p.expect(T::Equal)?;
                    Ok(p.raise(
                        "var-positional argument cannot have default value",
                        eq.start,
                        eq.end,
                    ))
                })
            }
            T::LPar => self.check(|p| {
                let lpar = p.bump()?;
                loop {
                    p.param(!lambda, false)?;
                    if p.eat(T::Comma)?.is_none() || p.at(T::RPar)? {
                        break;
                    }
                }
                let rpar = p.expect(T::RPar)?;
                let msg = if lambda {
                    "Lambda expression parameters cannot be parenthesized"
                } else {
                    "Function parameters cannot be parenthesized"
                };
                Ok(p.raise(msg, lpar.start, rpar.end))
            }),
            _ => Ok(()),
        }
    }

    /// `invalid_default`: `=` with no value.
    pub(crate) fn invalid_default(&mut self, close: T) -> PResult<()> {
        let eq = self.peek()?;
        let next = self.peek_at(1)?;
        if next.kind == close || next.kind == T::Comma {
            return Err(self.raise("expected default value expression", eq.start, eq.end));
        }
        Ok(())
    }

    /// Anything after `**kwargs`.
    pub(crate) fn invalid_after_kwargs(&mut self, close: T) -> PResult<()> {
        let token = self.peek()?;
        if token.kind == T::Equal {
            return Err(self.raise(
                "var-keyword argument cannot have default value",
                token.start,
                token.end,
            ));
        }
        if token.kind == T::Comma {
            let next = self.peek_at(1)?;
            if next.kind != close
                && matches!(next.kind, T::Name | T::Star | T::DoubleStar | T::Slash)
            {
                return Err(self.raise(
                    "arguments cannot follow var-keyword argument",
                    next.start,
                    next.end,
                ));
            }
        }
        Ok(())
    }

    /// `*Ts: bound` / `**P: bound`.
    pub(crate) fn invalid_type_param_bound(&mut self, kind: T) -> PResult<()> {
        self.check(|p| {
            let colon = p.bump()?;
            let e = p.without_invalid(|p| p.expression())?;
            let what = if kind == T::Star {
                "TypeVarTuple"
            } else {
                "ParamSpec"
            };
            let msg = if matches!(e, Expr::Tuple(_)) {
                format!("cannot use constraints with {what}")
            } else {
                format!("cannot use bound with {what}")
            };
            Ok(p.raise(msg, colon.start, e.range().end))
        })
    }
}
