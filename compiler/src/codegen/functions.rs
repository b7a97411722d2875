//! Everything that creates a function object: `def`, `lambda`, class bodies,
//! comprehensions (or their inlined form, PEP 709), PEP 649 `__annotate__`
//! functions, PEP 695 type-parameter scopes and lazily evaluated type
//! alias values, bounds and defaults.

use super::names::Inlined;
use super::{Compiler, Result, error};
use crate::ast::unparse::unparse_expr;
use crate::ast::*;
use crate::bytecode::{
    CodeFlags, CodeObject, CompareOp, Constant, Intrinsic1, Intrinsic2, Location, Opcode,
};
use crate::symtable::{
    BlockKey, BlockRole, ComprehensionKind, NameScope, Scope, ScopeKind, SymbolFlags,
};

/// `SET_FUNCTION_ATTRIBUTE`'s flags.
const DEFAULTS: u32 = 1;
const KWDEFAULTS: u32 = 2;
const CLOSURE: u32 = 8;
const ANNOTATE: u32 = 16;

/// The `format` values an `__annotate__` function handles itself
/// (`VALUE_WITH_FAKE_GLOBALS`); above it raises `NotImplementedError`.
const MAX_ANNOTATE_FORMAT: i64 = 2;

impl<'a> Compiler<'a> {
    #[allow(clippy::too_many_arguments)]
    pub(super) fn function_def(
        &mut self,
        stmt: &'a Stmt,
        name: &'a str,
        args: &'a Arguments,
        body: &'a [Stmt],
        decorators: &'a [Expr],
        returns: Option<&'a Expr>,
        type_params: &'a [TypeParam],
    ) -> Result {
        self.decorators(decorators)?;
        let first_line = decorators
            .first()
            .map_or(stmt.range(), Expr::range)
            .start
            .line;
        if type_params.is_empty() {
            let flags = self.defaults(args)?;
            self.function_object(stmt, name, args, body, returns, flags, first_line)?;
        } else {
            let key = BlockKey::new(stmt, BlockRole::TypeParams);
            let tp_name = format!("<generic parameters of {name}>");
            self.enter(key, &tp_name, first_line, stmt.range())?;
            self.type_params(type_params)?;
            let mut flags = 0;
            let mut count = 0;
            if !args.defaults.is_empty() {
                self.load_name(".defaults");
                flags |= DEFAULTS;
                count += 1;
            }
            if args.kw_defaults.iter().any(Option::is_some) {
                self.load_name(".kwdefaults");
                flags |= KWDEFAULTS;
                count += 1;
            }
            self.u().arg_count = count;
            self.function_object(stmt, name, args, body, returns, flags, first_line)?;
            self.load_name(".type_params");
            self.emit(
                Opcode::CALL_INTRINSIC_2,
                Intrinsic2::SetFunctionTypeParams as u32,
            );
            self.emit(Opcode::RETURN_VALUE, 0);
            let code = self.leave();
            self.make_function(code, 0);
            self.emit(Opcode::PUSH_NULL, 0);
            let flags = self.defaults(args)?;
            self.emit(Opcode::CALL, flags.count_ones());
        }
        self.apply_decorators(decorators);
        self.store_name(name);
        Ok(())
    }

    fn decorators(&mut self, decorators: &'a [Expr]) -> Result {
        for decorator in decorators {
            self.expr(decorator)?;
            self.emit(Opcode::PUSH_NULL, 0);
        }
        Ok(())
    }

    fn apply_decorators(&mut self, decorators: &'a [Expr]) {
        for decorator in decorators.iter().rev() {
            let saved = self.set_loc(decorator.range());
            self.emit(Opcode::CALL, 1);
            self.restore_loc(saved);
        }
    }

    /// Pushes the positional defaults tuple and keyword-only defaults dict a
    /// function has; returns their `SET_FUNCTION_ATTRIBUTE` flags.
    fn defaults(&mut self, args: &'a Arguments) -> Result<u32> {
        let mut flags = 0;
        let constant: Option<Vec<Constant>> = args.defaults.iter().map(super::fold::fold).collect();
        if let Some(items) = constant.filter(|items| !items.is_empty()) {
            self.load_const(Constant::Tuple(items.into()));
            flags |= DEFAULTS;
        } else if !args.defaults.is_empty() {
            for default in &args.defaults {
                self.expr(default)?;
            }
            self.emit(Opcode::BUILD_TUPLE, args.defaults.len() as u32);
            flags |= DEFAULTS;
        }
        let kw: Vec<_> = args
            .kwonlyargs
            .iter()
            .zip(&args.kw_defaults)
            .filter_map(|(arg, default)| default.as_ref().map(|d| (arg, d)))
            .collect();
        if !kw.is_empty() {
            for (arg, default) in &kw {
                let name = self.mangle(&arg.arg).into_owned();
                self.load_const(Constant::Str(name.into()));
                self.expr(default)?;
            }
            self.emit(Opcode::BUILD_MAP, kw.len() as u32);
            flags |= KWDEFAULTS;
        }
        Ok(flags)
    }

    /// Compiles a `def`'s body and pushes the function (its defaults, per
    /// `flags`, already pushed).
    #[allow(clippy::too_many_arguments)]
    fn function_object(
        &mut self,
        stmt: &'a Stmt,
        name: &str,
        args: &'a Arguments,
        body: &'a [Stmt],
        returns: Option<&'a Expr>,
        mut flags: u32,
        first_line: u32,
    ) -> Result {
        if self.signature_annotate(stmt, args, returns)? {
            flags |= ANNOTATE;
        }
        let key = BlockKey::new(stmt, BlockRole::Body);
        self.enter(key, name, first_line, stmt.range())?;
        self.set_arg_counts(args);
        let mut body = body;
        if self.ur().scope.has_docstring
            && let Some(doc) = super::fold::docstring(body)
        {
            self.u().consts.push(Constant::Str(doc.clone()));
            self.u().flags |= CodeFlags::HAS_DOCSTRING;
            body = &body[1..];
        }
        self.generator_body(|c| c.statements(body))?;
        let code = self.leave();
        self.make_function(code, flags);
        Ok(())
    }

    fn set_arg_counts(&mut self, args: &Arguments) {
        let u = self.u();
        u.posonly_arg_count = args.posonlyargs.len() as u32;
        u.arg_count = (args.posonlyargs.len() + args.args.len()) as u32;
        u.kwonly_arg_count = args.kwonlyargs.len() as u32;
    }

    /// Emits a function body ending in `return None`; a generator's or
    /// coroutine's is covered by a handler turning a `StopIteration` that
    /// escapes into a `RuntimeError` (PEP 479).
    fn generator_body(&mut self, body: impl FnOnce(&mut Self) -> Result) -> Result {
        let scope = self.ur().scope;
        if !(scope.generator || scope.coroutine) {
            body(self)?;
            self.return_none();
            return Ok(());
        }
        let handler = self.new_block();
        let start = self.new_block();
        self.jump(Opcode::SETUP_CLEANUP, handler);
        self.use_block(start);
        body(self)?;
        self.return_none();
        self.use_block(handler);
        let line = self.ur().first_line;
        self.u().loc = Location {
            line,
            end_line: line,
            col: 0,
            end_col: 0,
        };
        self.emit(
            Opcode::CALL_INTRINSIC_1,
            Intrinsic1::StopIterationError as u32,
        );
        self.emit(Opcode::RERAISE, 1);
        Ok(())
    }

    /// Makes a function of `code` from the current unit: its closure from
    /// this unit's cells, and the attributes `flags` says are on the stack.
    fn make_function(&mut self, code: CodeObject, flags: u32) {
        let mut flags = flags;
        if !code.freevars.is_empty() {
            for name in &code.freevars {
                match self.deref_index(name) {
                    Some(i) => self.emit(Opcode::LOAD_CLOSURE, i),
                    // The symbol table gives every free name an enclosing cell.
                    None => self.load_const(Constant::None),
                }
            }
            self.emit(Opcode::BUILD_TUPLE, code.freevars.len() as u32);
            flags |= CLOSURE;
        }
        self.load_const(Constant::Code(code.into()));
        self.emit(Opcode::MAKE_FUNCTION, 0);
        for flag in [CLOSURE, ANNOTATE, KWDEFAULTS, DEFAULTS] {
            if flags & flag != 0 {
                self.emit(Opcode::SET_FUNCTION_ATTRIBUTE, flag);
            }
        }
    }

    /// The start of an `__annotate__` (or lazy value) function: raise
    /// `NotImplementedError` for formats it leaves to the caller.
    fn format_check(&mut self) {
        if self.ur().varnames.is_empty() {
            return;
        }
        self.u().arg_count = 1;
        self.u().posonly_arg_count = 1;
        let ok = self.new_block();
        self.emit(Opcode::LOAD_FAST, 0);
        self.load_const(Constant::Int(MAX_ANNOTATE_FORMAT));
        self.emit(Opcode::COMPARE_OP, (CompareOp::Gt as u32) << 1);
        self.jump(Opcode::POP_JUMP_IF_FALSE, ok);
        self.emit(Opcode::LOAD_COMMON_CONSTANT, 1);
        self.emit(Opcode::RAISE_VARARGS, 1);
        self.use_block(ok);
    }

    /// Pushes the `__annotate__` function of a `def`'s signature, if it has
    /// annotations.
    fn signature_annotate(
        &mut self,
        stmt: &'a Stmt,
        args: &'a Arguments,
        returns: Option<&'a Expr>,
    ) -> Result<bool> {
        let params = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(args.vararg.as_deref())
            .chain(&args.kwonlyargs)
            .chain(args.kwarg.as_deref());
        let mut annotations: Vec<(&str, &'a Expr)> = params
            .filter_map(|p| p.annotation.as_deref().map(|a| (&*p.arg, a)))
            .collect();
        if let Some(returns) = returns {
            annotations.push(("return", returns));
        }
        if annotations.is_empty() {
            return Ok(false);
        }
        let key = BlockKey::new(stmt, BlockRole::Signature);
        let Some(id) = self.table.lookup(key) else {
            return Ok(false);
        };
        let scope = self.table.scope(id);
        self.enter_scope(scope, "__annotate__", stmt.range().start.line, stmt.range());
        self.format_check();
        for (name, annotation) in &annotations {
            let name = self.mangle(name).into_owned();
            self.load_const(Constant::Str(name.into()));
            if self.table.future.annotations {
                let text = unparse_expr(annotation);
                let saved = self.set_loc(annotation.range());
                self.load_const(Constant::Str(text.into()));
                self.restore_loc(saved);
            } else {
                self.annotation_value(annotation)?;
            }
        }
        self.emit(Opcode::BUILD_MAP, annotations.len() as u32);
        self.emit(Opcode::RETURN_VALUE, 0);
        let code = self.leave();
        self.make_function(code, 0);
        Ok(true)
    }

    /// An annotation's value; `*Ts` (of `*args: *Ts`) is its one item.
    fn annotation_value(&mut self, annotation: &'a Expr) -> Result {
        match annotation {
            Expr::Starred(s) => {
                self.expr(&s.value)?;
                self.emit(Opcode::UNPACK_SEQUENCE, 1);
                Ok(())
            }
            _ => self.expr(annotation),
        }
    }

    /// Under `from __future__ import annotations`, a module or class body
    /// with variable annotations starts by creating `__annotations__`.
    pub(super) fn setup_annotations(&mut self, body: &[Stmt]) {
        if self.table.future.annotations && has_annotations(body) {
            self.emit(Opcode::SETUP_ANNOTATIONS, 0);
        }
    }

    /// Records a simple variable annotation of a module or class body for
    /// its `__annotate__`; function bodies do not evaluate annotations.
    pub(super) fn record_annotation(&mut self, name: &str, annotation: &'a Expr) -> Result {
        let scope = self.ur().scope;
        if scope.kind.is_function_like() {
            return Ok(());
        }
        if self.table.future.annotations {
            let text = unparse_expr(annotation);
            self.load_const(Constant::Str(text.into()));
            self.load_name("__annotations__");
            let name = self.mangle(name).into_owned();
            self.load_const(Constant::Str(name.into()));
            self.emit(Opcode::STORE_SUBSCR, 0);
            return Ok(());
        }
        let index = self.ur().annotations.len() as u32;
        let conditional = scope.has_conditional_annotations
            && (scope.kind == crate::symtable::ScopeKind::Module || self.ur().in_conditional > 0);
        if conditional {
            self.load_name("__conditional_annotations__");
            self.load_const(Constant::Int(index as i64));
            self.emit(Opcode::SET_ADD, 1);
            self.emit(Opcode::POP_TOP, 0);
        }
        let name = self.mangle(name).into_owned();
        self.u()
            .annotations
            .push((name.into(), annotation, conditional.then_some(index)));
        Ok(())
    }

    /// Ends a module or class body: its `__annotate__` from the recorded
    /// annotations.
    pub(super) fn deferred_annotations(&mut self, scope: &'a Scope, line: u32) -> Result {
        let annotations = std::mem::take(&mut self.u().annotations);
        let Some(block) = scope.annotation_block.filter(|_| !annotations.is_empty()) else {
            return Ok(());
        };
        let annotate_scope = self.table.scope(block);
        let loc = self.ur().loc;
        self.enter_scope(
            annotate_scope,
            "__annotate__",
            line,
            annotations[0].1.range(),
        );
        self.format_check();
        self.emit(Opcode::BUILD_MAP, 0);
        for (name, annotation, conditional) in &annotations {
            let skip = self.new_block();
            if let Some(index) = conditional {
                self.load_name("__conditional_annotations__");
                self.load_const(Constant::Int(*index as i64));
                self.emit(Opcode::CONTAINS_OP, 1);
                self.jump(Opcode::POP_JUMP_IF_TRUE, skip);
            }
            self.load_const(Constant::Str(name.to_string().into()));
            self.annotation_value(annotation)?;
            self.emit(Opcode::MAP_ADD, 1);
            self.use_block(skip);
        }
        self.emit(Opcode::RETURN_VALUE, 0);
        let code = self.leave();
        self.u().loc = loc;
        self.make_function(code, 0);
        let target = if scope.kind == crate::symtable::ScopeKind::Class {
            "__annotate_func__"
        } else {
            "__annotate__"
        };
        self.store_name(target);
        Ok(())
    }

    pub(super) fn class_def(&mut self, stmt: &'a Stmt, s: &'a StmtClassDef) -> Result {
        super::expressions::check_keywords(&s.keywords)?;
        self.decorators(&s.decorator_list)?;
        let first_line = s
            .decorator_list
            .first()
            .map_or(s.range, Expr::range)
            .start
            .line;
        if s.type_params.is_empty() {
            self.build_class(stmt, s, first_line, false)?;
        } else {
            let key = BlockKey::new(stmt, BlockRole::TypeParams);
            let tp_name = format!("<generic parameters of {}>", s.name);
            self.enter(key, &tp_name, first_line, s.range)?;
            self.type_params(&s.type_params)?;
            self.load_name(".type_params");
            self.emit(
                Opcode::CALL_INTRINSIC_1,
                Intrinsic1::SubscriptGeneric as u32,
            );
            self.store_name(".generic_base");
            self.build_class(stmt, s, first_line, true)?;
            self.emit(Opcode::RETURN_VALUE, 0);
            let code = self.leave();
            self.make_function(code, 0);
            self.emit(Opcode::PUSH_NULL, 0);
            self.emit(Opcode::CALL, 0);
        }
        self.apply_decorators(&s.decorator_list);
        self.store_name(&s.name);
        Ok(())
    }

    /// `__build_class__(body_function, name, *bases, **keywords)`.
    fn build_class(
        &mut self,
        stmt: &'a Stmt,
        s: &'a StmtClassDef,
        first_line: u32,
        generic: bool,
    ) -> Result {
        self.emit(Opcode::LOAD_BUILD_CLASS, 0);
        self.emit(Opcode::PUSH_NULL, 0);
        let key = BlockKey::new(stmt, BlockRole::Body);
        self.enter(key, &s.name, first_line, s.range)?;
        self.class_body(s, first_line, generic)?;
        let code = self.leave();
        self.make_function(code, 0);
        self.load_const(Constant::Str(s.name.to_string().into()));
        let simple = !generic
            && !s.bases.iter().any(|b| matches!(b, Expr::Starred(_)))
            && s.keywords.iter().all(|k| k.arg.is_some());
        if simple {
            for base in &s.bases {
                self.expr(base)?;
            }
            for keyword in &s.keywords {
                self.expr(&keyword.value)?;
            }
            let count = (2 + s.bases.len() + s.keywords.len()) as u32;
            if s.keywords.is_empty() {
                self.emit(Opcode::CALL, count);
            } else {
                let names = s
                    .keywords
                    .iter()
                    .map(|k| Constant::Str(k.arg.as_deref().unwrap_or("").to_string().into()))
                    .collect();
                self.load_const(Constant::Tuple(names));
                self.emit(Opcode::CALL_KW, count);
            }
            return Ok(());
        }
        self.emit(Opcode::BUILD_LIST, 2);
        for base in &s.bases {
            match base {
                Expr::Starred(star) => {
                    self.expr(&star.value)?;
                    self.emit(Opcode::LIST_EXTEND, 1);
                }
                _ => {
                    self.expr(base)?;
                    self.emit(Opcode::LIST_APPEND, 1);
                }
            }
        }
        if generic {
            self.load_name(".generic_base");
            self.emit(Opcode::LIST_APPEND, 1);
        }
        self.emit(Opcode::CALL_INTRINSIC_1, Intrinsic1::ListToTuple as u32);
        if s.keywords.is_empty() {
            self.emit(Opcode::CALL_FUNCTION_EX, 0);
            return Ok(());
        }
        self.emit(Opcode::BUILD_MAP, 0);
        for keyword in &s.keywords {
            if let Some(name) = &keyword.arg {
                self.load_const(Constant::Str(name.to_string().into()));
                self.expr(&keyword.value)?;
                self.emit(Opcode::BUILD_MAP, 1);
            } else {
                self.expr(&keyword.value)?;
            }
            self.emit(Opcode::DICT_MERGE, 1);
        }
        self.emit(Opcode::CALL_FUNCTION_EX, 1);
        Ok(())
    }

    fn class_body(&mut self, s: &'a StmtClassDef, first_line: u32, generic: bool) -> Result {
        let scope = self.ur().scope;
        self.load_name("__name__");
        self.store_name("__module__");
        let qualname = self.ur().qualname.to_string();
        self.load_const(Constant::Str(qualname.into()));
        self.store_name("__qualname__");
        self.load_const(Constant::Int(first_line as i64));
        self.store_name("__firstlineno__");
        if generic {
            self.load_name(".type_params");
            self.store_name("__type_params__");
        }
        if scope.needs_classdict {
            self.emit(Opcode::LOAD_LOCALS, 0);
            self.store_name("__classdict__");
        }
        if scope.has_conditional_annotations {
            self.emit(Opcode::BUILD_SET, 0);
            self.store_name("__conditional_annotations__");
        }
        let body = self.docstring(&s.body, true)?;
        self.setup_annotations(body);
        self.statements(body)?;
        self.deferred_annotations(scope, first_line)?;
        let attributes = super::fold::static_attributes(&s.body);
        self.load_const(Constant::Tuple(attributes.into()));
        self.store_name("__static_attributes__");
        if scope.needs_classdict
            && let Some(i) = self.deref_index("__classdict__")
        {
            self.emit(Opcode::LOAD_CLOSURE, i);
            self.store_name("__classdictcell__");
        }
        match self
            .deref_index("__class__")
            .filter(|_| scope.needs_class_closure)
        {
            Some(i) => {
                self.emit(Opcode::LOAD_CLOSURE, i);
                self.emit(Opcode::COPY, 1);
                self.store_name("__classcell__");
                self.emit(Opcode::RETURN_VALUE, 0);
            }
            None => self.return_none(),
        }
        Ok(())
    }

    /// Pushes each type parameter (binding its name) and stores the tuple of
    /// them as `.type_params`.
    fn type_params(&mut self, params: &'a [TypeParam]) -> Result {
        for param in params {
            let saved = self.set_loc(param.range());
            let (name, default) = match param {
                TypeParam::TypeVar(t) => {
                    self.load_const(Constant::Str(t.name.to_string().into()));
                    match &t.bound {
                        Some(bound) => {
                            self.lazy(BlockKey::new(param, BlockRole::Bound), &t.name, bound)?;
                            let which = if matches!(&**bound, Expr::Tuple(_)) {
                                Intrinsic2::TypeVarWithConstraints
                            } else {
                                Intrinsic2::TypeVarWithBound
                            };
                            self.emit(Opcode::CALL_INTRINSIC_2, which as u32);
                        }
                        None => self.emit(Opcode::CALL_INTRINSIC_1, Intrinsic1::TypeVar as u32),
                    }
                    (&t.name, &t.default_value)
                }
                TypeParam::ParamSpec(p) => {
                    self.load_const(Constant::Str(p.name.to_string().into()));
                    self.emit(Opcode::CALL_INTRINSIC_1, Intrinsic1::ParamSpec as u32);
                    (&p.name, &p.default_value)
                }
                TypeParam::TypeVarTuple(p) => {
                    self.load_const(Constant::Str(p.name.to_string().into()));
                    self.emit(Opcode::CALL_INTRINSIC_1, Intrinsic1::TypeVarTuple as u32);
                    (&p.name, &p.default_value)
                }
            };
            if let Some(default) = default {
                self.lazy(BlockKey::new(param, BlockRole::Default), name, default)?;
                self.emit(
                    Opcode::CALL_INTRINSIC_2,
                    Intrinsic2::SetTypeparamDefault as u32,
                );
            }
            self.emit(Opcode::COPY, 1);
            self.store_name(name);
            self.restore_loc(saved);
        }
        self.emit(Opcode::BUILD_TUPLE, params.len() as u32);
        self.store_name(".type_params");
        Ok(())
    }

    /// Pushes a function evaluating `value` on demand (type alias values,
    /// type parameter bounds and defaults).
    fn lazy(&mut self, key: BlockKey, name: &str, value: &'a Expr) -> Result {
        self.enter(key, name, value.range().start.line, value.range())?;
        self.format_check();
        match value {
            Expr::Starred(_) => self.annotation_value(value)?,
            _ => self.expr(value)?,
        }
        self.emit(Opcode::RETURN_VALUE, 0);
        let code = self.leave();
        self.make_function(code, 0);
        Ok(())
    }

    pub(super) fn type_alias(&mut self, stmt: &'a Stmt, s: &'a StmtTypeAlias) -> Result {
        let Expr::Name(name) = &*s.name else {
            return Err(error("type alias name must be a name", s.name.range()));
        };
        let generic = !s.type_params.is_empty();
        if generic {
            let key = BlockKey::new(stmt, BlockRole::TypeParams);
            let tp_name = format!("<generic parameters of {}>", name.id);
            self.enter(key, &tp_name, s.range.start.line, s.range)?;
            self.type_params(&s.type_params)?;
        }
        self.load_const(Constant::Str(name.id.to_string().into()));
        if generic {
            self.load_name(".type_params");
        } else {
            self.load_const(Constant::None);
        }
        self.lazy(BlockKey::new(stmt, BlockRole::Body), &name.id, &s.value)?;
        self.emit(Opcode::BUILD_TUPLE, 3);
        self.emit(Opcode::CALL_INTRINSIC_1, Intrinsic1::TypeAlias as u32);
        if generic {
            self.emit(Opcode::RETURN_VALUE, 0);
            let code = self.leave();
            self.make_function(code, 0);
            self.emit(Opcode::PUSH_NULL, 0);
            self.emit(Opcode::CALL, 0);
        }
        self.store_name(&name.id);
        Ok(())
    }

    pub(super) fn lambda(&mut self, e: &'a Expr, l: &'a ExprLambda) -> Result {
        let flags = self.defaults(&l.args)?;
        let key = BlockKey::new(e, BlockRole::Body);
        self.enter(key, "<lambda>", l.range.start.line, l.range)?;
        self.set_arg_counts(&l.args);
        let scope = self.ur().scope;
        if scope.generator {
            self.generator_body(|c| {
                c.expr(&l.body)?;
                c.emit(Opcode::POP_TOP, 0);
                Ok(())
            })?;
        } else {
            self.expr(&l.body)?;
            self.emit(Opcode::RETURN_VALUE, 0);
        }
        let code = self.leave();
        self.make_function(code, flags);
        Ok(())
    }

    /// A list, set or dict comprehension or a generator expression.
    pub(super) fn comprehension(&mut self, e: &'a Expr) -> Result {
        let (generators, elt, value) = match e {
            Expr::ListComp(c) => (&c.generators, &*c.elt, None),
            Expr::SetComp(c) => (&c.generators, &*c.elt, None),
            Expr::DictComp(c) => (&c.generators, &*c.key, Some(&*c.value)),
            Expr::GeneratorExp(c) => (&c.generators, &*c.elt, None),
            _ => unreachable!("only comprehensions reach here"),
        };
        let key = BlockKey::new(e, BlockRole::Body);
        let scope = self.scope_of(key);
        let kind = scope.comprehension.unwrap_or(ComprehensionKind::Generator);
        let outermost = &generators[0];
        if scope.comp_inlined {
            return self.inlined_comprehension(scope, kind, generators, elt, value);
        }
        let name = match kind {
            ComprehensionKind::List => "<listcomp>",
            ComprehensionKind::Set => "<setcomp>",
            ComprehensionKind::Dict => "<dictcomp>",
            ComprehensionKind::Generator => "<genexpr>",
        };
        let range = e.range();
        self.enter(key, name, range.start.line, range)?;
        self.u().arg_count = 1;
        let is_generator = kind == ComprehensionKind::Generator;
        self.generator_body(|c| {
            if !is_generator {
                c.empty_collection(kind);
            }
            c.comprehension_loop(generators, 0, elt, value, kind, true)?;
            if !is_generator {
                c.emit(Opcode::RETURN_VALUE, 0);
                c.dead_block();
            }
            Ok(())
        })?;
        let code = self.leave();
        let is_async_comp = code.flags.has(CodeFlags::COROUTINE) && !is_generator;
        self.make_function(code, 0);
        self.emit(Opcode::PUSH_NULL, 0);
        self.expr(&outermost.iter)?;
        let saved = self.set_loc(outermost.iter.range());
        self.emit(
            if outermost.is_async != 0 {
                Opcode::GET_AITER
            } else {
                Opcode::GET_ITER
            },
            0,
        );
        self.restore_loc(saved);
        self.emit(Opcode::CALL, 1);
        if is_async_comp {
            self.emit(Opcode::GET_AWAITABLE, 0);
            self.load_const(Constant::None);
            self.yield_from(true);
        }
        Ok(())
    }

    fn empty_collection(&mut self, kind: ComprehensionKind) {
        match kind {
            ComprehensionKind::List => self.emit(Opcode::BUILD_LIST, 0),
            ComprehensionKind::Set => self.emit(Opcode::BUILD_SET, 0),
            ComprehensionKind::Dict => self.emit(Opcode::BUILD_MAP, 0),
            ComprehensionKind::Generator => {}
        }
    }

    /// A comprehension compiled into the enclosing unit (PEP 709): the
    /// names it binds are saved, cleared and restored around it, also when
    /// it raises.
    fn inlined_comprehension(
        &mut self,
        scope: &'a Scope,
        kind: ComprehensionKind,
        generators: &'a [Comprehension],
        elt: &'a Expr,
        value: Option<&'a Expr>,
    ) -> Result {
        let outermost = &generators[0];
        self.expr(&outermost.iter)?;
        let mut inlined = Inlined::default();
        let class_body = self.ur().scope.kind == ScopeKind::Class;
        for symbol in &scope.symbols {
            let bound = symbol
                .flags
                .intersects(SymbolFlags::LOCAL | SymbolFlags::PARAM)
                && !symbol
                    .flags
                    .intersects(SymbolFlags::NONLOCAL | SymbolFlags::GLOBAL);
            if class_body && symbol.scope == NameScope::GlobalImplicit {
                inlined.globals.push(symbol.name.clone());
            }
            if !bound || symbol.name.starts_with('.') {
                continue;
            }
            match symbol.scope {
                NameScope::Cell if self.deref_index(&symbol.name).is_some() => {
                    inlined.cells.push(symbol.name.clone())
                }
                NameScope::Local | NameScope::Cell => inlined.fast.push(symbol.name.clone()),
                _ => {}
            }
        }
        let saved = inlined.fast.len() + inlined.cells.len();
        for name in &inlined.fast {
            let i = self.local_index(name);
            self.emit(Opcode::LOAD_FAST_AND_CLEAR, i);
        }
        for name in &inlined.cells {
            let i = self.deref_index(name).expect("filtered above");
            self.emit(Opcode::LOAD_CLOSURE, i);
            self.emit(Opcode::MAKE_CELL, i);
        }
        let cleanup = self.new_block();
        let end = self.new_block();
        if saved > 0 {
            self.emit(Opcode::SWAP, saved as u32 + 1);
            self.jump(Opcode::SETUP_FINALLY, cleanup);
        }
        self.u().inlined.push(inlined);
        let body = self.new_block();
        self.use_block(body);
        let result = {
            self.empty_collection(kind);
            self.emit(Opcode::SWAP, 2);
            self.comprehension_loop(generators, 0, elt, value, kind, false)
        };
        let inlined = self.u().inlined.pop().expect("pushed above");
        result?;
        if saved > 0 {
            self.emit(Opcode::POP_BLOCK, 0);
            self.emit(Opcode::SWAP, saved as u32 + 1);
            self.restore_inlined(&inlined);
            self.jump(Opcode::JUMP, end);
            self.use_block(cleanup);
            // saved... slot exc
            self.emit(Opcode::SWAP, 2);
            self.emit(Opcode::POP_TOP, 0);
            self.restore_inlined_under(&inlined);
            self.emit(Opcode::RERAISE, 0);
        }
        self.use_block(end);
        Ok(())
    }

    /// Stores the saved values on top back (last saved on top).
    fn restore_inlined(&mut self, inlined: &Inlined) {
        self.restore_each(inlined, false);
    }

    /// As [`Self::restore_inlined`] with one value (an exception) above them.
    fn restore_inlined_under(&mut self, inlined: &Inlined) {
        self.restore_each(inlined, true);
    }

    fn restore_each(&mut self, inlined: &Inlined, under: bool) {
        for name in inlined.cells.iter().rev() {
            if under {
                self.emit(Opcode::SWAP, 2);
            }
            let i = self.deref_index(name).unwrap_or(0);
            self.emit(Opcode::RESTORE_CELL, i);
        }
        for name in inlined.fast.iter().rev() {
            if under {
                self.emit(Opcode::SWAP, 2);
            }
            let i = self.local_index(name);
            self.emit(Opcode::STORE_FAST, i);
        }
    }

    /// The loops of a comprehension from generator `index` on; the result
    /// collection is below the iterators on the stack. `in_function`: the
    /// outermost iterator is the function's argument `.0`.
    fn comprehension_loop(
        &mut self,
        generators: &'a [Comprehension],
        index: usize,
        elt: &'a Expr,
        value: Option<&'a Expr>,
        kind: ComprehensionKind,
        in_function: bool,
    ) -> Result {
        let generator = &generators[index];
        let is_async = generator.is_async != 0;
        let saved = self.set_loc(generator.iter.range());
        if index == 0 && in_function {
            self.emit(Opcode::LOAD_FAST, 0);
        } else {
            if index > 0 {
                self.expr(&generator.iter)?;
            }
            self.emit(
                if is_async {
                    Opcode::GET_AITER
                } else {
                    Opcode::GET_ITER
                },
                0,
            );
        }
        let start = self.new_block();
        let if_cleanup = self.new_block();
        let anchor = self.new_block();
        self.use_block(start);
        if is_async {
            self.jump(Opcode::SETUP_FINALLY, anchor);
            self.emit(Opcode::GET_ANEXT, 0);
            self.load_const(Constant::None);
            self.yield_from(true);
            self.emit(Opcode::POP_BLOCK, 0);
        } else {
            self.jump(Opcode::FOR_ITER, anchor);
        }
        self.restore_loc(saved);
        self.store_target(&generator.target)?;
        for test in &generator.ifs {
            self.jump_if(test, if_cleanup, false)?;
        }
        if index + 1 < generators.len() {
            self.comprehension_loop(generators, index + 1, elt, value, kind, in_function)?;
        } else {
            let depth = generators.len() as u32 + 1;
            match kind {
                ComprehensionKind::Generator => {
                    self.expr(elt)?;
                    if self.ur().scope.coroutine {
                        self.emit(Opcode::CALL_INTRINSIC_1, Intrinsic1::AsyncGenWrap as u32);
                    }
                    let fblocks = self.ur().fblocks.len() as u32;
                    self.emit(Opcode::YIELD_VALUE, fblocks);
                    self.emit(Opcode::RESUME, 1);
                    self.emit(Opcode::POP_TOP, 0);
                }
                ComprehensionKind::List => {
                    self.expr(elt)?;
                    self.emit(Opcode::LIST_APPEND, depth);
                }
                ComprehensionKind::Set => {
                    self.expr(elt)?;
                    self.emit(Opcode::SET_ADD, depth);
                }
                ComprehensionKind::Dict => {
                    self.expr(elt)?;
                    self.expr(value.expect("a dict comprehension has a value"))?;
                    self.emit(Opcode::MAP_ADD, depth);
                }
            }
        }
        self.use_block(if_cleanup);
        self.jump(Opcode::JUMP, start);
        self.use_block(anchor);
        if is_async {
            self.emit(Opcode::END_ASYNC_FOR, 0);
        }
        Ok(())
    }
}

/// Whether a body has variable annotations (not counting nested scopes).
fn has_annotations(body: &[Stmt]) -> bool {
    body.iter().any(|stmt| match stmt {
        Stmt::AnnAssign(_) => true,
        Stmt::For(s) => has_annotations(&s.body) || has_annotations(&s.orelse),
        Stmt::AsyncFor(s) => has_annotations(&s.body) || has_annotations(&s.orelse),
        Stmt::While(s) => has_annotations(&s.body) || has_annotations(&s.orelse),
        Stmt::If(s) => has_annotations(&s.body) || has_annotations(&s.orelse),
        Stmt::With(s) => has_annotations(&s.body),
        Stmt::AsyncWith(s) => has_annotations(&s.body),
        Stmt::Match(s) => s.cases.iter().any(|c| has_annotations(&c.body)),
        Stmt::Try(s) => {
            has_annotations(&s.body)
                || s.handlers.iter().any(|h| has_annotations(&h.body))
                || has_annotations(&s.orelse)
                || has_annotations(&s.finalbody)
        }
        Stmt::TryStar(s) => {
            has_annotations(&s.body)
                || s.handlers.iter().any(|h| has_annotations(&h.body))
                || has_annotations(&s.orelse)
                || has_annotations(&s.finalbody)
        }
        _ => false,
    })
}
