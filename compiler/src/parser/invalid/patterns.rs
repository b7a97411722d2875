//! `invalid_*` rules of `match` statements and patterns.

use super::expr_name;
use crate::ast::*;
use crate::parser::{PResult, Parser};
use crate::tokenizer::TokenKind as T;

impl<'a> Parser<'a> {
    /// `match x` not followed by `:`.
    pub(crate) fn invalid_match_stmt_colon(&mut self) -> PResult<()> {
        if self.at(T::Newline)? {
            return Err(self.raise_at_furthest("expected ':'"));
        }
        Ok(())
    }

    /// `invalid_as_pattern`: `case x as None:`, just after `as`.
    pub(crate) fn invalid_as_pattern(&mut self) -> PResult<()> {
        let token = self.peek()?;
        if token.kind == T::Name && self.text(token) == "_" {
            return Err(self.raise("cannot use '_' as a target", token.start, token.end));
        }
        self.check(|p| {
            let a = p.expression()?;
            Ok(p.raise_range(
                format!("cannot use {} as pattern target", expr_name(&a)),
                a.range(),
            ))
        })
    }

    /// `1 + 2` in a pattern: the left must be real, the right imaginary
    /// (checked in both passes, as CPython's actions do).
    pub(crate) fn check_complex_parts(&self, real: &Expr, imag: &Expr) -> PResult<()> {
        let is_imaginary = |e: &Expr| {
            matches!(
                e,
                Expr::Constant(ExprConstant {
                    value: Constant::Imaginary(_),
                    ..
                })
            )
        };
        let real_part = match real {
            Expr::UnaryOp(u) => &u.operand,
            other => other,
        };
        if is_imaginary(real_part) {
            return Err(
                self.raise_range("real number required in complex literal", real_part.range())
            );
        }
        if !is_imaginary(imag) {
            return Err(
                self.raise_range("imaginary number required in complex literal", imag.range())
            );
        }
        Ok(())
    }
}
