//! The second pass's checks: python.gram's `invalid_*` rules, which turn a
//! failed parse into CPython's specialised messages. Each check runs where
//! the grammar tries its rule; it either raises or leaves the position as it
//! found it. They only run when [`Parser::check_invalid`] is set.

mod expressions;
mod fstrings;
mod params;
mod patterns;
mod statements;

use super::targets::TargetKind;
use super::{Fail, PResult, Parser};
use crate::ast::*;
use crate::tokenizer::TokenKind as T;

/// `_PyPegen_get_expr_name`: how CPython names an expression in messages.
pub(crate) fn expr_name(expr: &Expr) -> &'static str {
    match expr {
        Expr::Attribute(_) => "attribute",
        Expr::Subscript(_) => "subscript",
        Expr::Starred(_) => "starred",
        Expr::Name(_) => "name",
        Expr::List(_) => "list",
        Expr::Tuple(_) => "tuple",
        Expr::Lambda(_) => "lambda",
        Expr::Call(_) => "function call",
        Expr::BoolOp(_) | Expr::BinOp(_) | Expr::UnaryOp(_) => "expression",
        Expr::GeneratorExp(_) => "generator expression",
        Expr::Yield(_) | Expr::YieldFrom(_) => "yield expression",
        Expr::Await(_) => "await expression",
        Expr::ListComp(_) => "list comprehension",
        Expr::SetComp(_) => "set comprehension",
        Expr::DictComp(_) => "dict comprehension",
        Expr::Dict(_) => "dict literal",
        Expr::Set(_) => "set display",
        Expr::JoinedStr(_) | Expr::FormattedValue(_) => "f-string expression",
        Expr::TemplateStr(_) | Expr::Interpolation(_) => "t-string expression",
        Expr::Constant(c) => match c.value {
            Constant::None => "None",
            Constant::Bool(false) => "False",
            Constant::Bool(true) => "True",
            Constant::Ellipsis => "ellipsis",
            _ => "literal",
        },
        Expr::Compare(_) => "comparison",
        Expr::IfExp(_) => "conditional expression",
        Expr::NamedExpr(_) => "named expression",
        Expr::Slice(_) => "slice",
    }
}

/// `_PyPegen_get_invalid_target`: the part of `expr` that cannot be
/// assigned to (or deleted), if any.
pub(crate) fn invalid_target(expr: &Expr, kind: TargetKind) -> Option<&Expr> {
    match expr {
        Expr::List(ExprList { elts, .. }) | Expr::Tuple(ExprTuple { elts, .. }) => {
            elts.iter().find_map(|e| invalid_target(e, kind))
        }
        Expr::Starred(_) if kind == TargetKind::Del => Some(expr),
        Expr::Starred(s) => invalid_target(&s.value, kind),
        Expr::Compare(c) if kind == TargetKind::For => {
            if c.ops[0] == CmpOperator::In {
                invalid_target(&c.left, kind)
            } else {
                None
            }
        }
        Expr::Name(_) | Expr::Subscript(_) | Expr::Attribute(_) => None,
        _ => Some(expr),
    }
}

impl<'a> Parser<'a> {
    /// Runs an invalid rule speculatively: `Ok(fail)` from the rule is the
    /// error to raise; a rule that does not match leaves the position as it was.
    fn check(&mut self, rule: impl FnOnce(&mut Self) -> PResult<Fail>) -> PResult<()> {
        let saved = self.pos;
        let result = rule(self);
        self.pos = saved;
        match result {
            Ok(fail) | Err(fail @ Fail::Raise(_)) => Err(fail),
            Err(Fail::NoMatch) => Ok(()),
        }
    }

    /// `RAISE_SYNTAX_ERROR_INVALID_TARGET`.
    fn invalid_target_error(&self, expr: &Expr, kind: TargetKind) -> Fail {
        let Some(bad) = invalid_target(expr, kind) else {
            return Fail::NoMatch;
        };
        let msg = match kind {
            TargetKind::Del => format!("cannot delete {}", expr_name(bad)),
            _ => format!("cannot assign to {}", expr_name(bad)),
        };
        self.raise_range(msg, bad.range())
    }

    /// Runs `rule` with the invalid checks off (CPython's `_without_invalid` rules).
    pub(crate) fn without_invalid<T2>(
        &mut self,
        rule: impl FnOnce(&mut Self) -> PResult<T2>,
    ) -> PResult<T2> {
        let saved = self.check_invalid;
        self.check_invalid = false;
        let result = rule(self);
        self.check_invalid = saved;
        result
    }

    /// An error on the next token (`RAISE_SYNTAX_ERROR_ON_NEXT_TOKEN`).
    fn raise_on_next(&mut self, msg: impl Into<String>) -> PResult<Fail> {
        let token = self.peek()?;
        Ok(self.raise(msg, token.start, token.end))
    }

    /// Whether the bracket depth is positive after the last consumed token.
    fn inside_brackets(&self) -> bool {
        let mut depth: i32 = 0;
        for token in &self.tokens[..self.pos] {
            match token.kind {
                T::LPar | T::LSqb | T::LBrace => depth += 1,
                T::RPar | T::RSqb | T::RBrace => depth -= 1,
                _ => {}
            }
        }
        depth > 0
    }
}
