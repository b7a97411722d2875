//! The first pass: walks the AST in CPython's order, opening a scope for
//! each block and recording what each name does in it. The order matters:
//! it fixes the order of children and of symbols, and which error is first.

use std::collections::{HashMap, HashSet};

use crate::ast::*;
use crate::error::{ErrorKind, Location, SyntaxError};

use super::future::{FutureFeatures, docstring};
use super::mangle::mangle;
use super::{
    BlockKey, BlockRole, ComprehensionKind, Scope, ScopeId, ScopeKind, SymbolFlags, SymbolTable,
};

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

/// Which definition a type-parameter scope belongs to.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Generic {
    Function,
    Class,
    Alias,
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

    fn visit_stmt(&mut self, stmt: &Stmt) -> Result {
        match stmt {
            Stmt::FunctionDef(def) => self.visit_function(
                stmt,
                &def.name,
                &def.args,
                &def.body,
                &def.decorator_list,
                def.returns.as_deref(),
                &def.type_params,
                false,
            ),
            Stmt::AsyncFunctionDef(def) => self.visit_function(
                stmt,
                &def.name,
                &def.args,
                &def.body,
                &def.decorator_list,
                def.returns.as_deref(),
                &def.type_params,
                true,
            ),
            Stmt::ClassDef(class) => self.visit_class(stmt, class),
            Stmt::TypeAlias(alias) => self.visit_type_alias(stmt, alias),
            Stmt::Return(ret) => {
                if let Some(value) = &ret.value {
                    self.visit_expr(value)?;
                    self.scope().returns_value = true;
                }
                Ok(())
            }
            Stmt::Delete(del) => self.visit_exprs(&del.targets),
            Stmt::Assign(assign) => {
                self.visit_exprs(&assign.targets)?;
                self.visit_expr(&assign.value)
            }
            Stmt::AnnAssign(ann) => self.visit_ann_assign(ann),
            Stmt::AugAssign(aug) => {
                self.visit_expr(&aug.target)?;
                self.visit_expr(&aug.value)
            }
            Stmt::For(StmtFor {
                target,
                iter,
                body,
                orelse,
                ..
            })
            | Stmt::AsyncFor(StmtAsyncFor {
                target,
                iter,
                body,
                orelse,
                ..
            }) => {
                if matches!(stmt, Stmt::AsyncFor(_)) {
                    self.require_coroutine("'async for' outside async function", stmt.range())?;
                }
                self.visit_expr(target)?;
                self.visit_expr(iter)?;
                self.conditional(|b| {
                    b.visit_body(body)?;
                    b.visit_body(orelse)
                })
            }
            Stmt::While(StmtWhile {
                test, body, orelse, ..
            })
            | Stmt::If(StmtIf {
                test, body, orelse, ..
            }) => {
                self.visit_expr(test)?;
                self.conditional(|b| {
                    b.visit_body(body)?;
                    b.visit_body(orelse)
                })
            }
            Stmt::Match(m) => {
                self.visit_expr(&m.subject)?;
                self.conditional(|b| {
                    m.cases.iter().try_for_each(|case| {
                        b.visit_pattern(&case.pattern)?;
                        b.visit_opt(case.guard.as_deref())?;
                        b.visit_body(&case.body)
                    })
                })
            }
            Stmt::Raise(raise) => {
                if let Some(exc) = &raise.exc {
                    self.visit_expr(exc)?;
                    self.visit_opt(raise.cause.as_deref())?;
                }
                Ok(())
            }
            Stmt::Try(StmtTry {
                body,
                handlers,
                orelse,
                finalbody,
                ..
            })
            | Stmt::TryStar(StmtTryStar {
                body,
                handlers,
                orelse,
                finalbody,
                ..
            }) => self.conditional(|b| {
                b.visit_body(body)?;
                for handler in handlers {
                    b.visit_opt(handler.r#type.as_deref())?;
                    if let Some(name) = &handler.name {
                        b.add_def(name, SymbolFlags::LOCAL, handler.range)?;
                    }
                    b.visit_body(&handler.body)?;
                }
                b.visit_body(orelse)?;
                b.visit_body(finalbody)
            }),
            Stmt::Assert(assert) => {
                self.visit_expr(&assert.test)?;
                self.visit_opt(assert.msg.as_deref())
            }
            Stmt::Import(import) => import.names.iter().try_for_each(|a| self.visit_alias(a)),
            Stmt::ImportFrom(import) => {
                import.names.iter().try_for_each(|a| self.visit_alias(a))?;
                self.check_future_import(import)
            }
            Stmt::Global(global) => self.visit_declaration(&global.names, global.range, true),
            Stmt::Nonlocal(nonlocal) => {
                self.visit_declaration(&nonlocal.names, nonlocal.range, false)
            }
            Stmt::Expr(expr) => self.visit_expr(&expr.value),
            Stmt::Pass(_) | Stmt::Break(_) | Stmt::Continue(_) => Ok(()),
            Stmt::With(StmtWith { items, body, .. })
            | Stmt::AsyncWith(StmtAsyncWith { items, body, .. }) => {
                if matches!(stmt, Stmt::AsyncWith(_)) {
                    self.require_coroutine("'async with' outside async function", stmt.range())?;
                }
                self.conditional(|b| {
                    for item in items {
                        b.visit_expr(&item.context_expr)?;
                        b.visit_opt(item.optional_vars.as_deref())?;
                    }
                    b.visit_body(body)
                })
            }
        }
    }

    fn require_coroutine(&mut self, msg: &str, range: Range) -> Result {
        if self.scope().coroutine {
            Ok(())
        } else {
            Err(error_at(msg, range))
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn visit_function(
        &mut self,
        stmt: &Stmt,
        name: &str,
        args: &Arguments,
        body: &[Stmt],
        decorators: &[Expr],
        returns: Option<&Expr>,
        type_params: &[TypeParam],
        is_async: bool,
    ) -> Result {
        let range = stmt.range();
        self.add_def(name, SymbolFlags::LOCAL, range)?;
        self.visit_exprs(&args.defaults)?;
        for default in args.kw_defaults.iter().flatten() {
            self.visit_expr(default)?;
        }
        self.visit_exprs(decorators)?;
        let generic = !type_params.is_empty();
        if generic {
            let has_kwdefaults = args.kw_defaults.iter().any(Option::is_some);
            self.enter_type_params(stmt, name, Generic::Function, has_kwdefaults)?;
            self.visit_type_params(type_params)?;
        }
        let key = BlockKey::new(stmt, BlockRole::Body);
        let function = self.new_scope(ScopeKind::Function, name, key, range.start.line);
        self.table.scopes[function.0].has_docstring = docstring(body);
        self.visit_signature(stmt, args, returns)?;
        self.enter_existing(function, true);
        self.scope().coroutine = is_async;
        self.visit_params(args)?;
        self.visit_body(body)?;
        self.exit();
        if generic {
            self.exit();
        }
        Ok(())
    }

    fn visit_class(&mut self, stmt: &Stmt, class: &StmtClassDef) -> Result {
        let range = class.range;
        self.add_def(&class.name, SymbolFlags::LOCAL, range)?;
        self.visit_exprs(&class.decorator_list)?;
        let outer_private = self.private.clone();
        let generic = !class.type_params.is_empty();
        if generic {
            self.enter_type_params(stmt, &class.name, Generic::Class, false)?;
            self.private = Some(class.name.clone());
            self.state().mangled_names = Some(HashSet::new());
            self.visit_type_params(&class.type_params)?;
        }
        self.visit_exprs(&class.bases)?;
        self.visit_keywords(&class.keywords)?;
        let key = BlockKey::new(stmt, BlockRole::Body);
        self.enter(ScopeKind::Class, &class.name, key, range)?;
        self.private = Some(class.name.clone());
        if generic {
            self.add_def("__type_params__", SymbolFlags::LOCAL, range)?;
            self.add_def(".type_params", SymbolFlags::USE, range)?;
        }
        self.scope().has_docstring = docstring(&class.body);
        self.visit_body(&class.body)?;
        self.exit();
        if generic {
            self.exit();
        }
        self.private = outer_private;
        Ok(())
    }

    fn visit_type_alias(&mut self, stmt: &Stmt, alias: &StmtTypeAlias) -> Result {
        self.visit_expr(&alias.name)?;
        let Expr::Name(name) = &*alias.name else {
            // The parser only makes aliases of names.
            return Ok(());
        };
        let in_class = self.scope().kind == ScopeKind::Class;
        let generic = !alias.type_params.is_empty();
        if generic {
            self.enter_type_params(stmt, &name.id, Generic::Alias, false)?;
            self.visit_type_params(&alias.type_params)?;
        }
        let key = BlockKey::new(stmt, BlockRole::Body);
        self.enter(ScopeKind::TypeAlias, &name.id, key, alias.range)?;
        self.scope().can_see_class_scope = in_class;
        if in_class {
            self.add_def("__classdict__", SymbolFlags::USE, alias.value.range())?;
        }
        self.visit_expr(&alias.value)?;
        self.exit();
        if generic {
            self.exit();
        }
        Ok(())
    }

    /// Enters the scope of a generic definition's type parameters, with the
    /// hidden names its compiled code uses.
    fn enter_type_params(
        &mut self,
        stmt: &Stmt,
        name: &str,
        generic: Generic,
        has_kwdefaults: bool,
    ) -> Result {
        let range = stmt.range();
        let in_class = self.scope().kind == ScopeKind::Class;
        let key = BlockKey::new(stmt, BlockRole::TypeParams);
        self.enter(ScopeKind::TypeParameters, name, key, range)?;
        if in_class {
            self.scope().can_see_class_scope = true;
            self.add_def("__classdict__", SymbolFlags::USE, range)?;
        }
        match generic {
            Generic::Class => {
                for hidden in [".type_params", ".generic_base"] {
                    self.add_def(hidden, SymbolFlags::LOCAL, range)?;
                    self.add_def(hidden, SymbolFlags::USE, range)?;
                }
            }
            Generic::Function => {
                // CPython's parser always gives a `def` a (maybe empty)
                // defaults list, so the scope always takes `.defaults`.
                self.add_def(".defaults", SymbolFlags::PARAM, range)?;
                if has_kwdefaults {
                    self.add_def(".kwdefaults", SymbolFlags::PARAM, range)?;
                }
            }
            Generic::Alias => {}
        }
        Ok(())
    }

    fn visit_type_params(&mut self, params: &[TypeParam]) -> Result {
        for param in params {
            let flag = SymbolFlags::TYPE_PARAM | SymbolFlags::LOCAL;
            let (name, bound, default, default_info) = match param {
                TypeParam::TypeVar(tv) => (
                    &tv.name,
                    tv.bound.as_deref(),
                    &tv.default_value,
                    "a TypeVar default",
                ),
                TypeParam::ParamSpec(ps) => {
                    (&ps.name, None, &ps.default_value, "a ParamSpec default")
                }
                TypeParam::TypeVarTuple(tvt) => (
                    &tvt.name,
                    None,
                    &tvt.default_value,
                    "a TypeVarTuple default",
                ),
            };
            self.add_def(name, flag, param.range())?;
            if let TypeParam::TypeVar(_) = param {
                let info = match bound {
                    Some(Expr::Tuple(_)) => "a TypeVar constraint",
                    _ => "a TypeVar bound",
                };
                self.visit_lazy_type_expr(bound, name, param, BlockRole::Bound, info)?;
            }
            self.visit_lazy_type_expr(
                default.as_deref(),
                name,
                param,
                BlockRole::Default,
                default_info,
            )?;
        }
        Ok(())
    }

    /// A type parameter's bound or default, evaluated lazily in its own scope.
    fn visit_lazy_type_expr(
        &mut self,
        expr: Option<&Expr>,
        name: &str,
        param: &TypeParam,
        role: BlockRole,
        info: &'static str,
    ) -> Result {
        if name == "__classdict__" {
            let msg = format!("reserved name '{name}' cannot be used for type parameter");
            return Err(error_at(msg, param.range()));
        }
        let Some(expr) = expr else {
            return Ok(());
        };
        let in_class = self.scope().can_see_class_scope;
        self.enter(
            ScopeKind::TypeVariable,
            name,
            BlockKey::new(param, role),
            expr.range(),
        )?;
        self.scope().can_see_class_scope = in_class;
        if in_class {
            self.add_def("__classdict__", SymbolFlags::USE, expr.range())?;
        }
        self.state().scope_info = info;
        self.visit_expr(expr)?;
        self.exit();
        Ok(())
    }

    /// A `def`'s parameter and return annotations, in their `__annotate__`
    /// scope.
    fn visit_signature(&mut self, stmt: &Stmt, args: &Arguments, returns: Option<&Expr>) -> Result {
        let range = stmt.range();
        let in_class = self.scope().can_see_class_scope || self.scope().kind == ScopeKind::Class;
        let key = BlockKey::new(stmt, BlockRole::Signature);
        self.enter(ScopeKind::Annotation, "__annotate__", key, range)?;
        if in_class {
            self.scope().can_see_class_scope = true;
            self.add_def("__classdict__", SymbolFlags::USE, range)?;
        }
        let annotations = (args.posonlyargs.iter().chain(&args.args))
            .chain(args.vararg.as_deref())
            .chain(args.kwarg.as_deref())
            .chain(&args.kwonlyargs)
            .filter_map(|arg| arg.annotation.as_deref())
            .chain(returns);
        for annotation in annotations {
            self.scope().annotations_used = true;
            self.visit_expr(annotation)?;
        }
        self.exit();
        Ok(())
    }

    fn visit_params(&mut self, args: &Arguments) -> Result {
        for arg in (args.posonlyargs.iter().chain(&args.args)).chain(&args.kwonlyargs) {
            self.add_def(&arg.arg, SymbolFlags::PARAM, arg.range)?;
        }
        if let Some(arg) = &args.vararg {
            self.add_def(&arg.arg, SymbolFlags::PARAM, arg.range)?;
            self.scope().varargs = true;
        }
        if let Some(arg) = &args.kwarg {
            self.add_def(&arg.arg, SymbolFlags::PARAM, arg.range)?;
            self.scope().varkeywords = true;
        }
        Ok(())
    }

    fn visit_ann_assign(&mut self, ann: &StmtAnnAssign) -> Result {
        self.scope().annotations_used = true;
        let simple = ann.simple != 0;
        if let Expr::Name(target) = &*ann.target {
            let cur = self.cur();
            let old = self.lookup_in(cur, &target.id);
            if simple && cur != 0 && old.intersects(SymbolFlags::GLOBAL | SymbolFlags::NONLOCAL) {
                let what = if old.contains(SymbolFlags::GLOBAL) {
                    "global"
                } else {
                    "nonlocal"
                };
                let msg = format!("annotated name '{}' can't be {what}", target.id);
                return Err(error_at(msg, ann.range));
            }
            if simple {
                self.add_def(
                    &target.id,
                    SymbolFlags::ANNOT | SymbolFlags::LOCAL,
                    target.range,
                )?;
            } else if ann.value.is_some() {
                self.add_def(&target.id, SymbolFlags::LOCAL, target.range)?;
            }
        } else {
            self.visit_expr(&ann.target)?;
        }
        self.visit_annotation(&ann.annotation)?;
        self.visit_opt(ann.value.as_deref())
    }

    /// A variable annotation, in the body's (shared) `__annotate__` scope;
    /// a function body's are never evaluated, so their names count for
    /// nothing.
    fn visit_annotation(&mut self, annotation: &Expr) -> Result {
        let parent = self.cur();
        let parent_kind = self.table.scopes[parent].kind;
        let unevaluated = parent_kind == ScopeKind::Function;
        // A module's annotations always count as conditional: an import can
        // fail half way through its body.
        let conditional = parent_kind == ScopeKind::Module
            || (parent_kind == ScopeKind::Class && self.states[parent].in_conditional_block);
        if conditional && !self.table.scopes[parent].has_conditional_annotations {
            self.table.scopes[parent].has_conditional_annotations = true;
            self.add_def(
                "__conditional_annotations__",
                SymbolFlags::USE,
                annotation.range(),
            )?;
        }
        match self.table.scopes[parent].annotation_block {
            Some(block) => self.enter_existing(block, false),
            None => {
                let key = BlockKey {
                    node: self.states[parent].node,
                    role: BlockRole::Annotations,
                };
                self.enter(
                    ScopeKind::Annotation,
                    "__annotate__",
                    key,
                    annotation.range(),
                )?;
                let block = ScopeId(self.cur());
                self.table.scopes[parent].annotation_block = Some(block);
                if parent_kind == ScopeKind::Class && !self.future.annotations {
                    self.scope().can_see_class_scope = true;
                    self.add_def("__classdict__", SymbolFlags::USE, annotation.range())?;
                }
            }
        }
        self.state().in_unevaluated_annotation = unevaluated;
        let result = self.visit_expr(annotation);
        self.state().in_unevaluated_annotation = false;
        self.exit();
        result
    }

    fn visit_declaration(&mut self, names: &[Identifier], range: Range, global: bool) -> Result {
        let kind = if global { "global" } else { "nonlocal" };
        for name in names {
            let old = self.lookup_in(self.cur(), name);
            let problem = if old.contains(SymbolFlags::PARAM) {
                Some(format!("name '{name}' is parameter and {kind}"))
            } else if old.contains(SymbolFlags::USE) {
                Some(format!("name '{name}' is used prior to {kind} declaration"))
            } else if old.contains(SymbolFlags::ANNOT) {
                Some(format!("annotated name '{name}' can't be {kind}"))
            } else if old.contains(SymbolFlags::LOCAL) {
                Some(format!(
                    "name '{name}' is assigned to before {kind} declaration"
                ))
            } else {
                None
            };
            if let Some(msg) = problem {
                return Err(error_at(msg, range));
            }
            let flag = if global {
                SymbolFlags::GLOBAL
            } else {
                SymbolFlags::NONLOCAL
            };
            self.add_def(name, flag, range)?;
            self.record_directive(name, range);
        }
        Ok(())
    }

    fn visit_alias(&mut self, alias: &Alias) -> Result {
        let name = alias.asname.as_deref().unwrap_or(&alias.name);
        if name == "*" {
            if self.scope().kind != ScopeKind::Module {
                return Err(error_at(
                    "import * only allowed at module level",
                    alias.range,
                ));
            }
            return Ok(());
        }
        let bound = name.split('.').next().unwrap_or(name);
        self.add_def(bound, SymbolFlags::IMPORT, alias.range)
    }

    /// A `from __future__ import` must come before any other statement.
    fn check_future_import(&self, import: &StmtImportFrom) -> Result {
        if import.level != 0 || import.module.as_deref() != Some("__future__") {
            return Ok(());
        }
        let start = import.range.start;
        let late = match self.future.location {
            None => true,
            Some(header) => {
                start.line > header.start.line
                    || (start.line == header.end.line && start.col > header.end.col)
            }
        };
        if late {
            let msg = "from __future__ imports must occur at the beginning of the file";
            return Err(error_at(msg, import.range));
        }
        Ok(())
    }

    fn visit_keywords(&mut self, keywords: &[Keyword]) -> Result {
        for keyword in keywords {
            if let Some(arg) = &keyword.arg {
                check_name(arg, keyword.range, ExprContext::Store)?;
            }
        }
        keywords.iter().try_for_each(|k| self.visit_expr(&k.value))
    }

    fn visit_expr(&mut self, expr: &Expr) -> Result {
        match expr {
            Expr::NamedExpr(named) => {
                self.forbid_in_annotation_scope("named expression", expr)?;
                self.visit_named_expr(named)
            }
            Expr::BoolOp(e) => self.visit_exprs(&e.values),
            Expr::BinOp(e) => {
                self.visit_expr(&e.left)?;
                self.visit_expr(&e.right)
            }
            Expr::UnaryOp(e) => self.visit_expr(&e.operand),
            Expr::Lambda(lambda) => {
                self.visit_exprs(&lambda.args.defaults)?;
                for default in lambda.args.kw_defaults.iter().flatten() {
                    self.visit_expr(default)?;
                }
                let key = BlockKey::new(expr, BlockRole::Body);
                self.enter(ScopeKind::Function, "lambda", key, lambda.range)?;
                self.visit_params(&lambda.args)?;
                self.visit_expr(&lambda.body)?;
                self.exit();
                Ok(())
            }
            Expr::IfExp(e) => {
                self.visit_expr(&e.test)?;
                self.visit_expr(&e.body)?;
                self.visit_expr(&e.orelse)
            }
            Expr::Dict(e) => {
                for key in e.keys.iter().flatten() {
                    self.visit_expr(key)?;
                }
                self.visit_exprs(&e.values)
            }
            Expr::Set(e) => self.visit_exprs(&e.elts),
            Expr::GeneratorExp(e) => self.visit_comprehension(
                expr,
                ComprehensionKind::Generator,
                &e.generators,
                &e.elt,
                None,
            ),
            Expr::ListComp(e) => {
                self.visit_comprehension(expr, ComprehensionKind::List, &e.generators, &e.elt, None)
            }
            Expr::SetComp(e) => {
                self.visit_comprehension(expr, ComprehensionKind::Set, &e.generators, &e.elt, None)
            }
            Expr::DictComp(e) => self.visit_comprehension(
                expr,
                ComprehensionKind::Dict,
                &e.generators,
                &e.key,
                Some(&e.value),
            ),
            Expr::Yield(ExprYield { value, .. }) => {
                self.forbid_in_annotation_scope("yield expression", expr)?;
                self.visit_opt(value.as_deref())?;
                self.visit_yield(expr)
            }
            Expr::YieldFrom(ExprYieldFrom { value, .. }) => {
                self.forbid_in_annotation_scope("yield expression", expr)?;
                self.visit_expr(value)?;
                self.visit_yield(expr)
            }
            Expr::Await(e) => {
                self.forbid_in_annotation_scope("await expression", expr)?;
                let scope = self.scope();
                if !scope.kind.is_function_like() {
                    return Err(error_at("'await' outside function", e.range));
                }
                let async_def = scope.kind == ScopeKind::Function && scope.coroutine;
                if !async_def && scope.comprehension.is_none() {
                    return Err(error_at("'await' outside async function", e.range));
                }
                self.visit_expr(&e.value)?;
                self.scope().coroutine = true;
                Ok(())
            }
            Expr::Compare(e) => {
                self.visit_expr(&e.left)?;
                self.visit_exprs(&e.comparators)
            }
            Expr::Call(e) => {
                self.visit_expr(&e.func)?;
                self.visit_exprs(&e.args)?;
                self.visit_keywords(&e.keywords)
            }
            Expr::FormattedValue(ExprFormattedValue {
                value, format_spec, ..
            })
            | Expr::Interpolation(ExprInterpolation {
                value, format_spec, ..
            }) => {
                self.visit_expr(value)?;
                self.visit_opt(format_spec.as_deref())
            }
            Expr::JoinedStr(ExprJoinedStr { values, .. })
            | Expr::TemplateStr(ExprTemplateStr { values, .. }) => self.visit_exprs(values),
            Expr::Constant(_) => Ok(()),
            Expr::Attribute(e) => {
                check_name(&e.attr, e.range, e.ctx)?;
                self.visit_expr(&e.value)
            }
            Expr::Subscript(e) => {
                self.visit_expr(&e.value)?;
                self.visit_expr(&e.slice)
            }
            Expr::Starred(e) => self.visit_expr(&e.value),
            Expr::Slice(e) => {
                self.visit_opt(e.lower.as_deref())?;
                self.visit_opt(e.upper.as_deref())?;
                self.visit_opt(e.step.as_deref())
            }
            Expr::Name(name) => self.visit_name(name),
            Expr::List(ExprList { elts, .. }) | Expr::Tuple(ExprTuple { elts, .. }) => {
                self.visit_exprs(elts)
            }
        }
    }

    fn visit_name(&mut self, name: &ExprName) -> Result {
        if self.state().in_unevaluated_annotation {
            return Ok(());
        }
        let flag = if name.ctx == ExprContext::Load {
            SymbolFlags::USE
        } else {
            SymbolFlags::LOCAL
        };
        self.add_def_ctx(&name.id, flag, name.range, name.ctx)?;
        // `super()` needs the `__class__` cell.
        if name.ctx == ExprContext::Load
            && &*name.id == "super"
            && self.scope().kind.is_function_like()
        {
            self.add_def("__class__", SymbolFlags::USE, name.range)?;
        }
        Ok(())
    }

    fn visit_yield(&mut self, expr: &Expr) -> Result {
        let scope = self.scope();
        scope.generator = true;
        let Some(kind) = scope.comprehension else {
            return Ok(());
        };
        let msg = match kind {
            ComprehensionKind::List => "'yield' inside list comprehension",
            ComprehensionKind::Set => "'yield' inside set comprehension",
            ComprehensionKind::Dict => "'yield' inside dict comprehension",
            ComprehensionKind::Generator => "'yield' inside generator expression",
        };
        Err(error_at(msg, expr.range()))
    }

    /// `what` cannot appear in lazily evaluated annotation or type code.
    fn forbid_in_annotation_scope(&mut self, what: &str, expr: &Expr) -> Result {
        let info = self.state().scope_info;
        let msg = match self.scope().kind {
            ScopeKind::Annotation => format!("{what} cannot be used within an annotation"),
            ScopeKind::TypeVariable => format!("{what} cannot be used within {info}"),
            ScopeKind::TypeAlias => format!("{what} cannot be used within a type alias"),
            ScopeKind::TypeParameters => {
                format!("{what} cannot be used within the definition of a generic")
            }
            _ => return Ok(()),
        };
        Err(error_at(msg, expr.range()))
    }

    fn visit_named_expr(&mut self, named: &ExprNamedExpr) -> Result {
        if self.state().comp_iter_expr > 0 {
            let msg = "assignment expression cannot be used in a comprehension iterable expression";
            return Err(error_at(msg, named.range));
        }
        if self.scope().comprehension.is_some()
            && let Expr::Name(target) = &*named.target
        {
            self.bind_walrus_target(target)?;
        }
        self.visit_expr(&named.value)?;
        self.visit_expr(&named.target)
    }

    /// A walrus in a comprehension binds in the nearest enclosing function
    /// (or module): declare it nonlocal (or global) in the comprehension.
    fn bind_walrus_target(&mut self, target: &ExprName) -> Result {
        let name = &*target.id;
        let range = target.range;
        for i in (0..self.stack.len()).rev() {
            let id = self.stack[i].0;
            let scope = &self.table.scopes[id];
            if scope.comprehension.is_some() {
                let flags = self.lookup_in(id, name);
                if flags.contains(SymbolFlags::COMP_ITER | SymbolFlags::LOCAL) {
                    let msg = format!(
                        "assignment expression cannot rebind comprehension iteration variable '{name}'"
                    );
                    return Err(error_at(msg, range));
                }
                continue;
            }
            let msg = match scope.kind {
                ScopeKind::Function => {
                    let declared = if self.lookup_in(id, name).contains(SymbolFlags::GLOBAL) {
                        SymbolFlags::GLOBAL
                    } else {
                        SymbolFlags::NONLOCAL
                    };
                    self.add_def(name, declared, range)?;
                    self.record_directive(name, range);
                    return self.add_def_in(name, SymbolFlags::LOCAL, id, range);
                }
                ScopeKind::Module => {
                    self.add_def(name, SymbolFlags::GLOBAL, range)?;
                    self.record_directive(name, range);
                    return self.add_def_in(name, SymbolFlags::GLOBAL, id, range);
                }
                ScopeKind::Class => {
                    "assignment expression within a comprehension cannot be used in a class body"
                }
                ScopeKind::TypeParameters => {
                    "assignment expression within a comprehension cannot be used within the definition of a generic"
                }
                ScopeKind::TypeAlias => {
                    "assignment expression within a comprehension cannot be used in a type alias"
                }
                ScopeKind::TypeVariable => {
                    "assignment expression within a comprehension cannot be used in a TypeVar bound"
                }
                ScopeKind::Annotation => continue,
            };
            return Err(error_at(msg, range));
        }
        Ok(())
    }

    fn visit_comprehension(
        &mut self,
        expr: &Expr,
        kind: ComprehensionKind,
        generators: &[Comprehension],
        elt: &Expr,
        value: Option<&Expr>,
    ) -> Result {
        let Some((outermost, rest)) = generators.split_first() else {
            return Ok(());
        };
        let range = expr.range();
        // The outermost iterable is evaluated in the enclosing scope.
        self.state().comp_iter_expr += 1;
        self.visit_expr(&outermost.iter)?;
        self.state().comp_iter_expr -= 1;
        let name = match kind {
            ComprehensionKind::List => "listcomp",
            ComprehensionKind::Set => "setcomp",
            ComprehensionKind::Dict => "dictcomp",
            ComprehensionKind::Generator => "genexpr",
        };
        self.enter(
            ScopeKind::Function,
            name,
            BlockKey::new(expr, BlockRole::Body),
            range,
        )?;
        self.scope().comprehension = Some(kind);
        if outermost.is_async != 0 {
            self.scope().coroutine = true;
        }
        // The outermost iterator arrives as the implicit parameter `.0`.
        self.add_def(".0", SymbolFlags::PARAM, range)?;
        self.state().comp_iter_target = true;
        self.visit_expr(&outermost.target)?;
        self.state().comp_iter_target = false;
        self.visit_exprs(&outermost.ifs)?;
        for generator in rest {
            self.state().comp_iter_target = true;
            self.visit_expr(&generator.target)?;
            self.state().comp_iter_target = false;
            self.state().comp_iter_expr += 1;
            self.visit_expr(&generator.iter)?;
            self.state().comp_iter_expr -= 1;
            self.visit_exprs(&generator.ifs)?;
            if generator.is_async != 0 {
                self.scope().coroutine = true;
            }
        }
        self.visit_opt(value)?;
        self.visit_expr(elt)?;
        let is_generator = kind == ComprehensionKind::Generator;
        let scope = self.scope();
        scope.generator = is_generator;
        let is_async = scope.coroutine && !is_generator;
        self.exit();
        if is_async {
            let scope = self.scope();
            let async_def = scope.kind == ScopeKind::Function && scope.coroutine;
            if !async_def && scope.comprehension.is_none() {
                let msg = "asynchronous comprehension outside of an asynchronous function";
                return Err(error_at(msg, range));
            }
            scope.coroutine = true;
        }
        Ok(())
    }

    fn visit_pattern(&mut self, pattern: &Pattern) -> Result {
        match pattern {
            Pattern::MatchValue(p) => self.visit_expr(&p.value),
            Pattern::MatchSingleton(_) => Ok(()),
            Pattern::MatchSequence(p) => self.visit_patterns(&p.patterns),
            Pattern::MatchStar(p) => match &p.name {
                Some(name) => self.add_def(name, SymbolFlags::LOCAL, p.range),
                None => Ok(()),
            },
            Pattern::MatchMapping(p) => {
                self.visit_exprs(&p.keys)?;
                self.visit_patterns(&p.patterns)?;
                match &p.rest {
                    Some(rest) => self.add_def(rest, SymbolFlags::LOCAL, p.range),
                    None => Ok(()),
                }
            }
            Pattern::MatchClass(p) => {
                self.visit_expr(&p.cls)?;
                self.visit_patterns(&p.patterns)?;
                for (attr, sub) in p.kwd_attrs.iter().zip(&p.kwd_patterns) {
                    check_name(attr, sub.range(), ExprContext::Store)?;
                }
                self.visit_patterns(&p.kwd_patterns)
            }
            Pattern::MatchAs(p) => {
                if let Some(sub) = &p.pattern {
                    self.visit_pattern(sub)?;
                }
                match &p.name {
                    Some(name) => self.add_def(name, SymbolFlags::LOCAL, p.range),
                    None => Ok(()),
                }
            }
            Pattern::MatchOr(p) => self.visit_patterns(&p.patterns),
        }
    }

    fn visit_patterns(&mut self, patterns: &[Pattern]) -> Result {
        patterns.iter().try_for_each(|p| self.visit_pattern(p))
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
