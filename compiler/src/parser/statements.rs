//! Statements: python.gram's `file` through `simple_stmt` and `compound_stmt`.

use super::expressions::tuple;
use super::{Fail, PResult, Parser};
use crate::ast::*;
use crate::tokenizer::{Token, TokenKind as T};

impl<'a> Parser<'a> {
    /// `file`: `[statements] ENDMARKER`.
    pub(crate) fn module(&mut self) -> PResult<Module> {
        let body = self.statements()?;
        self.expect(T::EndMarker)?;
        self.check_future_imports(&body)?;
        Ok(Module {
            body,
            type_ignores: Vec::new(),
        })
    }

    /// The `from __future__ import` statements at the top of a module (after
    /// its docstring) may only name known features; CPython checks this when
    /// parsing, with `braces` answered by "not a chance".
    fn check_future_imports(&self, body: &[Stmt]) -> PResult<()> {
        let docstring = matches!(body.first(), Some(Stmt::Expr(StmtExpr { value, .. }))
            if matches!(**value, Expr::Constant(ExprConstant { value: Constant::Str(_), .. })));
        for stmt in &body[usize::from(docstring)..] {
            let Stmt::ImportFrom(import) = stmt else {
                break;
            };
            if import.module.as_deref() != Some("__future__") || import.level != 0 {
                break;
            }
            for alias in &import.names {
                if alias.name.as_ref() == "braces" {
                    return Err(self.raise_range("not a chance", alias.range));
                }
                if !crate::symtable::future::KNOWN.contains(&alias.name.as_ref()) {
                    return Err(self.raise_range(
                        format!("future feature {} is not defined", alias.name),
                        alias.range,
                    ));
                }
            }
        }
        Ok(())
    }

    /// `statements`: as many statements as parse.
    fn statements(&mut self) -> PResult<Vec<Stmt>> {
        let mut body = Vec::new();
        loop {
            match self.peek_kind()? {
                T::EndMarker | T::Dedent => return Ok(body),
                _ => {}
            }
            match self.attempt(|p| p.statement(&mut body))? {
                Some(()) => {}
                None => return Ok(body),
            }
        }
    }

    /// `statement`: a compound statement or a line of simple statements,
    /// appended to `body`.
    fn statement(&mut self, body: &mut Vec<Stmt>) -> PResult<()> {
        if let Some(stmt) = self.compound_stmt()? {
            body.push(stmt);
            return Ok(());
        }
        self.simple_stmts(body)
    }

    /// `simple_stmts`: `;`-separated simple statements ending in NEWLINE.
    fn simple_stmts(&mut self, body: &mut Vec<Stmt>) -> PResult<()> {
        loop {
            body.push(self.simple_stmt()?);
            if self.eat(T::Semi)?.is_none() || self.at(T::Newline)? {
                break;
            }
        }
        self.expect(T::Newline)?;
        Ok(())
    }

    /// `simple_stmt`.
    fn simple_stmt(&mut self) -> PResult<Stmt> {
        let token = self.peek()?;
        let start = token.start;
        let stmt = match token.kind {
            T::Return => {
                self.bump()?;
                let value = self.attempt(|p| p.star_expressions())?;
                Stmt::Return(StmtReturn {
                    value: value.map(Box::new),
                    range: self.range_from(start),
                })
            }
            T::Import => self.import_name()?,
            T::From => self.import_from()?,
            T::Raise => {
                self.bump()?;
                let mut exc = None;
                let mut cause = None;
                if let Some(e) = self.attempt(|p| p.expression())? {
                    exc = Some(Box::new(e));
                    if self.eat(T::From)?.is_some() {
                        cause = Some(Box::new(self.expression()?));
                    }
                } else if self.check_invalid {
                    self.invalid_raise_stmt()?;
                }
                Stmt::Raise(StmtRaise {
                    exc,
                    cause,
                    range: self.range_from(start),
                })
            }
            T::Pass => {
                self.bump()?;
                Stmt::Pass(StmtPass {
                    range: self.range_from(start),
                })
            }
            T::Break => {
                self.bump()?;
                Stmt::Break(StmtBreak {
                    range: self.range_from(start),
                })
            }
            T::Continue => {
                self.bump()?;
                Stmt::Continue(StmtContinue {
                    range: self.range_from(start),
                })
            }
            T::Del => self.del_stmt()?,
            T::Assert => {
                self.bump()?;
                let test = self.expression()?;
                let msg = if self.eat(T::Comma)?.is_some() {
                    Some(Box::new(self.expression()?))
                } else {
                    None
                };
                Stmt::Assert(StmtAssert {
                    test: Box::new(test),
                    msg,
                    range: self.range_from(start),
                })
            }
            T::Global | T::Nonlocal => {
                self.bump()?;
                let mut names = vec![self.expect_name()?];
                while self.eat(T::Comma)?.is_some() {
                    names.push(self.expect_name()?);
                }
                let range = self.range_from(start);
                if token.kind == T::Global {
                    Stmt::Global(StmtGlobal { names, range })
                } else {
                    Stmt::Nonlocal(StmtNonlocal { names, range })
                }
            }
            _ => return self.assignment_or_expression(),
        };
        Ok(stmt)
    }

    /// `assignment`, `type_alias` and the expression statement, which share
    /// their first tokens; in the second pass, `invalid_assignment` when none
    /// of them parses.
    fn assignment_or_expression(&mut self) -> PResult<Stmt> {
        let saved = self.pos;
        match self.assignment_or_expression_valid() {
            Err(Fail::NoMatch) if self.check_invalid => {
                self.pos = saved;
                self.invalid_assignment()?;
                Err(Fail::NoMatch)
            }
            result => result,
        }
    }

    fn assignment_or_expression_valid(&mut self) -> PResult<Stmt> {
        let first = self.peek()?;
        let start = first.start;
        if first.kind == T::Name && self.peek_at(1)?.kind == T::Colon {
            // `NAME ':' expression ['=' annotated_rhs]`
            self.bump()?;
            self.bump()?;
            let target = self.name_expr(first, ExprContext::Store);
            return self.annotated_rest(start, target, 1);
        }
        if self.at_soft_keyword("type")?
            && self.peek_at(1)?.kind == T::Name
            && let Some(alias) = self.attempt(|p| p.type_alias())?
        {
            return Ok(alias);
        }
        let lhs = if self.at(T::Yield)? {
            self.yield_expr()?
        } else {
            self.star_expressions()?
        };
        let token = self.peek()?;
        match token.kind {
            T::Colon => {
                self.bump()?;
                let simple = 0;
                let target = match lhs {
                    Expr::Attribute(_) | Expr::Subscript(_) => self.store_target(lhs)?,
                    Expr::Name(_) if lhs.range().start != start => self.store_target(lhs)?,
                    _ => return Err(Fail::NoMatch),
                };
                self.annotated_rest(start, target, simple)
            }
            T::Equal => self.assign_rest(start, lhs),
            kind => match augmented_operator(kind) {
                Some(op) => {
                    if !matches!(lhs, Expr::Name(_) | Expr::Attribute(_) | Expr::Subscript(_)) {
                        return Err(Fail::NoMatch);
                    }
                    let target = self.store_target(lhs)?;
                    self.bump()?;
                    let value = if self.at(T::Yield)? {
                        self.yield_expr()?
                    } else {
                        self.star_expressions()?
                    };
                    Ok(Stmt::AugAssign(StmtAugAssign {
                        target: Box::new(target),
                        op,
                        value: Box::new(value),
                        range: self.range_from(start),
                    }))
                }
                None => Ok(Stmt::Expr(StmtExpr {
                    value: Box::new(lhs),
                    range: self.range_from(start),
                })),
            },
        }
    }

    /// After `target :`: the annotation and optional value.
    fn annotated_rest(&mut self, start: Pos, target: Expr, simple: i64) -> PResult<Stmt> {
        let annotation = self.expression()?;
        let value = if self.eat(T::Equal)?.is_some() {
            Some(Box::new(self.annotated_rhs()?))
        } else {
            None
        };
        Ok(Stmt::AnnAssign(StmtAnnAssign {
            target: Box::new(target),
            annotation: Box::new(annotation),
            value,
            simple,
            range: self.range_from(start),
        }))
    }

    /// `annotated_rhs`: `yield_expr | star_expressions`.
    pub(crate) fn annotated_rhs(&mut self) -> PResult<Expr> {
        if self.at(T::Yield)? {
            self.yield_expr()
        } else {
            self.star_expressions()
        }
    }

    /// After the first target of `a = b = value`.
    fn assign_rest(&mut self, start: Pos, first: Expr) -> PResult<Stmt> {
        let mut targets = vec![first];
        while self.eat(T::Equal)?.is_some() {
            targets.push(self.annotated_rhs()?);
        }
        let value = targets
            .pop()
            .expect("at least the first target and a value");
        let mut stores = Vec::with_capacity(targets.len());
        for target in targets {
            stores.push(self.store_target(target)?);
        }
        Ok(Stmt::Assign(StmtAssign {
            targets: stores,
            value: Box::new(value),
            type_comment: None,
            range: self.range_from(start),
        }))
    }

    /// `type_alias`: `"type" NAME [type_params] '=' expression`.
    fn type_alias(&mut self) -> PResult<Stmt> {
        let start = self.bump()?.start;
        let name = self.expect(T::Name)?;
        let type_params = self.attempt(|p| p.type_params())?.unwrap_or_default();
        self.expect(T::Equal)?;
        let value = self.expression()?;
        Ok(Stmt::TypeAlias(StmtTypeAlias {
            name: Box::new(self.name_expr(name, ExprContext::Store)),
            type_params,
            value: Box::new(value),
            range: self.range_from(start),
        }))
    }

    /// `del_stmt`: `'del' del_targets &(';' | NEWLINE)`.
    fn del_stmt(&mut self) -> PResult<Stmt> {
        let start = self.bump()?.start;
        let targets = self.attempt(|p| {
            let targets = p.del_targets()?;
            if !matches!(p.peek_kind()?, T::Semi | T::Newline) {
                return Err(Fail::NoMatch);
            }
            Ok(targets)
        })?;
        match targets {
            Some(targets) => Ok(Stmt::Delete(StmtDelete {
                targets,
                range: self.range_from(start),
            })),
            None => {
                if self.check_invalid {
                    self.invalid_del_stmt()?;
                }
                Err(Fail::NoMatch)
            }
        }
    }

    /// `import_name`: `import a.b as c, d`.
    fn import_name(&mut self) -> PResult<Stmt> {
        if self.check_invalid {
            self.invalid_import()?;
        }
        let start = self.bump()?.start;
        let mut names = vec![self.dotted_as_name()?];
        while self.eat(T::Comma)?.is_some() {
            names.push(self.dotted_as_name()?);
        }
        Ok(Stmt::Import(StmtImport {
            names,
            range: self.range_from(start),
        }))
    }

    fn dotted_as_name(&mut self) -> PResult<Alias> {
        let start = self.start()?;
        let name = self.dotted_name()?;
        let asname = self.import_asname()?;
        Ok(Alias {
            name,
            asname,
            range: self.range_from(start),
        })
    }

    /// `dotted_name`: `a.b.c` as one identifier.
    pub(crate) fn dotted_name(&mut self) -> PResult<Identifier> {
        let first = self.expect(T::Name)?;
        if !self.at(T::Dot)? {
            return Ok(self.identifier(first));
        }
        let mut name = self.identifier(first).into_string();
        while self.at(T::Dot)? && self.peek_at(1)?.kind == T::Name {
            self.bump()?;
            name.push('.');
            name.push_str(&{
                let token = self.bump()?;
                self.identifier(token)
            });
        }
        Ok(name.into())
    }

    /// `import_from`: `from ..a import b as c`, `from . import (x, y)`, `from a import *`.
    fn import_from(&mut self) -> PResult<Stmt> {
        let start = self.bump()?.start;
        let mut level = 0;
        loop {
            match self.peek_kind()? {
                T::Dot => level += 1,
                T::Ellipsis => level += 3,
                _ => break,
            }
            self.bump()?;
        }
        let module = if level == 0 || self.at(T::Name)? {
            Some(self.dotted_name()?)
        } else {
            None
        };
        self.expect(T::Import)?;
        if self.check_invalid && self.at(T::Newline)? {
            let newline = self.peek()?;
            return Err(self.raise(
                "Expected one or more names after 'import'",
                newline.start,
                newline.end,
            ));
        }
        let names = if let Some(star) = self.eat(T::Star)? {
            vec![Alias {
                name: "*".into(),
                asname: None,
                range: Range::new(star.start, star.end),
            }]
        } else if self.eat(T::LPar)?.is_some() {
            let names = self.import_as_names()?;
            self.eat(T::Comma)?;
            self.expect(T::RPar)?;
            names
        } else {
            let names = self.import_as_names()?;
            if self.at(T::Comma)? {
                if self.check_invalid && self.peek_at(1)?.kind == T::Newline {
                    return Err(self.raise_at_furthest(
                        "trailing comma not allowed without surrounding parentheses",
                    ));
                }
                return Err(Fail::NoMatch);
            }
            names
        };
        if level == 0
            && module.as_deref() == Some("__future__")
            && names.iter().any(|a| &*a.name == "barry_as_FLUFL")
        {
            self.barry_as_flufl = true;
        }
        Ok(Stmt::ImportFrom(StmtImportFrom {
            module,
            names,
            level,
            range: self.range_from(start),
        }))
    }

    fn import_as_names(&mut self) -> PResult<Vec<Alias>> {
        let mut names = vec![self.import_as_name()?];
        while self.at(T::Comma)? && self.peek_at(1)?.kind == T::Name {
            self.bump()?;
            names.push(self.import_as_name()?);
        }
        Ok(names)
    }

    fn import_as_name(&mut self) -> PResult<Alias> {
        let name = self.expect(T::Name)?;
        let asname = self.import_asname()?;
        Ok(Alias {
            name: self.identifier(name),
            asname,
            range: self.range_from(name.start),
        })
    }

    /// `['as' NAME]` in an import; in the second pass, CPython's "cannot use
    /// X as import target" for anything else after `as`.
    fn import_asname(&mut self) -> PResult<Option<Identifier>> {
        if self.eat(T::As)?.is_none() {
            return Ok(None);
        }
        if self.check_invalid {
            self.invalid_import_target()?;
        }
        Ok(Some(self.expect_name()?))
    }

    // ---- compound statements --------------------------------------------

    /// `compound_stmt`, or None when the next statement is not compound.
    fn compound_stmt(&mut self) -> PResult<Option<Stmt>> {
        let token = self.peek()?;
        let stmt = match token.kind {
            T::Def | T::At | T::Class => self.decorated()?,
            T::Async => match self.peek_at(1)?.kind {
                T::Def => self.function_def(Vec::new(), token.start)?,
                T::For => self.for_stmt()?,
                T::With => self.with_stmt()?,
                _ => return Err(Fail::NoMatch),
            },
            T::If => self.if_stmt()?,
            T::While => self.while_stmt()?,
            T::For => self.for_stmt()?,
            T::With => self.with_stmt()?,
            T::Try => self.try_stmt()?,
            T::Name if self.text(token) == "match" => match self.attempt(|p| p.match_stmt())? {
                Some(stmt) => stmt,
                None => return Ok(None),
            },
            _ => return Ok(None),
        };
        Ok(Some(stmt))
    }

    /// Decorators, then a function or class definition.
    fn decorated(&mut self) -> PResult<Stmt> {
        let mut decorators = Vec::new();
        while self.eat(T::At)?.is_some() {
            decorators.push(self.named_expression()?);
            self.expect(T::Newline)?;
        }
        let token = self.peek()?;
        match token.kind {
            T::Def => self.function_def(decorators, token.start),
            T::Async if self.peek_at(1)?.kind == T::Def => {
                self.function_def(decorators, token.start)
            }
            T::Class => self.class_def(decorators),
            _ => Err(Fail::NoMatch),
        }
    }

    /// `function_def_raw`: `[async] def NAME [type_params] (params) [-> expr]: block`.
    fn function_def(&mut self, decorator_list: Vec<Expr>, start: Pos) -> PResult<Stmt> {
        let is_async = self.eat(T::Async)?.is_some();
        let def = self.expect(T::Def)?;
        let name = self.expect(T::Name)?;
        let type_params = self.attempt(|p| p.type_params())?.unwrap_or_default();
        // The second pass's `invalid_def_raw` forces `(` and `:`.
        if self.check_invalid {
            self.expect_forced(T::LPar, "(")?;
        }
        self.expect(T::LPar)?;
        let args = self.parameters(T::RPar)?;
        self.expect(T::RPar)?;
        let returns = if self.at(T::RArrow)? {
            match self.attempt(|p| {
                p.bump()?;
                p.expression()
            })? {
                Some(returns) => Some(Box::new(returns)),
                None if self.check_invalid => {
                    self.expect_forced(T::Colon, ":")?;
                    return Err(Fail::NoMatch);
                }
                None => return Err(Fail::NoMatch),
            }
        } else {
            None
        };
        if self.check_invalid {
            self.expect_forced(T::Colon, ":")?;
        }
        let body = self.block_after_colon(def, "function definition")?;
        let def = StmtFunctionDef {
            name: self.identifier(name),
            args: Box::new(args),
            body,
            decorator_list,
            returns,
            type_comment: None,
            type_params,
            range: self.range_from(start),
        };
        Ok(if is_async {
            Stmt::AsyncFunctionDef(def.into_async())
        } else {
            Stmt::FunctionDef(def)
        })
    }

    /// `class_def_raw`: `class NAME [type_params] [(arguments)]: block`.
    fn class_def(&mut self, decorator_list: Vec<Expr>) -> PResult<Stmt> {
        let class = self.expect(T::Class)?;
        let name = self.expect(T::Name)?;
        let type_params = self.attempt(|p| p.type_params())?.unwrap_or_default();
        let (bases, keywords) = if self.eat(T::LPar)?.is_some() {
            let args = if self.at(T::RPar)? {
                (Vec::new(), Vec::new())
            } else {
                self.arguments(None)?
            };
            self.expect(T::RPar)?;
            args
        } else {
            (Vec::new(), Vec::new())
        };
        let body = self.block_after_colon(class, "class definition")?;
        Ok(Stmt::ClassDef(StmtClassDef {
            name: self.identifier(name),
            bases,
            keywords,
            body,
            decorator_list,
            type_params,
            range: self.range_from(class.start),
        }))
    }

    /// `':' block`, with CPython's "expected ':'" and "expected an indented
    /// block after X on line N" checks in the second pass.
    pub(crate) fn block_after_colon(&mut self, keyword: Token, what: &str) -> PResult<Vec<Stmt>> {
        if self.eat(T::Colon)?.is_none() {
            if self.check_invalid {
                self.invalid_expected_colon()?;
            }
            return Err(Fail::NoMatch);
        }
        if self.check_invalid {
            self.invalid_indented_block(keyword, what)?;
        }
        self.block()
    }

    /// `block`: an indented suite or simple statements on the same line.
    pub(crate) fn block(&mut self) -> PResult<Vec<Stmt>> {
        if self.eat(T::Newline)?.is_some() {
            self.expect(T::Indent)?;
            let body = self.statements()?;
            if body.is_empty() {
                return Err(Fail::NoMatch);
            }
            self.expect(T::Dedent)?;
            return Ok(body);
        }
        let mut body = Vec::new();
        self.simple_stmts(&mut body)?;
        Ok(body)
    }

    /// `if_stmt` / `elif_stmt`.
    fn if_stmt(&mut self) -> PResult<Stmt> {
        let keyword = self.bump()?;
        let test = self.named_expression()?;
        let what = if keyword.kind == T::If {
            "'if' statement"
        } else {
            "'elif' statement"
        };
        let body = self.block_after_colon(keyword, what)?;
        let orelse = if self.at(T::Elif)? {
            vec![self.if_stmt()?]
        } else {
            self.else_block()?
        };
        Ok(Stmt::If(StmtIf {
            test: Box::new(test),
            body,
            orelse,
            range: self.range_from(keyword.start),
        }))
    }

    /// `[else_block]`.
    fn else_block(&mut self) -> PResult<Vec<Stmt>> {
        let Some(keyword) = self.eat(T::Else)? else {
            return Ok(Vec::new());
        };
        self.expect_forced(T::Colon, ":")?;
        let body = self.block_after_colon(keyword, "'else' statement")?;
        if self.check_invalid && self.at(T::Elif)? {
            return Err(self.raise_at_furthest("'elif' block follows an 'else' block"));
        }
        Ok(body)
    }

    /// `while_stmt`.
    fn while_stmt(&mut self) -> PResult<Stmt> {
        let keyword = self.bump()?;
        let test = self.named_expression()?;
        let body = self.block_after_colon(keyword, "'while' statement")?;
        let orelse = self.else_block()?;
        Ok(Stmt::While(StmtWhile {
            test: Box::new(test),
            body,
            orelse,
            range: self.range_from(keyword.start),
        }))
    }

    /// `for_stmt`, sync or async.
    fn for_stmt(&mut self) -> PResult<Stmt> {
        let start = self.start()?;
        let is_async = self.eat(T::Async)?.is_some();
        let keyword = self.expect(T::For)?;
        let target = self.for_target(false)?;
        let iter = self.star_expressions()?;
        let body = self.block_after_colon(keyword, "'for' statement")?;
        let orelse = self.else_block()?;
        let (target, iter) = (Box::new(target), Box::new(iter));
        let range = self.range_from(start);
        Ok(if is_async {
            Stmt::AsyncFor(StmtAsyncFor {
                target,
                iter,
                body,
                orelse,
                type_comment: None,
                range,
            })
        } else {
            Stmt::For(StmtFor {
                target,
                iter,
                body,
                orelse,
                type_comment: None,
                range,
            })
        })
    }

    /// `with_stmt`, sync or async, with or without parenthesized items.
    fn with_stmt(&mut self) -> PResult<Stmt> {
        let start = self.start()?;
        let is_async = self.eat(T::Async)?.is_some();
        let keyword = self.expect(T::With)?;
        let items = match self.attempt(|p| p.parenthesized_with_items())? {
            Some(items) => items,
            None => match self.attempt(|p| p.with_items())? {
                Some(items) => items,
                None => {
                    if self.check_invalid {
                        self.invalid_with_stmt()?;
                    }
                    return Err(Fail::NoMatch);
                }
            },
        };
        let body = self.block_after_colon(keyword, "'with' statement")?;
        let range = self.range_from(start);
        Ok(if is_async {
            Stmt::AsyncWith(StmtAsyncWith {
                items,
                body,
                type_comment: None,
                range,
            })
        } else {
            Stmt::With(StmtWith {
                items,
                body,
                type_comment: None,
                range,
            })
        })
    }

    /// `','.with_item+`.
    fn with_items(&mut self) -> PResult<Vec<WithItem>> {
        let mut items = vec![self.with_item()?];
        while self.eat(T::Comma)?.is_some() {
            items.push(self.with_item()?);
        }
        Ok(items)
    }

    /// `'(' ','.with_item+ ','? ')' &':'`.
    fn parenthesized_with_items(&mut self) -> PResult<Vec<WithItem>> {
        self.expect(T::LPar)?;
        let mut items = vec![self.with_item()?];
        while self.eat(T::Comma)?.is_some() {
            if self.at(T::RPar)? {
                break;
            }
            items.push(self.with_item()?);
        }
        self.expect(T::RPar)?;
        if !self.at(T::Colon)? {
            return Err(Fail::NoMatch);
        }
        Ok(items)
    }

    /// `with_item`: `expression ['as' star_target]`.
    fn with_item(&mut self) -> PResult<WithItem> {
        let context_expr = self.expression()?;
        if self.eat(T::As)?.is_none() {
            return Ok(WithItem {
                context_expr,
                optional_vars: None,
            });
        }
        let target = self.attempt(|p| {
            let target = p.star_target()?;
            if !matches!(p.peek_kind()?, T::Comma | T::RPar | T::Colon) {
                return Err(Fail::NoMatch);
            }
            Ok(target)
        })?;
        match target {
            Some(target) => Ok(WithItem {
                context_expr,
                optional_vars: Some(Box::new(target)),
            }),
            None => {
                if self.check_invalid {
                    self.invalid_with_item_target()?;
                }
                Err(Fail::NoMatch)
            }
        }
    }

    /// `try_stmt`.
    fn try_stmt(&mut self) -> PResult<Stmt> {
        let keyword = self.bump()?;
        self.expect_forced(T::Colon, ":")?;
        let body = self.block_after_colon(keyword, "'try' statement")?;
        let mut handlers = Vec::new();
        let mut star = None;
        while self.at(T::Except)? {
            let (handler, is_star) = self.except_block(star)?;
            star = Some(is_star);
            handlers.push(handler);
        }
        let orelse = if handlers.is_empty() {
            Vec::new()
        } else {
            self.else_block()?
        };
        let finalbody = match self.eat(T::Finally)? {
            Some(finally) => {
                self.expect_forced(T::Colon, ":")?;
                self.block_after_colon(finally, "'finally' statement")?
            }
            None => Vec::new(),
        };
        if handlers.is_empty() && finalbody.is_empty() {
            if self.check_invalid {
                self.invalid_try_stmt()?;
            }
            return Err(Fail::NoMatch);
        }
        let range = self.range_from(keyword.start);
        Ok(if star == Some(true) {
            Stmt::TryStar(StmtTryStar {
                body,
                handlers,
                orelse,
                finalbody,
                range,
            })
        } else {
            Stmt::Try(StmtTry {
                body,
                handlers,
                orelse,
                finalbody,
                range,
            })
        })
    }

    /// `except_block` / `except_star_block`; `star` says whether earlier
    /// handlers of this try were `except*` (mixing is an error).
    fn except_block(&mut self, star: Option<bool>) -> PResult<(ExceptHandler, bool)> {
        let keyword = self.expect(T::Except)?;
        let is_star = self.eat(T::Star)?.is_some();
        if let Some(previous) = star
            && previous != is_star
        {
            if self.check_invalid {
                return Err(self.raise(
                    "cannot have both 'except' and 'except*' on the same 'try'",
                    keyword.start,
                    keyword.end,
                ));
            }
            return Err(Fail::NoMatch);
        }
        let mut r#type = None;
        let mut name = None;
        if !self.at(T::Colon)? || is_star {
            if self.check_invalid {
                self.invalid_except_expression(is_star)?;
            }
            let first_start = self.start()?;
            let first = self.expression()?;
            if self.eat(T::As)?.is_some() {
                if self.check_invalid {
                    self.invalid_except_target(is_star)?;
                }
                name = Some(self.expect_name()?);
                r#type = Some(Box::new(first));
            } else if self.at(T::Comma)? {
                let mut elts = vec![first];
                while self.eat(T::Comma)?.is_some() {
                    match self.attempt(|p| p.expression())? {
                        Some(e) => elts.push(e),
                        None => break,
                    }
                }
                if self.check_invalid && self.at(T::As)? {
                    self.invalid_except_as_after_tuple()?;
                }
                r#type = Some(Box::new(tuple(
                    elts,
                    ExprContext::Load,
                    self.range_from(first_start),
                )));
            } else {
                r#type = Some(Box::new(first));
            }
        }
        let what = if is_star {
            "'except*' statement"
        } else {
            "'except' statement"
        };
        let body = self.block_after_colon(keyword, what)?;
        Ok((
            ExceptHandler {
                r#type,
                name,
                body,
                range: self.range_from(keyword.start),
            },
            is_star,
        ))
    }
}

/// The operator of an augmented assignment token.
fn augmented_operator(kind: T) -> Option<Operator> {
    Some(match kind {
        T::PlusEqual => Operator::Add,
        T::MinEqual => Operator::Sub,
        T::StarEqual => Operator::Mult,
        T::AtEqual => Operator::MatMult,
        T::SlashEqual => Operator::Div,
        T::PercentEqual => Operator::Mod,
        T::AmperEqual => Operator::BitAnd,
        T::VBarEqual => Operator::BitOr,
        T::CircumflexEqual => Operator::BitXor,
        T::LeftShiftEqual => Operator::LShift,
        T::RightShiftEqual => Operator::RShift,
        T::DoubleStarEqual => Operator::Pow,
        T::DoubleSlashEqual => Operator::FloorDiv,
        _ => return None,
    })
}
