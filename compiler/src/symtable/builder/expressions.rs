//! Expressions: names, lambdas, comprehensions (with their walrus rules),
//! `yield` and `await`.

use crate::ast::*;

use super::super::{BlockKey, BlockRole, ComprehensionKind, ScopeKind, SymbolFlags};
use super::{Builder, Result, check_name, error_at};

impl Builder<'_> {
    pub(super) fn visit_expr(&mut self, expr: &Expr) -> Result {
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
}
