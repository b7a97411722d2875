//! The second pass's checks: python.gram's `invalid_*` rules, which turn a
//! failed parse into CPython's specialised messages. Each check runs where
//! the grammar tries its rule; it either raises or leaves the position as it
//! found it. They only run when [`Parser::check_invalid`] is set.

use super::targets::TargetKind;
use super::{Fail, PResult, Parser};
use crate::ast::*;
use crate::error::ErrorKind;
use crate::tokenizer::{Token, TokenKind as T};

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

    // ---- expressions ----------------------------------------------------

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

    /// Runs `rule` with the invalid checks off (CPython's `_without_invalid` rules).
    pub(crate) fn without_checks<T2>(
        &mut self,
        rule: impl FnOnce(&mut Self) -> PResult<T2>,
    ) -> PResult<T2> {
        self.without_invalid(rule)
    }

    fn without_invalid<T2>(&mut self, rule: impl FnOnce(&mut Self) -> PResult<T2>) -> PResult<T2> {
        let saved = self.check_invalid;
        self.check_invalid = false;
        let result = rule(self);
        self.check_invalid = saved;
        result
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
    pub(crate) fn invalid_kvpair_value(&mut self, _key: &Expr) -> PResult<()> {
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

    // ---- statements -----------------------------------------------------

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
    pub(crate) fn invalid_try_stmt(&mut self, _keyword: Token) -> PResult<()> {
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

    // ---- parameters -----------------------------------------------------

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

    // ---- match ----------------------------------------------------------

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

    // ---- f-strings ------------------------------------------------------

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

/// `_PyPegen_check_legacy_stmt`: `print` and `exec` used as statements.
fn is_legacy_print(expr: &Expr) -> bool {
    matches!(expr, Expr::Name(n) if &*n.id == "print" || &*n.id == "exec")
}
