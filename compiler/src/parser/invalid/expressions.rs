//! `invalid_*` rules of expressions, calls, displays and comprehensions.

use super::super::targets::TargetKind;
use super::expr_name;
use crate::ast::*;
use crate::parser::{Fail, PResult, Parser};
use crate::tokenizer::TokenKind as T;

impl<'a> Parser<'a> {
    /// `invalid_expression`.
    pub(crate) fn invalid_expression(&mut self) -> PResult<()> {
        let first = self.peek()?;
        let soft_keyword =
            first.kind == T::Name && matches!(self.text(first), "match" | "case" | "type" | "_");
        if first.kind == T::String {
            self.invalid_string_continuation()?;
        }
        // Only a NAME makes CPython look at the token after it here.
        let name_string = first.kind == T::Name
            && matches!(
                self.peek_at(1)?.kind,
                T::String | T::FStringStart | T::TStringStart
            );
        if !name_string && !soft_keyword {
            self.check(|p| {
                let a = p.disjunction_without_invalid()?;
                let b = p.expression_without_invalid()?;
                if is_legacy_print(&a) || !p.inside_brackets() {
                    return Err(Fail::NoMatch);
                }
                Ok(p.raise(
                    "invalid syntax. Perhaps you forgot a comma?",
                    a.range().start,
                    b.range().end,
                ))
            })?;
        }
        self.check(|p| {
            let a = p.disjunction_without_invalid()?;
            p.expect(T::If)?;
            let b = p.disjunction_without_invalid()?;
            match p.peek_kind()? {
                T::Else | T::Colon => {}
                _ => {
                    return Ok(p.raise(
                        "expected 'else' after 'if' expression",
                        a.range().start,
                        b.range().end,
                    ));
                }
            }
            p.expect(T::Else)?;
            if p.lookahead(|p| p.expression_without_invalid())? {
                return Err(Fail::NoMatch);
            }
            p.raise_on_next("expected expression after 'else', but statement is given")
        })?;
        if matches!(first.kind, T::Pass | T::Break | T::Continue) && self.peek_at(1)?.kind == T::If
        {
            return Err(self.raise(
                "expected expression before 'if', but statement is given",
                first.start,
                first.end,
            ));
        }
        if first.kind == T::Lambda {
            self.check(|p| {
                let lambda = p.bump()?;
                p.check_invalid = false;
                let params = p.attempt(|p| p.parameters(T::Colon));
                p.check_invalid = true;
                params?;
                let colon = p.expect(T::Colon)?;
                match p.peek_kind()? {
                    T::FStringMiddle => Ok(p.raise(
                        "f-string: lambda expressions are not allowed without parentheses",
                        lambda.start,
                        colon.end,
                    )),
                    T::TStringMiddle => Ok(p.raise(
                        "t-string: lambda expressions are not allowed without parentheses",
                        lambda.start,
                        colon.end,
                    )),
                    _ => Err(Fail::NoMatch),
                }
            })?;
        }
        Ok(())
    }

    /// `STRING (!STRING expression_without_invalid)+ STRING`: a string
    /// literal that was meant to contain quotes.
    fn invalid_string_continuation(&mut self) -> PResult<()> {
        self.check(|p| {
            p.bump()?;
            let mut inner = Vec::new();
            while !p.at(T::String)? {
                inner.push(p.expression_without_invalid()?);
            }
            let (Some(first), Some(last)) = (inner.first(), inner.last()) else {
                return Err(Fail::NoMatch);
            };
            let msg = "invalid syntax. Is this intended to be part of the string?";
            Ok(p.raise(msg, first.range().start, last.range().end))
        })
    }

    fn disjunction_without_invalid(&mut self) -> PResult<Expr> {
        self.without_invalid(|p| p.disjunction())
    }

    fn expression_without_invalid(&mut self) -> PResult<Expr> {
        self.without_invalid(|p| p.expression())
    }

    /// `invalid_legacy_expression`: `print x` / `exec x`.
    pub(crate) fn invalid_legacy_expression(&mut self) -> PResult<()> {
        let name = self.peek()?;
        if name.kind != T::Name || !matches!(self.text(name), "print" | "exec") {
            return Ok(());
        }
        self.check(|p| {
            p.bump()?;
            if p.at(T::LPar)? {
                return Err(Fail::NoMatch);
            }
            let b = p.without_invalid(|p| p.star_expressions())?;
            let word = p.text(name);
            Ok(p.raise(
                format!("Missing parentheses in call to '{word}'. Did you mean {word}(...)?"),
                name.start,
                b.range().end,
            ))
        })
    }

    /// `invalid_named_expression`.
    pub(crate) fn invalid_named_expression(&mut self) -> PResult<()> {
        self.check(|p| {
            let a = p.without_invalid(|p| p.expression())?;
            p.expect(T::ColonEqual)?;
            p.without_invalid(|p| p.expression())?;
            Ok(p.raise_range(
                format!("cannot use assignment expressions with {}", expr_name(&a)),
                a.range(),
            ))
        })?;
        let first = self.peek()?;
        if first.kind == T::Name {
            self.check(|p| {
                p.bump()?;
                p.expect(T::Equal)?;
                let b = p.without_invalid(|p| p.bitwise_or())?;
                if matches!(p.peek_kind()?, T::Equal | T::ColonEqual) {
                    return Err(Fail::NoMatch);
                }
                Ok(p.raise(
                    "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                    first.start,
                    b.range().end,
                ))
            })?;
        }
        if matches!(first.kind, T::LSqb | T::LPar | T::True | T::None | T::False) {
            let is_display = self.lookahead(|p| {
                p.without_invalid(|p| p.atom()).and_then(|a| match a {
                    Expr::List(_) | Expr::Tuple(_) | Expr::GeneratorExp(_) | Expr::Constant(_) => {
                        Ok(())
                    }
                    _ => Err(Fail::NoMatch),
                })
            })?;
            if is_display {
                return Ok(());
            }
        }
        self.check(|p| {
            let a = p.without_invalid(|p| p.bitwise_or())?;
            p.expect(T::Equal)?;
            p.without_invalid(|p| p.bitwise_or())?;
            if matches!(p.peek_kind()?, T::Equal | T::ColonEqual) {
                return Err(Fail::NoMatch);
            }
            Ok(p.raise_range(
                format!(
                    "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                    expr_name(&a)
                ),
                a.range(),
            ))
        })
    }

    /// `invalid_factor` and `invalid_arithmetic`: `1 + not x`, `-not x`.
    pub(crate) fn invalid_not_after_operator(&mut self) -> PResult<()> {
        let not = self.peek()?;
        if not.kind != T::Not {
            return Ok(());
        }
        self.check(|p| {
            p.bump()?;
            let b = p.without_invalid(|p| p.factor())?;
            Ok(p.raise(
                "'not' after an operator must be parenthesized",
                not.start,
                b.range().end,
            ))
        })
    }

    /// `invalid_comprehension`: a starred element (`[*x for x in y]`).
    pub(crate) fn comprehension_element(&mut self, elt: &Expr) -> PResult<()> {
        if let Expr::Starred(starred) = elt {
            if self.check_invalid {
                return Err(self.raise_range(
                    "iterable unpacking cannot be used in comprehension",
                    starred.range,
                ));
            }
            return Err(Fail::NoMatch);
        }
        Ok(())
    }

    /// `invalid_comprehension`: `[a, b for x in y]`, after the first element.
    pub(crate) fn invalid_comprehension_tuple(&mut self, first: &Expr) -> PResult<()> {
        self.check(|p| {
            let comma = p.expect(T::Comma)?;
            let mut last = None;
            if let Some(rest) = p.attempt(|p| p.star_named_expressions())? {
                last = rest.last().map(|e| e.range().end);
            }
            if !(p.at(T::For)? || p.at(T::Async)?) {
                return Err(Fail::NoMatch);
            }
            p.for_if_clauses()?;
            let msg = "did you forget parentheses around the comprehension target?";
            Ok(p.raise(msg, first.range().start, last.unwrap_or(comma.end)))
        })
    }

    /// `invalid_dict_comprehension`: `{**x for x in y}`.
    pub(crate) fn invalid_dict_comprehension(&mut self) -> PResult<()> {
        self.check(|p| {
            let stars = p.bump()?;
            p.bitwise_or()?;
            if !(p.at(T::For)? || p.at(T::Async)?) {
                return Err(Fail::NoMatch);
            }
            p.for_if_clauses()?;
            p.expect(T::RBrace)?;
            Ok(p.raise(
                "dict unpacking cannot be used in dict comprehension",
                stars.start,
                stars.end,
            ))
        })
    }

    /// `*a = 1` as an argument.
    pub(crate) fn invalid_starred_argument(&mut self) -> PResult<()> {
        self.check(|p| {
            let star = p.bump()?;
            p.expression()?;
            p.expect(T::Equal)?;
            let b = p.expression()?;
            Ok(p.raise(
                "cannot assign to iterable argument unpacking",
                star.start,
                b.range().end,
            ))
        })
    }

    /// `**a = 1` as an argument.
    pub(crate) fn invalid_double_starred_argument(&mut self) -> PResult<()> {
        self.check(|p| {
            let stars = p.bump()?;
            p.expression()?;
            p.expect(T::Equal)?;
            let b = p.expression()?;
            Ok(p.raise(
                "cannot assign to keyword argument unpacking",
                stars.start,
                b.range().end,
            ))
        })
    }

    /// `invalid_kvpair`: a `*`/`**` or nothing after `key:`.
    pub(crate) fn invalid_kvpair_value(&mut self) -> PResult<()> {
        let token = self.peek()?;
        match token.kind {
            T::Star => self.check(|p| {
                p.bump()?;
                p.without_invalid(|p| p.bitwise_or())?;
                Ok(p.raise(
                    "cannot use a starred expression in a dictionary value",
                    token.start,
                    p.prev_end(),
                ))
            }),
            T::DoubleStar => self.check(|p| {
                p.bump()?;
                p.without_invalid(|p| p.bitwise_or())?;
                Ok(p.raise(
                    "cannot use dict unpacking in a dictionary value",
                    token.start,
                    p.prev_end(),
                ))
            }),
            T::RBrace | T::Comma => {
                let colon = self.tokens[self.pos - 1];
                Err(self.raise(
                    "expression expected after dictionary key and ':'",
                    colon.start,
                    colon.end,
                ))
            }
            _ => Ok(()),
        }
    }

    /// `invalid_for_if_clause`: `[x for x y]`, just after `for`.
    pub(crate) fn invalid_for_if_clause(&mut self) -> PResult<()> {
        self.check(|p| {
            p.bitwise_or()?;
            while p.eat(T::Comma)?.is_some() {
                if p.attempt(|p| p.bitwise_or())?.is_none() {
                    break;
                }
            }
            if p.at(T::In)? {
                return Err(Fail::NoMatch);
            }
            Ok(p.raise_at_furthest("'in' expected after for-loop variables"))
        })
    }

    /// `invalid_for_target`: `for f() in x`, just after `for`.
    pub(crate) fn invalid_for_target(&mut self) -> PResult<()> {
        self.check(|p| {
            let a = p.star_expressions()?;
            Ok(p.invalid_target_error(&a, TargetKind::For))
        })
    }

    /// `invalid_kwarg`: `f(True=1)`, `f(a.b=1)`.
    pub(crate) fn invalid_kwarg(&mut self) -> PResult<()> {
        let token = self.peek()?;
        if matches!(token.kind, T::True | T::False | T::None) && self.peek_at(1)?.kind == T::Equal {
            let eq = self.peek_at(1)?;
            return Err(self.raise(
                format!("cannot assign to {}", self.text(token)),
                token.start,
                eq.end,
            ));
        }
        if token.kind == T::Name && self.peek_at(1)?.kind == T::Equal {
            return Ok(());
        }
        self.check(|p| {
            let a = p.without_invalid(|p| p.expression())?;
            let eq = p.expect(T::Equal)?;
            Ok(p.raise(
                "expression cannot contain assignment, perhaps you meant \"==\"?",
                a.range().start,
                eq.end,
            ))
        })
    }

    /// After `NAME =` in a call: `f(a=)`, `f(a=x for x in y)`.
    pub(crate) fn invalid_kwarg_value(&mut self) -> PResult<()> {
        let name = self.tokens[self.pos - 2];
        let eq = self.tokens[self.pos - 1];
        if matches!(self.peek_kind()?, T::Comma | T::RPar) {
            return Err(self.raise("expected argument value expression", name.start, eq.end));
        }
        self.check(|p| {
            p.without_invalid(|p| p.expression())?;
            if !(p.at(T::For)? || p.at(T::Async)?) {
                return Err(Fail::NoMatch);
            }
            Ok(p.raise(
                "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                name.start,
                eq.end,
            ))
        })
    }
}

/// `_PyPegen_check_legacy_stmt`: `print` and `exec` used as statements.
fn is_legacy_print(expr: &Expr) -> bool {
    matches!(expr, Expr::Name(n) if &*n.id == "print" || &*n.id == "exec")
}
