//! Statements: control flow (marking conditional code), imports, `global`
//! and `nonlocal` declarations, `match` patterns.

use crate::ast::*;

use super::super::{ScopeKind, SymbolFlags};
use super::{Builder, Result, check_name, error_at};

impl Builder<'_> {
    pub(super) fn visit_stmt(&mut self, stmt: &Stmt) -> Result {
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

    pub(super) fn visit_keywords(&mut self, keywords: &[Keyword]) -> Result {
        for keyword in keywords {
            if let Some(arg) = &keyword.arg {
                check_name(arg, keyword.range, ExprContext::Store)?;
            }
        }
        keywords.iter().try_for_each(|k| self.visit_expr(&k.value))
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
