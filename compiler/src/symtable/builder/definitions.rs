//! Definitions that open scopes: `def`, `class` and `type`, with their
//! type parameters (PEP 695) and annotations (PEP 649 `__annotate__` scopes).

use std::collections::HashSet;

use crate::ast::*;

use super::super::future::docstring;
use super::super::{BlockKey, BlockRole, ScopeId, ScopeKind, SymbolFlags};
use super::{Builder, Result, error_at};

/// Which definition a type-parameter scope belongs to.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Generic {
    Function,
    Class,
    Alias,
}

impl Builder<'_> {
    #[allow(clippy::too_many_arguments)]
    pub(super) fn visit_function(
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

    pub(super) fn visit_class(&mut self, stmt: &Stmt, class: &StmtClassDef) -> Result {
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

    pub(super) fn visit_type_alias(&mut self, stmt: &Stmt, alias: &StmtTypeAlias) -> Result {
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

    pub(super) fn visit_params(&mut self, args: &Arguments) -> Result {
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

    pub(super) fn visit_ann_assign(&mut self, ann: &StmtAnnAssign) -> Result {
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
}
