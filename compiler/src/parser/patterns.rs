//! The `match` statement and its patterns (PEP 634; python.gram's
//! `match_stmt` through `keyword_pattern`).

use super::expressions::{attribute, tuple};
use super::{Fail, PResult, Parser};
use crate::ast::*;
use crate::tokenizer::{Token, TokenKind as T};

impl<'a> Parser<'a> {
    /// `match_stmt`: `"match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT`.
    pub(crate) fn match_stmt(&mut self) -> PResult<Stmt> {
        let keyword = self.bump()?;
        let subject = self.subject_expr()?;
        if self.eat(T::Colon)?.is_none() {
            if self.check_invalid {
                self.invalid_match_stmt_colon()?;
            }
            return Err(Fail::NoMatch);
        }
        self.expect(T::Newline)?;
        if !self.at(T::Indent)? {
            if self.check_invalid {
                self.invalid_expected_indent(keyword, "'match' statement")?;
            }
            return Err(Fail::NoMatch);
        }
        self.bump()?;
        let mut cases = Vec::new();
        while self.at_soft_keyword("case")? {
            cases.push(self.case_block()?);
        }
        if cases.is_empty() {
            return Err(Fail::NoMatch);
        }
        self.expect(T::Dedent)?;
        Ok(Stmt::Match(StmtMatch {
            subject: Box::new(subject),
            cases,
            range: self.range_from(keyword.start),
        }))
    }

    /// `subject_expr`: `star_named_expression ',' star_named_expressions?` or
    /// a named expression.
    fn subject_expr(&mut self) -> PResult<Expr> {
        let start = self.start()?;
        let first = self.star_named_expression()?;
        if !self.at(T::Comma)? {
            if matches!(first, Expr::Starred(_)) {
                return Err(Fail::NoMatch);
            }
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.eat(T::Comma)?.is_some() {
            match self.attempt(|p| p.star_named_expression())? {
                Some(e) => elts.push(e),
                None => break,
            }
        }
        Ok(tuple(elts, ExprContext::Load, self.range_from(start)))
    }

    /// `case_block`: `"case" patterns guard? ':' block`.
    fn case_block(&mut self) -> PResult<MatchCase> {
        let keyword = self.bump()?;
        let pattern = self.patterns()?;
        let guard = if self.eat(T::If)?.is_some() {
            Some(Box::new(self.named_expression()?))
        } else {
            None
        };
        let body = self.block_after_colon(keyword, "'case' statement")?;
        Ok(MatchCase {
            pattern,
            guard,
            body,
        })
    }

    /// `patterns`: an open sequence pattern (`case a, b:`) or one pattern.
    fn patterns(&mut self) -> PResult<Pattern> {
        let start = self.start()?;
        let first = self.maybe_star_pattern()?;
        if !self.at(T::Comma)? {
            if matches!(first, Pattern::MatchStar(_)) {
                return Err(Fail::NoMatch);
            }
            return Ok(first);
        }
        let mut patterns = vec![first];
        while self.eat(T::Comma)?.is_some() {
            match self.attempt(|p| p.maybe_star_pattern())? {
                Some(pattern) => patterns.push(pattern),
                None => break,
            }
        }
        Ok(Pattern::MatchSequence(PatternMatchSequence {
            patterns,
            range: self.range_from(start),
        }))
    }

    /// `maybe_star_pattern`: `*name`, `*_` or a pattern.
    fn maybe_star_pattern(&mut self) -> PResult<Pattern> {
        if let Some(star) = self.eat(T::Star)? {
            let name = self.expect(T::Name)?;
            let name = if self.text(name) == "_" {
                None
            } else {
                Some(self.identifier(name))
            };
            return Ok(Pattern::MatchStar(PatternMatchStar {
                name,
                range: self.range_from(star.start),
            }));
        }
        self.pattern()
    }

    /// `pattern`: `or_pattern ['as' NAME]`.
    fn pattern(&mut self) -> PResult<Pattern> {
        let start = self.start()?;
        let pattern = self.or_pattern()?;
        if self.eat(T::As)?.is_none() {
            return Ok(pattern);
        }
        let name = self.peek()?;
        let capture = name.kind == T::Name
            && self.text(name) != "_"
            && !matches!(self.peek_at(1)?.kind, T::Dot | T::LPar | T::Equal);
        if !capture {
            if self.check_invalid {
                self.invalid_as_pattern()?;
            }
            return Err(Fail::NoMatch);
        }
        self.bump()?;
        Ok(Pattern::MatchAs(PatternMatchAs {
            pattern: Some(Box::new(pattern)),
            name: Some(self.identifier(name)),
            range: self.range_from(start),
        }))
    }

    /// `or_pattern`: `'|'.closed_pattern+`.
    fn or_pattern(&mut self) -> PResult<Pattern> {
        let start = self.start()?;
        let first = self.closed_pattern()?;
        if !self.at(T::VBar)? {
            return Ok(first);
        }
        let mut patterns = vec![first];
        while self.eat(T::VBar)?.is_some() {
            patterns.push(self.closed_pattern()?);
        }
        Ok(Pattern::MatchOr(PatternMatchOr {
            patterns,
            range: self.range_from(start),
        }))
    }

    /// `closed_pattern`.
    fn closed_pattern(&mut self) -> PResult<Pattern> {
        self.enter()?;
        let pattern = self.closed_pattern_inner();
        self.leave();
        pattern
    }

    fn closed_pattern_inner(&mut self) -> PResult<Pattern> {
        let token = self.peek()?;
        let start = token.start;
        match token.kind {
            T::None | T::True | T::False => {
                self.bump()?;
                let value = match token.kind {
                    T::None => Constant::None,
                    T::True => Constant::Bool(true),
                    _ => Constant::Bool(false),
                };
                Ok(Pattern::MatchSingleton(PatternMatchSingleton {
                    value,
                    range: self.range_from(start),
                }))
            }
            T::Number | T::Minus | T::String | T::FStringStart | T::TStringStart => {
                let value = self.literal_expr()?;
                Ok(Pattern::MatchValue(PatternMatchValue {
                    value: Box::new(value),
                    range: self.range_from(start),
                }))
            }
            T::LPar => self.paren_pattern(),
            T::LSqb => {
                self.bump()?;
                let patterns = self.sequence_items(T::RSqb)?;
                self.expect(T::RSqb)?;
                Ok(Pattern::MatchSequence(PatternMatchSequence {
                    patterns,
                    range: self.range_from(start),
                }))
            }
            T::LBrace => self.mapping_pattern(),
            T::Name => {
                let name_or_attr = self.name_or_attr()?;
                if self.at(T::LPar)? {
                    return self.class_pattern(name_or_attr, start);
                }
                match name_or_attr {
                    Expr::Name(_) if self.at(T::Equal)? => Err(Fail::NoMatch),
                    Expr::Name(name) => {
                        let capture = if &*name.id == "_" {
                            None
                        } else {
                            Some(name.id)
                        };
                        Ok(Pattern::MatchAs(PatternMatchAs {
                            pattern: None,
                            name: capture,
                            range: name.range,
                        }))
                    }
                    attr => Ok(Pattern::MatchValue(PatternMatchValue {
                        value: Box::new(attr),
                        range: self.range_from(start),
                    })),
                }
            }
            _ => Err(Fail::NoMatch),
        }
    }

    /// `(pattern)` or a parenthesized sequence pattern.
    fn paren_pattern(&mut self) -> PResult<Pattern> {
        let lpar = self.expect(T::LPar)?;
        if self.eat(T::RPar)?.is_some() {
            return Ok(Pattern::MatchSequence(PatternMatchSequence {
                patterns: Vec::new(),
                range: self.range_from(lpar.start),
            }));
        }
        let first = self.maybe_star_pattern()?;
        if self.eat(T::RPar)?.is_some() && !matches!(first, Pattern::MatchStar(_)) {
            return Ok(first);
        }
        let mut patterns = vec![first];
        if self.eat(T::Comma)?.is_none() {
            return Err(Fail::NoMatch);
        }
        if !self.at(T::RPar)? {
            patterns.extend(self.sequence_items(T::RPar)?);
        }
        self.expect(T::RPar)?;
        Ok(Pattern::MatchSequence(PatternMatchSequence {
            patterns,
            range: self.range_from(lpar.start),
        }))
    }

    /// `maybe_sequence_pattern`: `','.maybe_star_pattern+ ','?`, possibly empty.
    fn sequence_items(&mut self, close: T) -> PResult<Vec<Pattern>> {
        let mut patterns = Vec::new();
        while !self.at(close)? {
            patterns.push(self.maybe_star_pattern()?);
            if self.eat(T::Comma)?.is_none() {
                break;
            }
        }
        Ok(patterns)
    }

    /// `mapping_pattern`: `{key: pattern, **rest}`.
    fn mapping_pattern(&mut self) -> PResult<Pattern> {
        let lbrace = self.expect(T::LBrace)?;
        let mut keys = Vec::new();
        let mut patterns = Vec::new();
        let mut rest = None;
        while !self.at(T::RBrace)? {
            if self.eat(T::DoubleStar)?.is_some() {
                let name = self.expect(T::Name)?;
                if self.text(name) == "_" {
                    return Err(Fail::NoMatch);
                }
                rest = Some(self.identifier(name));
                self.eat(T::Comma)?;
                break;
            }
            let key = if self.at(T::Name)? {
                let key = self.name_or_attr()?;
                if matches!(key, Expr::Name(_)) {
                    return Err(Fail::NoMatch);
                }
                key
            } else {
                self.literal_expr()?
            };
            self.expect(T::Colon)?;
            keys.push(key);
            patterns.push(self.pattern()?);
            if self.eat(T::Comma)?.is_none() {
                break;
            }
        }
        self.expect(T::RBrace)?;
        Ok(Pattern::MatchMapping(PatternMatchMapping {
            keys,
            patterns,
            rest,
            range: self.range_from(lbrace.start),
        }))
    }

    /// `class_pattern`: `Cls(p, q, kw=r)`.
    fn class_pattern(&mut self, cls: Expr, start: Pos) -> PResult<Pattern> {
        self.expect(T::LPar)?;
        let mut patterns = Vec::new();
        let mut kwd_attrs = Vec::new();
        let mut kwd_patterns = Vec::new();
        while !self.at(T::RPar)? {
            let token = self.peek()?;
            if token.kind == T::Name && self.peek_at(1)?.kind == T::Equal {
                self.bump()?;
                self.bump()?;
                kwd_attrs.push(self.identifier(token));
                kwd_patterns.push(self.pattern()?);
            } else {
                let pattern = self.pattern()?;
                if !kwd_attrs.is_empty() {
                    if self.check_invalid {
                        return Err(self.raise_range(
                            "positional patterns follow keyword patterns",
                            pattern.range(),
                        ));
                    }
                    return Err(Fail::NoMatch);
                }
                patterns.push(pattern);
            }
            if self.eat(T::Comma)?.is_none() {
                break;
            }
        }
        self.expect(T::RPar)?;
        Ok(Pattern::MatchClass(PatternMatchClass {
            cls: Box::new(cls),
            patterns,
            kwd_attrs,
            kwd_patterns,
            range: self.range_from(start),
        }))
    }

    /// `name_or_attr`: `a` or `a.b.c`.
    fn name_or_attr(&mut self) -> PResult<Expr> {
        let first = self.expect(T::Name)?;
        let mut expr = self.name_expr(first, ExprContext::Load);
        while self.eat(T::Dot)?.is_some() {
            let name = self.expect(T::Name)?;
            expr = attribute(
                expr,
                self.identifier(name),
                ExprContext::Load,
                self.range_from(first.start),
            );
        }
        Ok(expr)
    }

    /// `literal_expr` (values in patterns): signed numbers, complex
    /// literals `1+2j`, and strings (f-strings are rejected).
    fn literal_expr(&mut self) -> PResult<Expr> {
        let token = self.peek()?;
        match token.kind {
            T::String | T::FStringStart | T::TStringStart => self.strings(),
            // `None`, `True` and `False` are mapping-pattern keys too.
            T::None | T::True | T::False => self.atom(),
            _ => self.complex_number(token),
        }
    }

    /// `signed_number` optionally followed by `+`/`-` and an imaginary number.
    fn complex_number(&mut self, first: Token) -> PResult<Expr> {
        let real = self.signed_number()?;
        let op = match self.peek_kind()? {
            T::Plus => Operator::Add,
            T::Minus => Operator::Sub,
            _ => return Ok(real),
        };
        self.bump()?;
        let imag = self.number_atom()?;
        self.check_complex_parts(&real, &imag)?;
        Ok(Expr::BinOp(ExprBinOp {
            left: Box::new(real),
            op,
            right: Box::new(imag),
            range: self.range_from(first.start),
        }))
    }

    /// `signed_number`: `NUMBER` or `-NUMBER`.
    fn signed_number(&mut self) -> PResult<Expr> {
        if let Some(minus) = self.eat(T::Minus)? {
            let operand = self.number_atom()?;
            return Ok(Expr::UnaryOp(ExprUnaryOp {
                op: UnaryOperator::USub,
                operand: Box::new(operand),
                range: self.range_from(minus.start),
            }));
        }
        self.number_atom()
    }

    /// A NUMBER token's constant.
    fn number_atom(&mut self) -> PResult<Expr> {
        if !self.at(T::Number)? {
            return Err(Fail::NoMatch);
        }
        self.atom()
    }
}
