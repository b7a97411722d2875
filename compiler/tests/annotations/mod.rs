//! The text ci/unparse_reference.py writes for a source: the string each
//! annotation becomes under `from __future__ import annotations`.

use compiler::ast::unparse::unparse_expr;
use compiler::ast::{Arguments, ExceptHandler, Expr, Pos, Stmt};

/// `error` if `source` does not compile, else `<line>:<col> <text>` for
/// every annotation, in source order.
pub fn texts(source: &[u8]) -> String {
    if compiler::compile(source, "<annotations>").1.is_err() {
        return "error\n".to_string();
    }
    let (_, Ok(module)) = compiler::parse_module(source) else {
        return "error\n".to_string();
    };
    let mut found = Vec::new();
    annotations(&module.body, &mut found);
    found.sort_by_key(|&(pos, _)| pos);
    found
        .iter()
        .map(|(pos, text)| format!("{}:{} {text}\n", pos.line, pos.col))
        .collect()
}

/// Collects the position and text of every annotation in `body`, nested
/// statements included (expressions hold no annotations).
fn annotations(body: &[Stmt], found: &mut Vec<(Pos, String)>) {
    for stmt in body {
        let exprs = match stmt {
            Stmt::FunctionDef(s) => signature(&s.args, s.returns.as_deref()),
            Stmt::AsyncFunctionDef(s) => signature(&s.args, s.returns.as_deref()),
            Stmt::AnnAssign(s) => vec![&*s.annotation],
            _ => Vec::new(),
        };
        found.extend(
            exprs
                .into_iter()
                .map(|e| (e.range().start, unparse_expr(e))),
        );
        for inner in nested_bodies(stmt) {
            annotations(inner, found);
        }
    }
}

/// The annotations of a function's parameters and return.
fn signature<'a>(args: &'a Arguments, returns: Option<&'a Expr>) -> Vec<&'a Expr> {
    args.posonlyargs
        .iter()
        .chain(&args.args)
        .chain(args.vararg.as_deref())
        .chain(&args.kwonlyargs)
        .chain(args.kwarg.as_deref())
        .filter_map(|p| p.annotation.as_deref())
        .chain(returns)
        .collect()
}

/// The statement lists directly inside `stmt`.
fn nested_bodies(stmt: &Stmt) -> Vec<&[Stmt]> {
    match stmt {
        Stmt::FunctionDef(s) => vec![&s.body],
        Stmt::AsyncFunctionDef(s) => vec![&s.body],
        Stmt::ClassDef(s) => vec![&s.body],
        Stmt::For(s) => vec![&s.body, &s.orelse],
        Stmt::AsyncFor(s) => vec![&s.body, &s.orelse],
        Stmt::While(s) => vec![&s.body, &s.orelse],
        Stmt::If(s) => vec![&s.body, &s.orelse],
        Stmt::With(s) => vec![&s.body],
        Stmt::AsyncWith(s) => vec![&s.body],
        Stmt::Match(s) => s.cases.iter().map(|c| &c.body[..]).collect(),
        Stmt::Try(s) => try_bodies(&s.body, &s.handlers, &s.orelse, &s.finalbody),
        Stmt::TryStar(s) => try_bodies(&s.body, &s.handlers, &s.orelse, &s.finalbody),
        _ => Vec::new(),
    }
}

/// The statement lists of a `try` or `try*` statement.
fn try_bodies<'a>(
    body: &'a [Stmt],
    handlers: &'a [ExceptHandler],
    orelse: &'a [Stmt],
    finalbody: &'a [Stmt],
) -> Vec<&'a [Stmt]> {
    let handlers = handlers.iter().map(|h| &h.body[..]);
    [body, orelse, finalbody]
        .into_iter()
        .chain(handlers)
        .collect()
}
