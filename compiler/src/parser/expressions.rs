//! Expressions: python.gram's `expressions` through `atom`, calls, slices,
//! displays and comprehensions.

use unicode_normalization::UnicodeNormalization;

use super::{Fail, PResult, Parser};
use crate::ast::*;
use crate::tokenizer::{Token, TokenKind as T};

impl<'a> Parser<'a> {
    /// `expression`: a conditional expression, a lambda, or a disjunction.
    pub(crate) fn expression(&mut self) -> PResult<Expr> {
        self.enter()?;
        let expr = self.expression_inner();
        self.leave();
        expr
    }

    fn expression_inner(&mut self) -> PResult<Expr> {
        if self.check_invalid {
            self.invalid_expression()?;
            self.invalid_legacy_expression()?;
        }
        if self.at(T::Lambda)? {
            return self.lambdef();
        }
        let start = self.start()?;
        let body = self.disjunction()?;
        if !self.at(T::If)? {
            return Ok(body);
        }
        let saved = self.pos;
        self.bump()?;
        let rest = self.attempt(|p| {
            let test = p.disjunction()?;
            p.expect(T::Else)?;
            let orelse = p.expression()?;
            Ok((test, orelse))
        })?;
        match rest {
            Some((test, orelse)) => Ok(Expr::IfExp(ExprIfExp {
                test: Box::new(test),
                body: Box::new(body),
                orelse: Box::new(orelse),
                range: self.range_from(start),
            })),
            None => {
                self.pos = saved;
                Ok(body)
            }
        }
    }

    /// `yield_expr`: `yield from x`, `yield x, y`, `yield`.
    pub(crate) fn yield_expr(&mut self) -> PResult<Expr> {
        let start = self.expect(T::Yield)?.start;
        if self.eat(T::From)?.is_some() {
            let value = self.expression()?;
            return Ok(Expr::YieldFrom(ExprYieldFrom {
                value: Box::new(value),
                range: self.range_from(start),
            }));
        }
        let value = self.attempt(|p| p.star_expressions())?;
        Ok(Expr::Yield(ExprYield {
            value: value.map(Box::new),
            range: self.range_from(start),
        }))
    }

    /// `star_expressions`: expressions that may be starred, as a tuple when
    /// there are commas.
    pub(crate) fn star_expressions(&mut self) -> PResult<Expr> {
        let start = self.start()?;
        let first = self.star_expression()?;
        if !self.at(T::Comma)? {
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.eat(T::Comma)?.is_some() {
            match self.attempt(|p| p.star_expression())? {
                Some(e) => elts.push(e),
                None => break,
            }
        }
        Ok(tuple(elts, ExprContext::Load, self.range_from(start)))
    }

    /// `star_expression`: `*bitwise_or` or an expression.
    pub(crate) fn star_expression(&mut self) -> PResult<Expr> {
        if let Some(star) = self.eat(T::Star)? {
            return self.starred_bitwise_or(star);
        }
        self.expression()
    }

    /// `'*' bitwise_or`, after its `*`.
    fn starred_bitwise_or(&mut self, star: Token) -> PResult<Expr> {
        let value = self.bitwise_or()?;
        Ok(starred(
            value,
            ExprContext::Load,
            self.range_from(star.start),
        ))
    }

    /// `star_named_expressions`: the elements of a list, set or tuple display.
    pub(crate) fn star_named_expressions(&mut self) -> PResult<Vec<Expr>> {
        let mut elts = vec![self.star_named_expression()?];
        while self.eat(T::Comma)?.is_some() {
            match self.attempt(|p| p.star_named_expression())? {
                Some(e) => elts.push(e),
                None => break,
            }
        }
        Ok(elts)
    }

    /// `star_named_expression`: `*bitwise_or` or a named expression.
    pub(crate) fn star_named_expression(&mut self) -> PResult<Expr> {
        if let Some(star) = self.eat(T::Star)? {
            let value = self.star_operand(Self::bitwise_or)?;
            return Ok(starred(
                value,
                ExprContext::Load,
                self.range_from(star.start),
            ));
        }
        self.named_expression()
    }

    /// The operand after `*`; in the second pass a missing one is CPython's
    /// `invalid_starred_expression`.
    fn star_operand(&mut self, operand: fn(&mut Self) -> PResult<Expr>) -> PResult<Expr> {
        match operand(self) {
            Err(Fail::NoMatch) if self.check_invalid => {
                Err(self.raise_at_furthest("Invalid star expression"))
            }
            result => result,
        }
    }

    /// `named_expression`: `NAME := expression` or an expression not
    /// followed by `:=`.
    pub(crate) fn named_expression(&mut self) -> PResult<Expr> {
        if let Some(walrus) = self.attempt(|p| p.assignment_expression())? {
            return Ok(walrus);
        }
        if self.check_invalid {
            self.invalid_named_expression()?;
        }
        let expr = self.expression()?;
        if self.at(T::ColonEqual)? {
            return Err(Fail::NoMatch);
        }
        Ok(expr)
    }

    /// `assignment_expression`: `NAME := expression`.
    pub(crate) fn assignment_expression(&mut self) -> PResult<Expr> {
        let name = self.expect(T::Name)?;
        self.expect(T::ColonEqual)?;
        let value = self.expression()?;
        let target = self.name_expr(name, ExprContext::Store);
        Ok(Expr::NamedExpr(ExprNamedExpr {
            target: Box::new(target),
            value: Box::new(value),
            range: self.range_from(name.start),
        }))
    }

    /// `disjunction`: `a or b or c`.
    pub(crate) fn disjunction(&mut self) -> PResult<Expr> {
        self.bool_operation(T::Or, BoolOperator::Or, Self::conjunction)
    }

    /// `conjunction`: `a and b and c`.
    fn conjunction(&mut self) -> PResult<Expr> {
        self.bool_operation(T::And, BoolOperator::And, Self::inversion)
    }

    /// `operand (keyword operand)*` as one BoolOp, or the lone operand.
    fn bool_operation(
        &mut self,
        keyword: T,
        op: BoolOperator,
        operand: fn(&mut Self) -> PResult<Expr>,
    ) -> PResult<Expr> {
        let start = self.start()?;
        let first = operand(self)?;
        let Some(second) = self.after_operator(keyword, operand)? else {
            return Ok(first);
        };
        let mut values = vec![first, second];
        while let Some(value) = self.after_operator(keyword, operand)? {
            values.push(value);
        }
        Ok(Expr::BoolOp(ExprBoolOp {
            op,
            values,
            range: self.range_from(start),
        }))
    }

    /// `op operand` if both parse, else None with the position restored: a
    /// PEG repetition stops before an operator whose operand fails.
    fn after_operator(
        &mut self,
        op: T,
        operand: fn(&mut Self) -> PResult<Expr>,
    ) -> PResult<Option<Expr>> {
        if !self.at(op)? {
            return Ok(None);
        }
        self.attempt(|p| {
            p.bump()?;
            operand(p)
        })
    }

    /// `inversion`: `not x`.
    fn inversion(&mut self) -> PResult<Expr> {
        if let Some(not) = self.eat(T::Not)? {
            self.enter()?;
            let operand = self.inversion();
            self.leave();
            return Ok(unary(
                UnaryOperator::Not,
                operand?,
                self.range_from(not.start),
            ));
        }
        self.comparison()
    }

    /// `comparison`: `a < b == c`, `x not in y`, `x is not y`.
    fn comparison(&mut self) -> PResult<Expr> {
        let start = self.start()?;
        let left = self.bitwise_or()?;
        let mut ops = Vec::new();
        let mut comparators = Vec::new();
        loop {
            let saved = self.pos;
            let Some(op) = self.compare_op()? else { break };
            match self.attempt(|p| p.bitwise_or())? {
                Some(right) => {
                    ops.push(op);
                    comparators.push(right);
                }
                None => {
                    self.pos = saved;
                    break;
                }
            }
        }
        if ops.is_empty() {
            return Ok(left);
        }
        Ok(Expr::Compare(ExprCompare {
            left: Box::new(left),
            ops,
            comparators,
            range: self.range_from(start),
        }))
    }

    /// Consumes a comparison operator, if one is next.
    fn compare_op(&mut self) -> PResult<Option<CmpOperator>> {
        let token = self.peek()?;
        let op = match token.kind {
            T::EqEqual => CmpOperator::Eq,
            T::NotEqual => {
                self.check_not_equal()?;
                CmpOperator::NotEq
            }
            T::Less if self.legacy_not_equal(token)? => {
                self.bump()?;
                CmpOperator::NotEq
            }
            T::Less => CmpOperator::Lt,
            T::LessEqual => CmpOperator::LtE,
            T::Greater => CmpOperator::Gt,
            T::GreaterEqual => CmpOperator::GtE,
            T::In => CmpOperator::In,
            T::Not => {
                if self.peek_at(1)?.kind != T::In {
                    return Ok(None);
                }
                self.bump()?;
                CmpOperator::NotIn
            }
            T::Is => {
                if self.peek_at(1)?.kind == T::Not {
                    self.bump()?;
                    self.bump()?;
                    return Ok(Some(CmpOperator::IsNot));
                }
                CmpOperator::Is
            }
            _ => return Ok(None),
        };
        self.bump()?;
        Ok(Some(op))
    }

    /// Whether `<` is the first half of `<>`, the inequality operator under
    /// `from __future__ import barry_as_FLUFL`; without it, the second pass
    /// points out the mistake.
    fn legacy_not_equal(&mut self, less: Token) -> PResult<bool> {
        let greater = self.peek_at(1)?;
        if greater.kind != T::Greater || greater.start != less.end {
            return Ok(false);
        }
        if self.barry_as_flufl {
            return Ok(true);
        }
        if self.check_invalid {
            return Err(self.raise(
                "invalid syntax.  Maybe you meant '!=' instead of '<>'?",
                less.start,
                greater.end,
            ));
        }
        Ok(false)
    }

    /// `!=` is an error under `from __future__ import barry_as_FLUFL`.
    fn check_not_equal(&mut self) -> PResult<()> {
        if self.barry_as_flufl {
            return Err(self.raise_at_furthest("with Barry as BDFL, use '<>' instead of '!='"));
        }
        Ok(())
    }

    /// `bitwise_or`: the binary operators from `|` down to `*`, `/`, `@`...
    pub(crate) fn bitwise_or(&mut self) -> PResult<Expr> {
        self.binary_expression(0)
    }

    /// Binary operators by precedence climbing: the grammar's chain of
    /// left-recursive rules (`bitwise_or` ... `term`) in one loop. Operands of
    /// an operator at `level` are parsed at `level + 1`; `factor` is below all.
    fn binary_expression(&mut self, min_level: u8) -> PResult<Expr> {
        let start = self.start()?;
        let mut left = self.factor()?;
        loop {
            let Some((level, op)) = binary_operator(self.peek_kind()?) else {
                return Ok(left);
            };
            if level < min_level {
                return Ok(left);
            }
            let saved = self.pos;
            self.bump()?;
            if self.check_invalid && level >= SUM_LEVEL {
                self.invalid_not_after_operator()?;
            }
            let Some(right) = self.attempt(|p| p.binary_expression(level + 1))? else {
                self.pos = saved;
                return Ok(left);
            };
            left = Expr::BinOp(ExprBinOp {
                left: Box::new(left),
                op,
                right: Box::new(right),
                range: self.range_from(start),
            });
        }
    }

    /// `factor`: unary `+`, `-`, `~`, then `power`.
    pub(crate) fn factor(&mut self) -> PResult<Expr> {
        let token = self.peek()?;
        let op = match token.kind {
            T::Plus => UnaryOperator::UAdd,
            T::Minus => UnaryOperator::USub,
            T::Tilde => UnaryOperator::Invert,
            _ => return self.power(),
        };
        self.bump()?;
        if self.check_invalid {
            self.invalid_not_after_operator()?;
        }
        self.enter()?;
        let operand = self.factor();
        self.leave();
        Ok(unary(op, operand?, self.range_from(token.start)))
    }

    /// `power`: `await_primary ** factor`.
    fn power(&mut self) -> PResult<Expr> {
        let start = self.start()?;
        let base = self.await_primary()?;
        if !self.at(T::DoubleStar)? {
            return Ok(base);
        }
        self.enter()?;
        let exponent = self.after_operator(T::DoubleStar, Self::factor);
        self.leave();
        let Some(exponent) = exponent? else {
            return Ok(base);
        };
        Ok(Expr::BinOp(ExprBinOp {
            left: Box::new(base),
            op: Operator::Pow,
            right: Box::new(exponent),
            range: self.range_from(start),
        }))
    }

    /// `await_primary`: `await primary` or `primary`.
    fn await_primary(&mut self) -> PResult<Expr> {
        if let Some(token) = self.eat(T::Await)? {
            let value = self.primary()?;
            return Ok(Expr::Await(ExprAwait {
                value: Box::new(value),
                range: self.range_from(token.start),
            }));
        }
        self.primary()
    }

    /// `primary`: an atom followed by attribute references, calls and subscripts.
    pub(crate) fn primary(&mut self) -> PResult<Expr> {
        let start = self.start()?;
        let mut expr = self.atom()?;
        loop {
            expr = match self.peek_kind()? {
                T::Dot => {
                    self.bump()?;
                    let name = self.expect(T::Name)?;
                    attribute(
                        expr,
                        self.identifier(name),
                        ExprContext::Load,
                        self.range_from(start),
                    )
                }
                T::LPar => self.call(expr, start)?,
                T::LSqb => {
                    self.bump()?;
                    let slice = self.slices()?;
                    self.expect(T::RSqb)?;
                    subscript(expr, slice, ExprContext::Load, self.range_from(start))
                }
                _ => return Ok(expr),
            }
        }
    }

    /// `primary genexp` and `primary '(' arguments ')'`.
    fn call(&mut self, func: Expr, start: Pos) -> PResult<Expr> {
        let lpar = self.bump()?;
        let (args, keywords) = if self.at(T::RPar)? {
            (Vec::new(), Vec::new())
        } else {
            self.arguments(Some(lpar))?
        };
        self.expect(T::RPar)?;
        Ok(Expr::Call(ExprCall {
            func: Box::new(func),
            args,
            keywords,
            range: self.range_from(start),
        }))
    }

    /// `slices`: one slice, or a tuple of slices and starred expressions.
    fn slices(&mut self) -> PResult<Expr> {
        let start = self.start()?;
        let first = self.slice_or_starred()?;
        if !self.at(T::Comma)? {
            if matches!(first, Expr::Starred(_)) {
                // `a[*b]` is a one-element tuple.
                return Ok(tuple(
                    vec![first],
                    ExprContext::Load,
                    self.range_from(start),
                ));
            }
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.eat(T::Comma)?.is_some() {
            if matches!(self.peek_kind()?, T::RSqb) {
                break;
            }
            elts.push(self.slice_or_starred()?);
        }
        Ok(tuple(elts, ExprContext::Load, self.range_from(start)))
    }

    fn slice_or_starred(&mut self) -> PResult<Expr> {
        if let Some(star) = self.eat(T::Star)? {
            return self.starred_bitwise_or(star);
        }
        self.slice()
    }

    /// `slice`: `[lower]:[upper][:[step]]` or a named expression.
    fn slice(&mut self) -> PResult<Expr> {
        let start = self.start()?;
        if !self.at(T::Colon)? {
            let lower = self.named_expression()?;
            let bare_walrus = matches!(lower, Expr::NamedExpr(_)) && lower.range().start == start;
            if !self.at(T::Colon)? || bare_walrus {
                return Ok(lower);
            }
            return self.slice_rest(start, Some(lower));
        }
        self.slice_rest(start, None)
    }

    fn slice_rest(&mut self, start: Pos, lower: Option<Expr>) -> PResult<Expr> {
        self.expect(T::Colon)?;
        let upper = self.attempt(|p| p.expression())?;
        let step = if self.eat(T::Colon)?.is_some() {
            self.attempt(|p| p.expression())?
        } else {
            None
        };
        Ok(Expr::Slice(ExprSlice {
            lower: lower.map(Box::new),
            upper: upper.map(Box::new),
            step: step.map(Box::new),
            range: self.range_from(start),
        }))
    }

    /// `atom`.
    pub(crate) fn atom(&mut self) -> PResult<Expr> {
        let token = self.peek()?;
        let value = match token.kind {
            T::Name => {
                self.bump()?;
                return Ok(self.name_expr(token, ExprContext::Load));
            }
            T::True => Constant::Bool(true),
            T::False => Constant::Bool(false),
            T::None => Constant::None,
            T::Ellipsis => Constant::Ellipsis,
            T::Number => {
                self.bump()?;
                return self.number(token);
            }
            T::String | T::FStringStart | T::TStringStart => return self.strings(),
            T::LPar | T::LSqb | T::LBrace => return self.bracket_atom(token.kind),
            _ => return Err(Fail::NoMatch),
        };
        self.bump()?;
        Ok(Expr::Constant(ExprConstant {
            value,
            kind: None,
            range: Range::new(token.start, token.end),
        }))
    }

    /// A parenthesized, list, set or dict atom. Without the `invalid_*`
    /// checks a bracket that failed to parse here fails at once the next
    /// time: the second pass's checks re-parse each enclosing level's
    /// contents, which would otherwise cost depth × length on deeply nested
    /// broken input (CPython memoizes its rules for the same reason).
    fn bracket_atom(&mut self, kind: T) -> PResult<Expr> {
        let memo = !self.check_invalid;
        if memo && self.failed_brackets.contains(&self.pos) {
            return Err(Fail::NoMatch);
        }
        let start = self.pos;
        let result = match kind {
            T::LPar => self.paren_atom(),
            T::LSqb => self.list_atom(),
            _ => self.brace_atom(),
        };
        if memo && matches!(result, Err(Fail::NoMatch)) {
            self.failed_brackets.insert(start);
        }
        result
    }

    /// A NUMBER token's constant.
    fn number(&mut self, token: Token) -> PResult<Expr> {
        match crate::literal::number::parse_number(self.text(token)) {
            Ok(value) => Ok(Expr::Constant(ExprConstant {
                value,
                kind: None,
                range: Range::new(token.start, token.end),
            })),
            // CPython reports the int conversion limit with offsets of 0.
            Err(msg) if msg.starts_with("Exceeds the limit") => {
                let line = token.start.line as i64;
                let location = crate::error::Location {
                    lineno: line,
                    offset: 0,
                    end_lineno: line,
                    end_offset: 0,
                };
                Err(Fail::Raise(Box::new(crate::error::SyntaxError {
                    kind: crate::error::ErrorKind::SyntaxError,
                    msg,
                    location: Some(location),
                })))
            }
            Err(msg) => Err(self.raise(msg, token.start, token.end)),
        }
    }

    /// `(...)`: a parenthesized expression, a tuple, a generator expression,
    /// or a parenthesized yield.
    fn paren_atom(&mut self) -> PResult<Expr> {
        let lpar = self.expect(T::LPar)?;
        if self.eat(T::RPar)?.is_some() {
            return Ok(tuple(
                Vec::new(),
                ExprContext::Load,
                self.range_from(lpar.start),
            ));
        }
        if self.at(T::Yield)? {
            let value = self.yield_expr()?;
            self.expect(T::RPar)?;
            return Ok(value);
        }
        let first = self.star_named_expression()?;
        if self.at_for()? {
            let generators = self.comprehension_tail(&first, T::RPar)?;
            return Ok(Expr::GeneratorExp(ExprGeneratorExp {
                elt: Box::new(first),
                generators,
                range: self.range_from(lpar.start),
            }));
        }
        if self.eat(T::RPar)?.is_some() {
            if let Expr::Starred(s) = &first {
                if self.check_invalid {
                    return Err(self.raise_range("cannot use starred expression here", s.range));
                }
                return Err(Fail::NoMatch);
            }
            return Ok(first);
        }
        let elts = self.display_tail(first, T::RPar)?;
        Ok(tuple(elts, ExprContext::Load, self.range_from(lpar.start)))
    }

    /// Whether a comprehension's `for` (or `async for`) comes next.
    fn at_for(&mut self) -> PResult<bool> {
        Ok(self.at(T::For)? || self.at(T::Async)?)
    }

    /// The clauses of a comprehension of `elt` and its closing bracket.
    fn comprehension_tail(&mut self, elt: &Expr, close: T) -> PResult<Vec<Comprehension>> {
        self.comprehension_element(elt)?;
        let generators = self.for_if_clauses()?;
        self.expect(close)?;
        Ok(generators)
    }

    /// The elements of a list, set or tuple display after the first, and its
    /// closing bracket.
    fn display_tail(&mut self, first: Expr, close: T) -> PResult<Vec<Expr>> {
        if self.check_invalid && close != T::RPar {
            self.invalid_comprehension_tuple(&first)?;
        }
        let mut elts = vec![first];
        while self.eat(T::Comma)?.is_some() {
            if self.at(close)? {
                break;
            }
            elts.push(self.star_named_expression()?);
        }
        self.expect(close)?;
        Ok(elts)
    }

    /// `[...]`: a list display or list comprehension.
    fn list_atom(&mut self) -> PResult<Expr> {
        let lsqb = self.expect(T::LSqb)?;
        if self.eat(T::RSqb)?.is_some() {
            return Ok(list(
                Vec::new(),
                ExprContext::Load,
                self.range_from(lsqb.start),
            ));
        }
        let first = self.star_named_expression()?;
        if self.at_for()? {
            let generators = self.comprehension_tail(&first, T::RSqb)?;
            return Ok(Expr::ListComp(ExprListComp {
                elt: Box::new(first),
                generators,
                range: self.range_from(lsqb.start),
            }));
        }
        let elts = self.display_tail(first, T::RSqb)?;
        Ok(list(elts, ExprContext::Load, self.range_from(lsqb.start)))
    }

    /// `{...}`: dict or set display or comprehension.
    fn brace_atom(&mut self) -> PResult<Expr> {
        let lbrace = self.expect(T::LBrace)?;
        if self.eat(T::RBrace)?.is_some() {
            return Ok(Expr::Dict(ExprDict {
                keys: Vec::new(),
                values: Vec::new(),
                range: self.range_from(lbrace.start),
            }));
        }
        if self.at(T::DoubleStar)? {
            if self.check_invalid {
                self.invalid_dict_comprehension()?;
            }
            return self.dict_rest(lbrace, None);
        }
        let first = self.star_named_expression()?;
        if self.at(T::Colon)? && !matches!(first, Expr::Starred(_)) {
            self.bump()?;
            if self.check_invalid {
                self.invalid_kvpair_value()?;
            }
            let value = self.expression()?;
            if self.at_for()? {
                let generators = self.for_if_clauses()?;
                self.expect(T::RBrace)?;
                return Ok(Expr::DictComp(ExprDictComp {
                    key: Box::new(first),
                    value: Box::new(value),
                    generators,
                    range: self.range_from(lbrace.start),
                }));
            }
            return self.dict_rest(lbrace, Some((first, value)));
        }
        if self.at_for()? {
            let generators = self.comprehension_tail(&first, T::RBrace)?;
            return Ok(Expr::SetComp(ExprSetComp {
                elt: Box::new(first),
                generators,
                range: self.range_from(lbrace.start),
            }));
        }
        let elts = self.display_tail(first, T::RBrace)?;
        Ok(Expr::Set(ExprSet {
            elts,
            range: self.range_from(lbrace.start),
        }))
    }

    /// The rest of a dict display after `{` (and its first pair, if parsed).
    fn dict_rest(&mut self, lbrace: Token, first: Option<(Expr, Expr)>) -> PResult<Expr> {
        let mut keys = Vec::new();
        let mut values = Vec::new();
        let mut need_item = first.is_none();
        if let Some((k, v)) = first {
            keys.push(Some(k));
            values.push(v);
        }
        loop {
            if !need_item {
                if self.eat(T::Comma)?.is_none() {
                    break;
                }
                if self.at(T::RBrace)? {
                    break;
                }
            }
            need_item = false;
            if self.eat(T::DoubleStar)?.is_some() {
                keys.push(None);
                values.push(self.bitwise_or()?);
            } else {
                if self.check_invalid && !keys.is_empty() {
                    self.invalid_kvpair()?;
                }
                let key = self.expression()?;
                self.expect(T::Colon)?;
                if self.check_invalid {
                    self.invalid_kvpair_value()?;
                }
                keys.push(Some(key));
                values.push(self.expression()?);
            }
        }
        self.expect(T::RBrace)?;
        Ok(Expr::Dict(ExprDict {
            keys,
            values,
            range: self.range_from(lbrace.start),
        }))
    }

    /// `for_if_clauses`: the `for ... in ... if ...` clauses of a comprehension.
    pub(crate) fn for_if_clauses(&mut self) -> PResult<Vec<Comprehension>> {
        let mut clauses = Vec::new();
        while self.at_for()? {
            let is_async = self.eat(T::Async)?.is_some();
            self.expect(T::For)?;
            let target = self.for_target(true)?;
            let iter = self.disjunction()?;
            let mut ifs = Vec::new();
            while self.eat(T::If)?.is_some() {
                ifs.push(self.disjunction()?);
            }
            clauses.push(Comprehension {
                target,
                iter,
                ifs,
                is_async: is_async as i64,
            });
        }
        if clauses.is_empty() {
            return Err(Fail::NoMatch);
        }
        Ok(clauses)
    }

    /// `arguments`: the inside of a call's (or class's) parentheses. For a
    /// call, `call_lpar` is its `(`, and a sole argument followed by `for` is
    /// a generator expression spanning the parentheses (`f(x for x in y)`).
    pub(crate) fn arguments(
        &mut self,
        call_lpar: Option<Token>,
    ) -> PResult<(Vec<Expr>, Vec<Keyword>)> {
        let mut args = Vec::new();
        let mut keywords: Vec<Keyword> = Vec::new();
        loop {
            let token = self.peek()?;
            match token.kind {
                T::DoubleStar => {
                    if self.check_invalid {
                        self.invalid_double_starred_argument()?;
                    }
                    self.bump()?;
                    let value = self.expression()?;
                    keywords.push(Keyword {
                        arg: None,
                        value,
                        range: self.range_from(token.start),
                    });
                }
                T::Star => {
                    if keywords.iter().any(|k| k.arg.is_none()) {
                        if self.check_invalid {
                            let comma = self.tokens[self.pos - 1];
                            let msg =
                                "iterable argument unpacking follows keyword argument unpacking";
                            return Err(self.raise(msg, comma.start, comma.end));
                        }
                        return Err(Fail::NoMatch);
                    }
                    if self.check_invalid {
                        self.invalid_starred_argument()?;
                    }
                    self.bump()?;
                    let value = self.star_operand(Self::expression)?;
                    args.push(starred(
                        value,
                        ExprContext::Load,
                        self.range_from(token.start),
                    ));
                }
                T::Name if self.peek_at(1)?.kind == T::Equal => {
                    self.bump()?;
                    self.bump()?;
                    if self.check_invalid {
                        self.invalid_kwarg_value()?;
                    }
                    let value = self.expression()?;
                    let arg = Some(self.identifier(token));
                    keywords.push(Keyword {
                        arg,
                        value,
                        range: self.range_from(token.start),
                    });
                }
                _ => {
                    if self.check_invalid {
                        self.invalid_kwarg()?;
                    }
                    let start = token.start;
                    let value = self.named_expression()?;
                    if self.at_for()? {
                        let generators = self.for_if_clauses()?;
                        let sole = args.is_empty() && keywords.is_empty();
                        match call_lpar {
                            Some(lpar) if sole && self.at(T::RPar)? => {
                                let range = Range::new(lpar.start, self.peek()?.end);
                                let elt = Box::new(value);
                                args.push(Expr::GeneratorExp(ExprGeneratorExp {
                                    elt,
                                    generators,
                                    range,
                                }));
                                break;
                            }
                            _ if self.check_invalid => {
                                let range = self.range_from(start);
                                return Err(self.raise_range(
                                    "Generator expression must be parenthesized",
                                    range,
                                ));
                            }
                            _ => return Err(Fail::NoMatch),
                        }
                    }
                    if self.at(T::Equal)? {
                        return Err(Fail::NoMatch);
                    }
                    if !keywords.is_empty() {
                        if self.check_invalid {
                            // `_PyPegen_arguments_parsing_error`, once the rest has been read.
                            while self.eat(T::Comma)?.is_some()
                                && self
                                    .attempt(|p| p.without_invalid(|p| p.named_expression()))?
                                    .is_some()
                            {}
                            self.peek()?;
                            let msg = if keywords.iter().any(|k| k.arg.is_none()) {
                                "positional argument follows keyword argument unpacking"
                            } else {
                                "positional argument follows keyword argument"
                            };
                            return Err(self.raise_at_furthest(msg));
                        }
                        return Err(Fail::NoMatch);
                    }
                    args.push(value);
                }
            }
            if self.eat(T::Comma)?.is_none() || self.at(T::RPar)? {
                break;
            }
        }
        Ok((args, keywords))
    }

    /// A `Name` node for a NAME token.
    pub(crate) fn name_expr(&self, token: Token, ctx: ExprContext) -> Expr {
        Expr::Name(ExprName {
            id: self.identifier(token),
            ctx,
            range: Range::new(token.start, token.end),
        })
    }

    /// A NAME token's identifier, NFKC-normalized as PEP 3131 requires.
    pub(crate) fn identifier(&self, token: Token) -> Identifier {
        let text = self.text(token);
        if text.is_ascii() {
            text.into()
        } else {
            text.nfkc().collect::<String>().into()
        }
    }
}

pub(crate) fn tuple(elts: Vec<Expr>, ctx: ExprContext, range: Range) -> Expr {
    Expr::Tuple(ExprTuple { elts, ctx, range })
}

pub(crate) fn list(elts: Vec<Expr>, ctx: ExprContext, range: Range) -> Expr {
    Expr::List(ExprList { elts, ctx, range })
}

pub(crate) fn starred(value: Expr, ctx: ExprContext, range: Range) -> Expr {
    Expr::Starred(ExprStarred {
        value: Box::new(value),
        ctx,
        range,
    })
}

pub(crate) fn attribute(value: Expr, attr: Identifier, ctx: ExprContext, range: Range) -> Expr {
    Expr::Attribute(ExprAttribute {
        value: Box::new(value),
        attr,
        ctx,
        range,
    })
}

pub(crate) fn subscript(value: Expr, slice: Expr, ctx: ExprContext, range: Range) -> Expr {
    Expr::Subscript(ExprSubscript {
        value: Box::new(value),
        slice: Box::new(slice),
        ctx,
        range,
    })
}

fn unary(op: UnaryOperator, operand: Expr, range: Range) -> Expr {
    Expr::UnaryOp(ExprUnaryOp {
        op,
        operand: Box::new(operand),
        range,
    })
}

/// The precedence level of `sum`'s operators; `term`'s is one higher.
const SUM_LEVEL: u8 = 4;

/// A binary operator token's precedence level (0 is `|`, the loosest) and operator.
fn binary_operator(kind: T) -> Option<(u8, Operator)> {
    Some(match kind {
        T::VBar => (0, Operator::BitOr),
        T::Circumflex => (1, Operator::BitXor),
        T::Amper => (2, Operator::BitAnd),
        T::LeftShift => (3, Operator::LShift),
        T::RightShift => (3, Operator::RShift),
        T::Plus => (SUM_LEVEL, Operator::Add),
        T::Minus => (SUM_LEVEL, Operator::Sub),
        T::Star => (SUM_LEVEL + 1, Operator::Mult),
        T::Slash => (SUM_LEVEL + 1, Operator::Div),
        T::DoubleSlash => (SUM_LEVEL + 1, Operator::FloorDiv),
        T::Percent => (SUM_LEVEL + 1, Operator::Mod),
        T::At => (SUM_LEVEL + 1, Operator::MatMult),
        _ => return None,
    })
}
