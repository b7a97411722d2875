//! `invalid_*` rules of statements: assignments, imports, blocks, `try`, `with`.

use super::super::targets::TargetKind;
use super::expr_name;
use crate::ast::*;
use crate::error::ErrorKind;
use crate::parser::{Fail, PResult, Parser};
use crate::tokenizer::{Token, TokenKind as T};

impl<'a> Parser<'a> {
    /// `invalid_raise_stmt`: `raise from x`.
    pub(crate) fn invalid_raise_stmt(&mut self) -> PResult<()> {
        let raise = self.tokens[self.pos - 1];
        if let Some(from) = self.eat(T::From)? {
            return Err(self.raise(
                "did you forget an expression between 'raise' and 'from'?",
                raise.start,
                from.end,
            ));
        }
        Ok(())
    }

    /// `invalid_assignment`: a statement that is not a valid assignment,
    /// annotation or augmented assignment.
    pub(crate) fn invalid_assignment(&mut self) -> PResult<()> {
        self.check(|p| {
            let a = p.invalid_ann_assign_target()?;
            p.expect(T::Colon)?;
            p.expression()?;
            Ok(p.raise_range(
                format!(
                    "only single target (not {}) can be annotated",
                    expr_name(&a)
                ),
                a.range(),
            ))
        })?;
        self.check(|p| {
            let a = p.star_named_expression()?;
            p.expect(T::Comma)?;
            while p.attempt(|p| p.star_named_expressions())?.is_some() {}
            p.expect(T::Colon)?;
            p.expression()?;
            Ok(p.raise_range("only single target (not tuple) can be annotated", a.range()))
        })?;
        self.check(|p| {
            let a = p.expression()?;
            p.expect(T::Colon)?;
            p.expression()?;
            Ok(p.raise_range("illegal target for annotation", a.range()))
        })?;
        self.check(|p| {
            while p
                .attempt(|p| p.star_targets().and_then(|_| p.expect(T::Equal)))?
                .is_some()
            {}
            if p.at(T::Yield)? {
                let a = p.yield_expr()?;
                p.expect(T::Equal)?;
                return Ok(p.raise_range("assignment to yield expression not possible", a.range()));
            }
            let a = p.star_expressions()?;
            p.expect(T::Equal)?;
            Ok(p.invalid_target_error(&a, TargetKind::Star))
        })?;
        self.check(|p| {
            let a = p.star_expressions()?;
            if !is_augassign(p.peek_kind()?) {
                return Err(Fail::NoMatch);
            }
            p.bump()?;
            p.annotated_rhs()?;
            Ok(p.raise_range(
                format!(
                    "'{}' is an illegal expression for augmented assignment",
                    expr_name(&a)
                ),
                a.range(),
            ))
        })
    }

    /// `invalid_ann_assign_target`: a list or tuple, possibly parenthesized.
    fn invalid_ann_assign_target(&mut self) -> PResult<Expr> {
        if self.at(T::LPar)?
            && let Some(inner) = self.attempt(|p| {
                p.bump()?;
                let inner = p.invalid_ann_assign_target()?;
                p.expect(T::RPar)?;
                Ok(inner)
            })?
        {
            return Ok(inner);
        }
        match self.peek_kind()? {
            T::LPar | T::LSqb => {}
            _ => return Err(Fail::NoMatch),
        }
        match self.atom()? {
            e @ (Expr::List(_) | Expr::Tuple(_)) => Ok(e),
            _ => Err(Fail::NoMatch),
        }
    }

    /// `invalid_del_stmt`: `'del' star_expressions`, just after `del`.
    pub(crate) fn invalid_del_stmt(&mut self) -> PResult<()> {
        self.check(|p| {
            let a = p.star_expressions()?;
            Ok(p.invalid_target_error(&a, TargetKind::Del))
        })
    }

    /// `expected ':'`.
    pub(crate) fn invalid_expected_colon(&mut self) -> PResult<()> {
        if self.at(T::Newline)? {
            return Err(self.raise_at_furthest("expected ':'"));
        }
        Ok(())
    }

    /// `expected an indented block after X on line N`.
    pub(crate) fn invalid_indented_block(&mut self, keyword: Token, what: &str) -> PResult<()> {
        if self.at(T::Newline)? && self.peek_at(1)?.kind != T::Indent {
            return self.invalid_expected_indent(keyword, what);
        }
        Ok(())
    }

    /// The IndentationError for a missing indented block, once the token
    /// after the NEWLINE has been looked at.
    pub(crate) fn invalid_expected_indent(&mut self, keyword: Token, what: &str) -> PResult<()> {
        let msg = format!(
            "expected an indented block after {what} on line {}",
            keyword.start.line
        );
        Err(self.raise_kind_at_furthest(ErrorKind::IndentationError, msg))
    }

    /// `invalid_with_item`: `with a as f():`, just after `as`.
    pub(crate) fn invalid_with_item_target(&mut self) -> PResult<()> {
        self.check(|p| {
            let a = p.expression()?;
            if !matches!(p.peek_kind()?, T::Comma | T::RPar | T::Colon) {
                return Err(Fail::NoMatch);
            }
            Ok(p.invalid_target_error(&a, TargetKind::Star))
        })
    }

    /// `invalid_import`: `import a from b`, `import` alone.
    pub(crate) fn invalid_import(&mut self) -> PResult<()> {
        let import = self.peek()?;
        let next = self.peek_at(1)?;
        if next.kind == T::Newline {
            return Err(self.raise(
                "Expected one or more names after 'import'",
                next.start,
                next.end,
            ));
        }
        self.check(|p| {
            p.bump()?;
            p.dotted_name()?;
            while p.eat(T::Comma)?.is_some() {
                p.dotted_name()?;
            }
            p.expect(T::From)?;
            p.dotted_name()?;
            Ok(p.raise(
                "Did you mean to use 'from ... import ...' instead?",
                import.start,
                import.end,
            ))
        })
    }

    /// `invalid_dotted_as_name` / `invalid_import_from_as_name`: after `as`.
    pub(crate) fn invalid_import_target(&mut self) -> PResult<()> {
        let token = self.peek()?;
        if token.kind == T::Name
            && matches!(
                self.peek_at(1)?.kind,
                T::Comma | T::RPar | T::Semi | T::Newline
            )
        {
            return Ok(());
        }
        self.check(|p| {
            let a = p.expression()?;
            Ok(p.raise_range(
                format!("cannot use {} as import target", expr_name(&a)),
                a.range(),
            ))
        })
    }

    /// `invalid_except_stmt`: `except E as x.y:`, just after `as`.
    pub(crate) fn invalid_except_target(&mut self, is_star: bool) -> PResult<()> {
        if self.at(T::Name)? && self.peek_at(1)?.kind == T::Colon {
            return Ok(());
        }
        self.check(|p| {
            let a = p.expression()?;
            p.expect(T::Colon)?;
            let statement = if is_star { "except*" } else { "except" };
            Ok(p.raise_range(
                format!("cannot use {statement} statement with {}", expr_name(&a)),
                a.range(),
            ))
        })
    }

    /// `invalid_with_stmt`: the items are not followed by `:`, just after `with`.
    pub(crate) fn invalid_with_stmt(&mut self) -> PResult<()> {
        self.check(|p| {
            let parenthesized = p.eat(T::LPar)?.is_some();
            loop {
                if parenthesized {
                    p.expressions_list()?;
                } else {
                    p.expression()?;
                }
                if p.eat(T::As)?.is_some() {
                    p.star_target()?;
                }
                if p.eat(T::Comma)?.is_none() || (parenthesized && p.at(T::RPar)?) {
                    break;
                }
            }
            if parenthesized {
                p.expect(T::RPar)?;
            }
            p.expect(T::Newline)?;
            Ok(p.raise_at_furthest("expected ':'"))
        })
    }

    /// `expressions`: one or more comma-separated expressions.
    fn expressions_list(&mut self) -> PResult<()> {
        self.expression()?;
        while self.at(T::Comma)?
            && self.lookahead(|p| {
                p.bump()?;
                p.expression()
            })?
        {
            self.bump()?;
            self.expression()?;
        }
        Ok(())
    }

    /// `invalid_kvpair`: a key with no `:` after earlier pairs.
    pub(crate) fn invalid_kvpair(&mut self) -> PResult<()> {
        self.check(|p| {
            let a = p.expression()?;
            if p.at(T::Colon)? {
                return Err(Fail::NoMatch);
            }
            // CPython points at the key's last character.
            let range = a.range();
            let start = Pos {
                line: range.start.line,
                col: range.end.col.saturating_sub(1),
            };
            Ok(p.raise("':' expected after dictionary key", start, range.end))
        })
    }

    /// `expected 'except' or 'finally' block`.
    pub(crate) fn invalid_try_stmt(&mut self) -> PResult<()> {
        Err(self.raise_at_furthest("expected 'except' or 'finally' block"))
    }

    /// `except*:` with no types.
    pub(crate) fn invalid_except_expression(&mut self, is_star: bool) -> PResult<()> {
        if is_star && matches!(self.peek_kind()?, T::Colon | T::Newline) {
            return Err(self.raise_at_furthest("expected one or more exception types"));
        }
        Ok(())
    }

    /// `except A, B as e:`.
    pub(crate) fn invalid_except_as_after_tuple(&mut self) -> PResult<()> {
        let except = self.tokens[..self.pos]
            .iter()
            .rposition(|t| t.kind == T::Except)
            .unwrap_or(0);
        let first = self.tokens[except + 1 + usize::from(self.tokens[except + 1].kind == T::Star)];
        Err(self.raise(
            "multiple exception types must be parenthesized when using 'as'",
            first.start,
            self.prev_end(),
        ))
    }
}

/// Whether a token is an augmented assignment operator.
fn is_augassign(kind: T) -> bool {
    matches!(
        kind,
        T::PlusEqual
            | T::MinEqual
            | T::StarEqual
            | T::AtEqual
            | T::SlashEqual
            | T::PercentEqual
            | T::AmperEqual
            | T::VBarEqual
            | T::CircumflexEqual
            | T::LeftShiftEqual
            | T::RightShiftEqual
            | T::DoubleStarEqual
            | T::DoubleSlashEqual
    )
}
