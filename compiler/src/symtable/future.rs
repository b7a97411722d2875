//! `from __future__ import ...` at the top of a module: which features it
//! turns on, and the errors CPython's future check raises.

use crate::ast::{Module, Range, Stmt};
use crate::error::SyntaxError;

use super::builder::error_at;

/// Features that exist (all but `annotations` are mandatory and change
/// nothing; `braces` is a joke with its own error). The parser checks a
/// module's future imports against this list too.
pub(crate) const KNOWN: [&str; 10] = [
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "barry_as_FLUFL",
    "generator_stop",
    "annotations",
];

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FutureFeatures {
    /// `from __future__ import annotations` (PEP 563): annotations are
    /// strings, so they open no scopes.
    pub annotations: bool,
    /// The last future statement of the module's header; a later one is
    /// an error.
    pub location: Option<Range>,
}

impl FutureFeatures {
    /// Reads the future statements that open `module` (after its docstring).
    pub fn from_module(module: &Module) -> Result<FutureFeatures, SyntaxError> {
        let mut features = FutureFeatures::default();
        let skip = usize::from(docstring(&module.body));
        for stmt in &module.body[skip..] {
            let Stmt::ImportFrom(import) = stmt else {
                break;
            };
            if import.level != 0 || import.module.as_deref() != Some("__future__") {
                break;
            }
            for alias in &import.names {
                match &*alias.name {
                    "annotations" => features.annotations = true,
                    "braces" => return Err(error_at("not a chance", alias.range)),
                    name if KNOWN.contains(&name) => {}
                    name => {
                        let msg = format!("future feature {name} is not defined");
                        return Err(error_at(msg, alias.range));
                    }
                }
            }
            features.location = Some(import.range);
        }
        Ok(features)
    }
}

/// Whether `body` starts with a docstring.
pub fn docstring(body: &[Stmt]) -> bool {
    matches!(body.first(), Some(Stmt::Expr(expr)) if matches!(
        &*expr.value,
        crate::ast::Expr::Constant(c) if matches!(c.value, crate::ast::Constant::Str(_))
    ))
}
