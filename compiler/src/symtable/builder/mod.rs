//! The first pass: walks the AST in CPython's order, opening a scope for
//! each block and recording what each name does in it. The order matters:
//! it fixes the order of children and of symbols, and which error is first.

mod definitions;
mod expressions;
mod statements;

use std::collections::{HashMap, HashSet};

use crate::ast::*;
use crate::error::{ErrorKind, Location, SyntaxError};

use super::future::{FutureFeatures, docstring};
use super::mangle::mangle;
use super::{BlockKey, BlockRole, Scope, ScopeId, ScopeKind, SymbolFlags, SymbolTable};

type Result<T = ()> = std::result::Result<T, SyntaxError>;

/// A `SyntaxError` at `range`; the symbol table reports byte columns.
pub(super) fn error_at(msg: impl Into<String>, range: Range) -> SyntaxError {
    SyntaxError {
        kind: ErrorKind::SyntaxError,
        msg: msg.into(),
        location: Some(Location {
            lineno: range.start.line.into(),
            offset: i64::from(range.start.col) + 1,
            end_lineno: range.end.line.into(),
            end_offset: i64::from(range.end.col) + 1,
        }),
    }
}

/// What the first pass tracks about a scope while it is being visited.
#[derive(Default)]
struct BlockState {
    /// Inside a loop, `if`, `try`, `with` or `match` (for conditional
    /// annotations).
    in_conditional_block: bool,
    /// Visiting a comprehension's iteration target.
    comp_iter_target: bool,
    /// Depth inside comprehensions' iterable expressions (no walrus there).
    comp_iter_expr: u32,
    /// Visiting a function body's variable annotation, which never runs.
    in_unevaluated_annotation: bool,
    /// In the type-parameter scope of a generic class: only these names
    /// (the type parameters) are mangled.
    mangled_names: Option<HashSet<Box<str>>>,
    /// What a type-variable scope evaluates, for error messages.
    scope_info: &'static str,
    /// The address of the AST node that opened the scope.
    node: usize,
}

pub(super) struct Builder<'a> {
    table: SymbolTable,
    states: Vec<BlockState>,
    stack: Vec<ScopeId>,
    /// The class whose private names are being mangled.
    private: Option<Box<str>>,
    future: &'a FutureFeatures,
}

impl<'a> Builder<'a> {
    /// Runs the first pass over `module`.
    pub(super) fn run(module: &Module, future: &'a FutureFeatures) -> Result<SymbolTable> {
        let mut builder = Builder {
            table: SymbolTable {
                scopes: Vec::new(),
                future: *future,
                by_key: HashMap::new(),
            },
            states: Vec::new(),
            stack: Vec::new(),
            private: None,
            future,
        };
        let top = builder.new_scope(
            ScopeKind::Module,
            "top",
            BlockKey::new(module, BlockRole::Body),
            0,
        );
        builder.table.scopes[top.0].has_docstring = docstring(&module.body);
        builder.enter_existing(top, true);
        builder.visit_body(&module.body)?;
        Ok(builder.table)
    }

    fn cur(&self) -> usize {
        self.stack
            .last()
            .expect("the module scope stays on the stack")
            .0
    }

    fn scope(&mut self) -> &mut Scope {
        let cur = self.cur();
        &mut self.table.scopes[cur]
    }

    fn state(&mut self) -> &mut BlockState {
        let cur = self.cur();
        &mut self.states[cur]
    }

    /// Creates a scope (CPython's `ste_new`) without entering it.
    fn new_scope(&mut self, kind: ScopeKind, name: &str, key: BlockKey, lineno: u32) -> ScopeId {
        let parent = self.stack.last().map(|id| &self.table.scopes[id.0]);
        let nested = parent.is_some_and(|p| p.nested || p.kind.is_function_like());
        let mut scope = Scope::new(kind, name, lineno, nested);
        scope.method =
            kind == ScopeKind::Function && parent.is_some_and(|p| p.kind == ScopeKind::Class);
        let id = ScopeId(self.table.scopes.len());
        self.table.scopes.push(scope);
        self.states.push(BlockState {
            node: key.node,
            ..BlockState::default()
        });
        self.table.by_key.insert(key, id);
        id
    }

    /// Makes `id` the current scope and, if `new` and unless it is an
    /// annotation scope under `from __future__ import annotations` (those
    /// annotations become strings), a child of the previous one.
    fn enter_existing(&mut self, id: ScopeId, new: bool) {
        let prev = self.stack.last().map(|p| p.0);
        self.stack.push(id);
        if let Some(prev) = prev {
            self.states[id.0].comp_iter_expr = self.states[prev].comp_iter_expr;
            if self.table.scopes[id.0].kind != ScopeKind::Class
                && let Some(names) = self.states[prev].mangled_names.clone()
            {
                self.states[id.0].mangled_names = Some(names);
            }
        }
        if self.future.annotations && self.table.scopes[id.0].kind == ScopeKind::Annotation {
            return;
        }
        if let Some(prev) = prev.filter(|_| new) {
            self.table.scopes[prev].children.push(id);
        }
    }

    fn enter(&mut self, kind: ScopeKind, name: &str, key: BlockKey, range: Range) -> Result {
        let id = self.new_scope(kind, name, key, range.start.line);
        self.enter_existing(id, true);
        if matches!(
            kind,
            ScopeKind::Annotation | ScopeKind::TypeVariable | ScopeKind::TypeAlias
        ) {
            // The implicit parameter of lazily evaluated code.
            self.add_def(".format", SymbolFlags::PARAM, range)?;
            self.add_def(".format", SymbolFlags::USE, range)?;
        }
        Ok(())
    }

    fn exit(&mut self) {
        self.stack.pop();
    }

    /// `name` as the scope `id` stores it.
    fn mangled(&self, id: usize, name: &str) -> Box<str> {
        if let Some(names) = &self.states[id].mangled_names
            && !names.contains(name)
        {
            return name.into();
        }
        mangle(self.private.as_deref(), name).into()
    }

    fn lookup_in(&self, id: usize, name: &str) -> SymbolFlags {
        self.table.scopes[id].flags(&self.mangled(id, name))
    }

    /// Records `flag` for `name` in the current scope.
    fn add_def(&mut self, name: &str, flag: SymbolFlags, range: Range) -> Result {
        let ctx = if flag == SymbolFlags::USE {
            ExprContext::Load
        } else {
            ExprContext::Store
        };
        self.add_def_ctx(name, flag, range, ctx)
    }

    fn add_def_ctx(
        &mut self,
        name: &str,
        flag: SymbolFlags,
        range: Range,
        ctx: ExprContext,
    ) -> Result {
        if flag.intersects(SymbolFlags::PARAM | SymbolFlags::LOCAL | SymbolFlags::IMPORT) {
            check_name(name, range, ctx)?;
        }
        if flag.contains(SymbolFlags::TYPE_PARAM)
            && let Some(names) = &mut self.state().mangled_names
        {
            names.insert(name.into());
        }
        let cur = self.cur();
        self.add_def_in(name, flag, cur, range)
    }

    /// Records `flag` for `name` in scope `target` (mangled as the current
    /// scope mangles).
    fn add_def_in(&mut self, name: &str, flag: SymbolFlags, target: usize, range: Range) -> Result {
        let mangled = self.mangled(self.cur(), name);
        let old = self.table.scopes[target].flags(&mangled);
        if flag.contains(SymbolFlags::PARAM) && old.contains(SymbolFlags::PARAM) {
            let msg = format!("duplicate argument '{name}' in function definition");
            return Err(error_at(msg, range));
        }
        if flag.contains(SymbolFlags::TYPE_PARAM) && old.contains(SymbolFlags::TYPE_PARAM) {
            return Err(error_at(
                format!("duplicate type parameter '{name}'"),
                range,
            ));
        }
        let mut flags = flag;
        if self.states[target].comp_iter_target {
            if (old | flag).intersects(SymbolFlags::GLOBAL | SymbolFlags::NONLOCAL) {
                let msg = format!(
                    "comprehension inner loop cannot rebind assignment expression target '{name}'"
                );
                return Err(error_at(msg, range));
            }
            flags |= SymbolFlags::COMP_ITER;
        }
        let scope = &mut self.table.scopes[target];
        scope.add_flags(&mangled, flags);
        if flag.contains(SymbolFlags::PARAM) {
            scope.varnames.push(mangled);
        } else if flag.contains(SymbolFlags::GLOBAL) {
            // The module learns of every global declaration.
            self.table.scopes[0].add_flags(&mangled, flag);
        }
        Ok(())
    }

    fn record_directive(&mut self, name: &str, range: Range) {
        let mangled = self.mangled(self.cur(), name);
        self.scope().directives.push((mangled, range));
    }

    /// Runs `visit` as code that may or may not execute.
    fn conditional(&mut self, visit: impl FnOnce(&mut Self) -> Result) -> Result {
        let was = std::mem::replace(&mut self.state().in_conditional_block, true);
        let result = visit(self);
        self.state().in_conditional_block = was;
        result
    }

    fn visit_body(&mut self, body: &[Stmt]) -> Result {
        body.iter().try_for_each(|stmt| self.visit_stmt(stmt))
    }

    fn visit_exprs(&mut self, exprs: &[Expr]) -> Result {
        exprs.iter().try_for_each(|expr| self.visit_expr(expr))
    }

    fn visit_opt(&mut self, expr: Option<&Expr>) -> Result {
        expr.map_or(Ok(()), |expr| self.visit_expr(expr))
    }
}

/// `__debug__` can be neither assigned nor deleted.
fn check_name(name: &str, range: Range, ctx: ExprContext) -> Result {
    if name != "__debug__" {
        return Ok(());
    }
    match ctx {
        ExprContext::Store => Err(error_at("cannot assign to __debug__", range)),
        ExprContext::Del => Err(error_at("cannot delete __debug__", range)),
        ExprContext::Load => Ok(()),
    }
}
