//! Assignment and deletion targets: python.gram's `star_targets`,
//! `del_targets` and friends, parsed as primaries and then checked and given
//! their `Store`/`Del` context.

use super::expressions::starred;
use super::{Fail, PResult, Parser};
use crate::ast::*;
use crate::tokenizer::TokenKind as T;

impl<'a> Parser<'a> {
    /// `star_targets`: one target, or a tuple of them.
    pub(crate) fn star_targets(&mut self) -> PResult<Expr> {
        let start = self.start()?;
        let first = self.star_target()?;
        if !self.at(T::Comma)? {
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.eat(T::Comma)?.is_some() {
            match self.attempt(|p| p.star_target())? {
                Some(target) => elts.push(target),
                None => break,
            }
        }
        Ok(Expr::Tuple(ExprTuple {
            elts,
            ctx: ExprContext::Store,
            range: self.range_from(start),
        }))
    }

    /// `star_target`: `*target` or a target.
    pub(crate) fn star_target(&mut self) -> PResult<Expr> {
        if let Some(star) = self.eat(T::Star)? {
            if self.at(T::Star)? {
                return Err(Fail::NoMatch);
            }
            self.enter()?;
            let value = self.star_target();
            self.leave();
            return Ok(starred(
                value?,
                ExprContext::Store,
                self.range_from(star.start),
            ));
        }
        let expr = self.primary()?;
        self.store_target(expr)
    }

    /// `star_targets 'in'` after `for` (in a statement or, with
    /// `comprehension`, a comprehension); in the second pass
    /// `invalid_for_if_clause` and `invalid_for_target` when that does not parse.
    pub(crate) fn for_target(&mut self, comprehension: bool) -> PResult<Expr> {
        let target = self.attempt(|p| {
            let target = p.star_targets()?;
            p.expect(T::In)?;
            Ok(target)
        })?;
        match target {
            Some(target) => Ok(target),
            None => {
                if self.check_invalid {
                    if comprehension {
                        self.invalid_for_if_clause()?;
                    }
                    self.invalid_for_target()?;
                }
                Err(Fail::NoMatch)
            }
        }
    }

    /// `del_targets`: `','.del_target+ [',']`.
    pub(crate) fn del_targets(&mut self) -> PResult<Vec<Expr>> {
        let mut targets = Vec::new();
        loop {
            let expr = self.primary()?;
            targets.push(with_context(expr, ExprContext::Del).map_err(|_| Fail::NoMatch)?);
            if self.eat(T::Comma)?.is_none() || matches!(self.peek_kind()?, T::Semi | T::Newline) {
                return Ok(targets);
            }
        }
    }

    /// Gives an expression parsed as a target the `Store` context, failing
    /// to match if it cannot be assigned to.
    pub(crate) fn store_target(&self, expr: Expr) -> PResult<Expr> {
        with_context(expr, ExprContext::Store).map_err(|_| Fail::NoMatch)
    }
}

/// Which target rule an invalid target was met in, for the message.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum TargetKind {
    Star,
    Del,
    For,
}

/// Sets `ctx` on a target and its parts, or returns the first part that
/// cannot be a target.
pub(crate) fn with_context(expr: Expr, ctx: ExprContext) -> Result<Expr, Expr> {
    Ok(match expr {
        Expr::Name(mut node) => {
            node.ctx = ctx;
            Expr::Name(node)
        }
        Expr::Attribute(mut node) => {
            node.ctx = ctx;
            Expr::Attribute(node)
        }
        Expr::Subscript(mut node) => {
            node.ctx = ctx;
            Expr::Subscript(node)
        }
        Expr::Starred(node) if ctx == ExprContext::Del => return Err(Expr::Starred(node)),
        Expr::Starred(mut node) => {
            node.value = Box::new(with_context(*node.value, ctx)?);
            node.ctx = ctx;
            Expr::Starred(node)
        }
        Expr::Tuple(mut node) => {
            node.elts = elts_with_context(node.elts, ctx)?;
            node.ctx = ctx;
            Expr::Tuple(node)
        }
        Expr::List(mut node) => {
            node.elts = elts_with_context(node.elts, ctx)?;
            node.ctx = ctx;
            Expr::List(node)
        }
        other => return Err(other),
    })
}

/// [`with_context`] for each element of a tuple or list target.
fn elts_with_context(elts: Vec<Expr>, ctx: ExprContext) -> Result<Vec<Expr>, Expr> {
    elts.into_iter().map(|e| with_context(e, ctx)).collect()
}
