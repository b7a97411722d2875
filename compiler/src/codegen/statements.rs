//! Statements: simple ones, assignments, loops, `if`, `try`, `with`,
//! `raise`, `assert` and imports. Definitions live in [`super::functions`],
//! `match` in [`super::patterns`].

use super::flow::{Datum, FBlockKind};
use super::{Compiler, Result, error};
use crate::ast::*;
use crate::bytecode::{BinaryOp, Constant, INPLACE_OFFSET, Intrinsic1, Opcode};

impl<'a> Compiler<'a> {
    pub(super) fn statements(&mut self, body: &'a [Stmt]) -> Result {
        body.iter().try_for_each(|stmt| self.statement(stmt))
    }

    pub(super) fn statement(&mut self, stmt: &'a Stmt) -> Result {
        let saved = self.set_loc(stmt.range());
        match stmt {
            Stmt::FunctionDef(s) => self.function_def(
                stmt,
                &s.name,
                &s.args,
                &s.body,
                &s.decorator_list,
                s.returns.as_deref(),
                &s.type_params,
            )?,
            Stmt::AsyncFunctionDef(s) => self.function_def(
                stmt,
                &s.name,
                &s.args,
                &s.body,
                &s.decorator_list,
                s.returns.as_deref(),
                &s.type_params,
            )?,
            Stmt::ClassDef(s) => self.class_def(stmt, s)?,
            Stmt::TypeAlias(s) => self.type_alias(stmt, s)?,
            Stmt::Return(s) => self.return_stmt(s)?,
            Stmt::Delete(s) => s.targets.iter().try_for_each(|t| self.delete_target(t))?,
            Stmt::Assign(s) => {
                self.expr(&s.value)?;
                for (i, target) in s.targets.iter().enumerate() {
                    if i + 1 < s.targets.len() {
                        self.emit(Opcode::COPY, 1);
                    }
                    self.store_target(target)?;
                }
            }
            Stmt::AugAssign(s) => self.aug_assign(s)?,
            Stmt::AnnAssign(s) => self.ann_assign(s)?,
            Stmt::For(s) => self.for_loop(stmt, &s.target, &s.iter, &s.body, &s.orelse)?,
            Stmt::AsyncFor(s) => {
                self.async_for_loop(stmt, &s.target, &s.iter, &s.body, &s.orelse)?
            }
            Stmt::While(s) => self.while_loop(stmt, s)?,
            Stmt::If(s) => {
                let end = self.new_block();
                let orelse = if s.orelse.is_empty() {
                    end
                } else {
                    self.new_block()
                };
                self.jump_if(&s.test, orelse, false)?;
                self.conditional(|c| c.statements(&s.body))?;
                if !s.orelse.is_empty() {
                    self.jump_no_loc(end);
                    self.use_block(orelse);
                    self.conditional(|c| c.statements(&s.orelse))?;
                }
                self.use_block(end);
            }
            Stmt::With(s) => self.with(&s.items, &s.body, false)?,
            Stmt::AsyncWith(s) => {
                self.check_async(stmt.range(), "'async with' outside async function")?;
                self.with(&s.items, &s.body, true)?
            }
            Stmt::Match(s) => self.match_stmt(s)?,
            Stmt::Raise(s) => {
                let mut count = 0;
                if let Some(exc) = &s.exc {
                    self.expr(exc)?;
                    count = 1;
                    if let Some(cause) = &s.cause {
                        self.expr(cause)?;
                        count = 2;
                    }
                }
                self.emit(Opcode::RAISE_VARARGS, count);
                self.dead_block();
            }
            Stmt::Try(s) if s.handlers.is_empty() || !s.finalbody.is_empty() => {
                self.conditional(|c| {
                    c.try_finally(stmt, &s.body, &s.handlers, &s.orelse, &s.finalbody, false)
                })?
            }
            Stmt::Try(s) => {
                self.conditional(|c| c.try_except(stmt, &s.body, &s.handlers, &s.orelse))?
            }
            Stmt::TryStar(s) if s.finalbody.is_empty() => {
                self.conditional(|c| c.try_star_except(stmt, &s.body, &s.handlers, &s.orelse))?
            }
            Stmt::TryStar(s) => self.conditional(|c| {
                c.try_finally(stmt, &s.body, &s.handlers, &s.orelse, &s.finalbody, true)
            })?,
            Stmt::Assert(s) => {
                let end = self.new_block();
                self.jump_if(&s.test, end, true)?;
                self.emit(Opcode::LOAD_COMMON_CONSTANT, 0);
                if let Some(msg) = &s.msg {
                    self.emit(Opcode::PUSH_NULL, 0);
                    self.expr(msg)?;
                    self.emit(Opcode::CALL, 1);
                }
                self.emit(Opcode::RAISE_VARARGS, 1);
                self.use_block(end);
            }
            Stmt::Import(s) => {
                for alias in &s.names {
                    self.load_const(Constant::Int(0));
                    self.load_const(Constant::None);
                    self.emit_name(Opcode::IMPORT_NAME, &alias.name);
                    match &alias.asname {
                        Some(asname) => {
                            let mut parts = alias.name.split('.').skip(1).peekable();
                            while let Some(part) = parts.next() {
                                self.emit_name(Opcode::IMPORT_FROM, part);
                                if parts.peek().is_some() {
                                    self.emit(Opcode::SWAP, 2);
                                    self.emit(Opcode::POP_TOP, 0);
                                }
                            }
                            if alias.name.contains('.') {
                                self.emit(Opcode::SWAP, 2);
                                self.emit(Opcode::POP_TOP, 0);
                            }
                            self.store_name(asname);
                        }
                        None => {
                            let top = alias.name.split('.').next().unwrap_or(&alias.name);
                            self.store_name(top);
                        }
                    }
                }
            }
            Stmt::ImportFrom(s) => self.import_from(s)?,
            Stmt::Global(_) | Stmt::Nonlocal(_) => {}
            Stmt::Pass(_) => self.emit(Opcode::NOP, 0),
            Stmt::Expr(s) if self.interactive && self.outer.is_empty() => {
                self.expr(&s.value)?;
                self.emit(Opcode::CALL_INTRINSIC_1, Intrinsic1::Print as u32);
                self.emit(Opcode::POP_TOP, 0);
            }
            Stmt::Expr(s) => {
                if let Expr::Constant(_) = &*s.value {
                    self.emit(Opcode::NOP, 0);
                } else {
                    self.expr(&s.value)?;
                    self.emit(Opcode::POP_TOP, 0);
                }
            }
            Stmt::Break(s) => self.loop_control(s.range, true)?,
            Stmt::Continue(s) => self.loop_control(s.range, false)?,
        }
        self.restore_loc(saved);
        Ok(())
    }

    /// Runs `f` counting its code as conditionally executed (for the
    /// conditional annotations of class bodies).
    pub(super) fn conditional(&mut self, f: impl FnOnce(&mut Self) -> Result) -> Result {
        self.u().in_conditional += 1;
        let result = f(self);
        // An error may leave a nested unit current; compiling stops anyway.
        if result.is_ok() {
            self.u().in_conditional -= 1;
        }
        result
    }

    /// Starts a new block for the unreachable code after a terminator.
    pub(super) fn dead_block(&mut self) {
        let block = self.new_block();
        self.use_block(block);
    }

    /// An unconditional jump that has no location of its own.
    pub(super) fn jump_no_loc(&mut self, target: super::cfg::BlockId) {
        let saved = std::mem::take(&mut self.u().loc);
        self.jump(Opcode::JUMP, target);
        self.restore_loc(saved);
    }

    pub(super) fn check_async(&self, range: Range, msg: &str) -> Result {
        let scope = self.ur().scope;
        if scope.coroutine || scope.kind == crate::symtable::ScopeKind::Module {
            return Ok(());
        }
        Err(error(msg, range))
    }

    fn return_stmt(&mut self, s: &'a StmtReturn) -> Result {
        let scope = self.ur().scope;
        if !scope.kind.is_function_like() {
            return Err(error("'return' outside function", s.range));
        }
        if s.value.is_some() && scope.coroutine && scope.generator {
            return Err(error("'return' with value in async generator", s.range));
        }
        match &s.value {
            Some(value) => {
                self.expr(value)?;
                self.unwind_all(true, s.range)?;
            }
            None => {
                self.unwind_all(false, s.range)?;
                self.load_const(Constant::None);
            }
        }
        self.emit(Opcode::RETURN_VALUE, 0);
        self.dead_block();
        Ok(())
    }

    fn aug_assign(&mut self, s: &'a StmtAugAssign) -> Result {
        let op = binary_op(s.op) as u32 + INPLACE_OFFSET;
        match &*s.target {
            Expr::Name(name) => {
                self.load_name(&name.id);
                self.expr(&s.value)?;
                self.set_loc(s.range);
                self.emit(Opcode::BINARY_OP, op);
                self.store_name(&name.id);
            }
            Expr::Attribute(attr) => {
                self.expr(&attr.value)?;
                self.emit(Opcode::COPY, 1);
                self.set_attr_loc(attr);
                self.emit_name(Opcode::LOAD_ATTR, &attr.attr);
                self.expr(&s.value)?;
                self.set_loc(s.range);
                self.emit(Opcode::BINARY_OP, op);
                self.emit(Opcode::SWAP, 2);
                self.set_attr_loc(attr);
                self.emit_name(Opcode::STORE_ATTR, &attr.attr);
            }
            Expr::Subscript(sub) => {
                self.expr(&sub.value)?;
                self.expr(&sub.slice)?;
                self.emit(Opcode::COPY, 2);
                self.emit(Opcode::COPY, 2);
                self.set_loc(sub.range);
                self.emit(Opcode::BINARY_SUBSCR, 0);
                self.expr(&s.value)?;
                self.set_loc(s.range);
                self.emit(Opcode::BINARY_OP, op);
                self.emit(Opcode::SWAP, 3);
                self.emit(Opcode::SWAP, 2);
                self.set_loc(sub.range);
                self.emit(Opcode::STORE_SUBSCR, 0);
            }
            // The parser rejects every other target.
            other => {
                return Err(error(
                    "illegal expression for augmented assignment",
                    other.range(),
                ));
            }
        }
        Ok(())
    }

    fn ann_assign(&mut self, s: &'a StmtAnnAssign) -> Result {
        if let Some(value) = &s.value {
            self.expr(value)?;
            self.store_target(&s.target)?;
        }
        match &*s.target {
            Expr::Name(name) if s.simple != 0 => self.record_annotation(&name.id, &s.annotation)?,
            Expr::Attribute(attr) if s.value.is_none() => {
                self.expr(&attr.value)?;
                self.emit(Opcode::POP_TOP, 0);
            }
            Expr::Subscript(sub) if s.value.is_none() => {
                self.expr(&sub.value)?;
                self.emit(Opcode::POP_TOP, 0);
                self.expr(&sub.slice)?;
                self.emit(Opcode::POP_TOP, 0);
            }
            _ => {}
        }
        Ok(())
    }

    fn while_loop(&mut self, stmt: &'a Stmt, s: &'a StmtWhile) -> Result {
        let start = self.new_block();
        let body = self.new_block();
        let anchor = self.new_block();
        let exit = self.new_block();
        self.use_block(start);
        self.push_fblock(FBlockKind::WhileLoop, Some(start), Some(exit), stmt.range())?;
        self.jump_if(&s.test, anchor, false)?;
        self.use_block(body);
        self.conditional(|c| c.statements(&s.body))?;
        // The back edge goes on the test's line (not the `while`'s).
        self.set_loc(s.test.range());
        self.jump(Opcode::JUMP, start);
        self.pop_fblock();
        self.use_block(anchor);
        self.conditional(|c| c.statements(&s.orelse))?;
        self.use_block(exit);
        Ok(())
    }

    fn for_loop(
        &mut self,
        stmt: &'a Stmt,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> Result {
        let start = self.new_block();
        let cleanup = self.new_block();
        let end = self.new_block();
        self.push_fblock(FBlockKind::ForLoop, Some(start), Some(end), stmt.range())?;
        self.iterable(iter)?;
        self.set_loc(iter.range());
        self.emit(Opcode::GET_ITER, 0);
        self.use_block(start);
        self.jump(Opcode::FOR_ITER, cleanup);
        self.store_target(target)?;
        self.conditional(|c| c.statements(body))?;
        self.set_loc(stmt.range());
        self.jump(Opcode::JUMP, start);
        self.use_block(cleanup);
        self.pop_fblock();
        self.conditional(|c| c.statements(orelse))?;
        self.use_block(end);
        Ok(())
    }

    fn async_for_loop(
        &mut self,
        stmt: &'a Stmt,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> Result {
        self.check_async(stmt.range(), "'async for' outside async function")?;
        let start = self.new_block();
        let except = self.new_block();
        let end = self.new_block();
        self.expr(iter)?;
        self.emit(Opcode::GET_AITER, 0);
        self.use_block(start);
        self.push_fblock(
            FBlockKind::AsyncForLoop,
            Some(start),
            Some(end),
            stmt.range(),
        )?;
        self.jump(Opcode::SETUP_FINALLY, except);
        self.emit(Opcode::GET_ANEXT, 0);
        self.load_const(Constant::None);
        self.yield_from(true);
        self.emit(Opcode::POP_BLOCK, 0);
        self.store_target(target)?;
        self.conditional(|c| c.statements(body))?;
        self.set_loc(stmt.range());
        self.jump(Opcode::JUMP, start);
        self.pop_fblock();
        self.use_block(except);
        self.emit(Opcode::END_ASYNC_FOR, 0);
        self.conditional(|c| c.statements(orelse))?;
        self.use_block(end);
        Ok(())
    }

    fn with(&mut self, items: &'a [WithItem], body: &'a [Stmt], is_async: bool) -> Result {
        let Some((item, rest)) = items.split_first() else {
            return self.statements(body);
        };
        let block = self.new_block();
        let final_ = self.new_block();
        let exit = self.new_block();
        self.expr(&item.context_expr)?;
        self.set_loc(item.context_expr.range());
        self.emit(Opcode::BEFORE_WITH, is_async as u32);
        if is_async {
            self.emit(Opcode::GET_AWAITABLE, 1);
            self.load_const(Constant::None);
            self.yield_from(true);
        }
        self.jump(Opcode::SETUP_WITH, final_);
        self.use_block(block);
        let kind = if is_async {
            FBlockKind::AsyncWith
        } else {
            FBlockKind::With
        };
        self.push_fblock(kind, Some(block), Some(final_), item.context_expr.range())?;
        match &item.optional_vars {
            Some(target) => self.store_target(target)?,
            None => self.emit(Opcode::POP_TOP, 0),
        }
        if rest.is_empty() {
            self.statements(body)?;
        } else {
            self.with(rest, body, is_async)?;
        }
        self.pop_fblock();
        self.set_loc(item.context_expr.range());
        self.emit(Opcode::POP_BLOCK, 0);
        self.call_exit_none(is_async);
        self.emit(Opcode::POP_TOP, 0);
        self.jump(Opcode::JUMP, exit);
        self.use_block(final_);
        self.with_except_finish(is_async);
        self.use_block(exit);
        Ok(())
    }

    /// The handler of a `with`: calls `__exit__` with the exception and
    /// reraises unless it returns true. Stack: `exit lasti exc`.
    fn with_except_finish(&mut self, is_async: bool) {
        let cleanup = self.new_block();
        let suppress = self.new_block();
        let exit = self.new_block();
        self.jump(Opcode::SETUP_CLEANUP, cleanup);
        self.emit(Opcode::PUSH_EXC_INFO, 0);
        self.emit(Opcode::WITH_EXCEPT_START, 0);
        if is_async {
            self.emit(Opcode::GET_AWAITABLE, 2);
            self.load_const(Constant::None);
            self.yield_from(true);
        }
        self.emit(Opcode::TO_BOOL, 0);
        self.jump(Opcode::POP_JUMP_IF_TRUE, suppress);
        self.emit(Opcode::RERAISE, 2);
        self.use_block(suppress);
        self.emit(Opcode::POP_TOP, 0);
        self.emit(Opcode::POP_BLOCK, 0);
        self.emit(Opcode::POP_EXCEPT, 0);
        self.emit(Opcode::POP_TOP, 0);
        self.emit(Opcode::POP_TOP, 0);
        self.jump(Opcode::JUMP, exit);
        self.use_block(cleanup);
        self.cleanup_handler();
        self.use_block(exit);
    }

    /// The handler that restores the previously handled exception and
    /// reraises: `prev lasti exc`.
    pub(super) fn cleanup_handler(&mut self) {
        self.emit(Opcode::COPY, 3);
        self.emit(Opcode::POP_EXCEPT, 0);
        self.emit(Opcode::RERAISE, 1);
    }

    /// `try`/`finally` (with handlers inside when both are present).
    #[allow(clippy::too_many_arguments)]
    fn try_finally(
        &mut self,
        stmt: &'a Stmt,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
        finalbody: &'a [Stmt],
        star: bool,
    ) -> Result {
        let block = self.new_block();
        let end = self.new_block();
        let exit = self.new_block();
        let cleanup = self.new_block();
        self.jump(Opcode::SETUP_FINALLY, end);
        self.use_block(block);
        self.push_fblock_with(
            FBlockKind::FinallyTry,
            Some(block),
            Some(end),
            Datum::Finally(finalbody),
            stmt.range(),
        )?;
        if handlers.is_empty() {
            self.statements(body)?;
        } else if star {
            self.try_star_except(stmt, body, handlers, orelse)?;
        } else {
            self.try_except(stmt, body, handlers, orelse)?;
        }
        self.emit(Opcode::POP_BLOCK, 0);
        self.pop_fblock();
        self.statements(finalbody)?;
        self.jump(Opcode::JUMP, exit);
        self.use_block(end);
        self.jump(Opcode::SETUP_CLEANUP, cleanup);
        self.emit(Opcode::PUSH_EXC_INFO, 0);
        self.push_fblock(FBlockKind::FinallyEnd, Some(end), None, stmt.range())?;
        self.statements(finalbody)?;
        self.pop_fblock();
        self.emit(Opcode::RERAISE, 0);
        self.use_block(cleanup);
        self.cleanup_handler();
        self.use_block(exit);
        Ok(())
    }

    fn try_except(
        &mut self,
        stmt: &'a Stmt,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
    ) -> Result {
        let block = self.new_block();
        let except = self.new_block();
        let end = self.new_block();
        let cleanup = self.new_block();
        self.jump(Opcode::SETUP_FINALLY, except);
        self.use_block(block);
        self.push_fblock(FBlockKind::TryExcept, Some(block), None, stmt.range())?;
        self.statements(body)?;
        self.pop_fblock();
        self.emit(Opcode::POP_BLOCK, 0);
        self.statements(orelse)?;
        self.jump(Opcode::JUMP, end);
        self.use_block(except);
        self.jump(Opcode::SETUP_CLEANUP, cleanup);
        self.emit(Opcode::PUSH_EXC_INFO, 0);
        self.push_fblock(FBlockKind::ExceptionHandler, None, None, stmt.range())?;
        for handler in handlers {
            self.set_loc(handler.range);
            let next = self.new_block();
            if let Some(ty) = &handler.r#type {
                self.expr(ty)?;
                self.emit(Opcode::CHECK_EXC_MATCH, 0);
                self.jump(Opcode::POP_JUMP_IF_FALSE, next);
            }
            self.handler_body(stmt, handler, end, false)?;
            self.use_block(next);
        }
        self.pop_fblock();
        self.emit(Opcode::RERAISE, 0);
        self.use_block(cleanup);
        self.cleanup_handler();
        self.use_block(end);
        Ok(())
    }

    /// One handler's body with the exception stored or dropped, then the
    /// jump to `end` (stack on entry: `prev exc`).
    fn handler_body(
        &mut self,
        stmt: &'a Stmt,
        handler: &'a ExceptHandler,
        end: super::cfg::BlockId,
        star: bool,
    ) -> Result {
        let kind = |named| match (star, named) {
            (true, _) => FBlockKind::ExceptionGroupHandler,
            (false, true) => FBlockKind::NamedHandlerCleanup,
            (false, false) => FBlockKind::HandlerCleanup,
        };
        match &handler.name {
            Some(name) => {
                let cleanup_body = self.new_block();
                self.store_name(name);
                self.jump(Opcode::SETUP_CLEANUP, cleanup_body);
                self.push_fblock_with(kind(true), None, None, Datum::Name(name), stmt.range())?;
                self.statements(&handler.body)?;
                self.pop_fblock();
                self.emit(Opcode::POP_BLOCK, 0);
                if !star {
                    self.emit(Opcode::POP_BLOCK, 0);
                    self.emit(Opcode::POP_EXCEPT, 0);
                }
                self.load_const(Constant::None);
                self.store_name(name);
                self.delete_name(name);
                self.jump(Opcode::JUMP, end);
                self.use_block(cleanup_body);
                self.load_const(Constant::None);
                self.store_name(name);
                self.delete_name(name);
                self.emit(Opcode::RERAISE, 1);
            }
            None => {
                self.emit(Opcode::POP_TOP, 0);
                self.push_fblock(kind(false), None, None, stmt.range())?;
                self.statements(&handler.body)?;
                self.pop_fblock();
                if !star {
                    self.emit(Opcode::POP_BLOCK, 0);
                    self.emit(Opcode::POP_EXCEPT, 0);
                }
                self.jump(Opcode::JUMP, end);
            }
        }
        Ok(())
    }

    /// `try`/`except*`: each clause splits the exception group with
    /// `CHECK_EG_MATCH`; what the bodies raise and what no clause matched
    /// are merged by `INTRINSIC_PREP_RERAISE_STAR`.
    ///
    /// Stack in the handler: `prev orig list rest`, where `list` collects
    /// the exceptions the bodies raise (or None for those that finish).
    fn try_star_except(
        &mut self,
        stmt: &'a Stmt,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
    ) -> Result {
        let block = self.new_block();
        let except = self.new_block();
        let orelse_block = self.new_block();
        let end = self.new_block();
        let cleanup = self.new_block();
        let reraise_star = self.new_block();
        self.jump(Opcode::SETUP_FINALLY, except);
        self.use_block(block);
        self.push_fblock(FBlockKind::TryExcept, Some(block), None, stmt.range())?;
        self.statements(body)?;
        self.pop_fblock();
        self.emit(Opcode::POP_BLOCK, 0);
        self.jump(Opcode::JUMP, orelse_block);
        self.use_block(except);
        self.jump(Opcode::SETUP_CLEANUP, cleanup);
        self.emit(Opcode::PUSH_EXC_INFO, 0);
        // prev exc -> prev orig list rest
        self.emit(Opcode::COPY, 1);
        self.emit(Opcode::BUILD_LIST, 0);
        self.emit(Opcode::SWAP, 2);
        for handler in handlers {
            self.set_loc(handler.range);
            let next = self.new_block();
            let no_match = self.new_block();
            let handler_end = self.new_block();
            let raised = self.new_block();
            if let Some(ty) = &handler.r#type {
                self.expr(ty)?;
            }
            // rest type -> rest match
            self.emit(Opcode::CHECK_EG_MATCH, 0);
            self.emit(Opcode::COPY, 1);
            self.jump(Opcode::POP_JUMP_IF_NONE, no_match);
            // prev orig list rest match: run the body with match as the
            // handled exception; an exception it raises joins the list.
            match &handler.name {
                Some(name) => self.store_name(name),
                None => self.emit(Opcode::POP_TOP, 0),
            }
            self.jump(Opcode::SETUP_CLEANUP, raised);
            self.push_fblock(FBlockKind::ExceptionGroupHandler, None, None, handler.range)?;
            self.statements(&handler.body)?;
            self.pop_fblock();
            self.emit(Opcode::POP_BLOCK, 0);
            if let Some(name) = &handler.name {
                self.load_const(Constant::None);
                self.store_name(name);
                self.delete_name(name);
            }
            self.jump(Opcode::JUMP, next);
            // prev orig list rest lasti exc: the body raised.
            self.use_block(raised);
            if let Some(name) = &handler.name {
                self.load_const(Constant::None);
                self.store_name(name);
                self.delete_name(name);
            }
            self.emit(Opcode::LIST_APPEND, 3);
            self.emit(Opcode::POP_TOP, 0);
            self.jump(Opcode::JUMP, handler_end);
            self.use_block(no_match);
            self.emit(Opcode::POP_TOP, 0);
            self.jump(Opcode::JUMP, handler_end);
            self.use_block(next);
            self.use_block(handler_end);
        }
        // prev orig list rest
        self.emit(Opcode::LIST_APPEND, 1);
        self.emit(
            Opcode::CALL_INTRINSIC_2,
            crate::bytecode::Intrinsic2::PrepReraiseStar as u32,
        );
        self.emit(Opcode::COPY, 1);
        self.jump(Opcode::POP_JUMP_IF_NOT_NONE, reraise_star);
        self.emit(Opcode::POP_TOP, 0);
        self.emit(Opcode::POP_BLOCK, 0);
        self.emit(Opcode::POP_EXCEPT, 0);
        self.jump(Opcode::JUMP, end);
        self.use_block(reraise_star);
        self.emit(Opcode::POP_BLOCK, 0);
        self.emit(Opcode::SWAP, 2);
        self.emit(Opcode::POP_EXCEPT, 0);
        self.emit(Opcode::RERAISE, 0);
        self.use_block(cleanup);
        self.cleanup_handler();
        self.use_block(orelse_block);
        self.statements(orelse)?;
        self.use_block(end);
        Ok(())
    }

    fn import_from(&mut self, s: &'a StmtImportFrom) -> Result {
        let names: Vec<Constant> = s
            .names
            .iter()
            .map(|a| Constant::Str(a.name.to_string().into()))
            .collect();
        self.load_const(Constant::Int(s.level));
        self.load_const(Constant::Tuple(names.into()));
        self.emit_name(Opcode::IMPORT_NAME, s.module.as_deref().unwrap_or(""));
        for alias in &s.names {
            if &*alias.name == "*" {
                self.emit(Opcode::CALL_INTRINSIC_1, Intrinsic1::ImportStar as u32);
                self.emit(Opcode::POP_TOP, 0);
                return Ok(());
            }
            self.emit_name(Opcode::IMPORT_FROM, &alias.name);
            self.store_name(alias.asname.as_deref().unwrap_or(&alias.name));
        }
        self.emit(Opcode::POP_TOP, 0);
        Ok(())
    }
}

/// `BINARY_OP`'s operator for an AST operator.
pub(super) fn binary_op(op: Operator) -> BinaryOp {
    match op {
        Operator::Add => BinaryOp::Add,
        Operator::Sub => BinaryOp::Subtract,
        Operator::Mult => BinaryOp::Multiply,
        Operator::MatMult => BinaryOp::MatMul,
        Operator::Div => BinaryOp::TrueDivide,
        Operator::Mod => BinaryOp::Remainder,
        Operator::Pow => BinaryOp::Power,
        Operator::LShift => BinaryOp::LShift,
        Operator::RShift => BinaryOp::RShift,
        Operator::BitOr => BinaryOp::Or,
        Operator::BitXor => BinaryOp::Xor,
        Operator::BitAnd => BinaryOp::And,
        Operator::FloorDiv => BinaryOp::FloorDivide,
    }
}
