//! Targeted symbol-table cases: every `tests/symtable_cases/**/NAME.py` is run
//! through `compiler::symtable` and compared with `NAME.out` beside it, CPython
//! 3.14's symbol table in the form of ci/symtable_reference.py (regenerate with
//! `ci/regen-symtable-cases.sh`). `errors/` holds sources the symbol table
//! rejects.

use std::path::{Path, PathBuf};

use compiler::symtable;

#[test]
fn symtable_cases_match_cpython() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/symtable_cases");
    let mut cases = Vec::new();
    collect(&dir, &mut cases);
    cases.sort();
    assert!(!cases.is_empty(), "no cases in {}", dir.display());
    let mut failed = Vec::new();
    for case in &cases {
        let source = std::fs::read(case).unwrap_or_else(|e| panic!("{}: {e}", case.display()));
        let expected = std::fs::read_to_string(case.with_extension("out"))
            .unwrap_or_else(|e| panic!("{}.out: {e}", case.display()));
        let actual = dump(&source);
        if actual != expected {
            let name = case.strip_prefix(&dir).unwrap_or(case).display();
            failed.push(format!(
                "FAIL {name}\n--- expected\n{expected}--- actual\n{actual}"
            ));
        }
    }
    assert!(
        failed.is_empty(),
        "\n{}\n{} of {} cases differ",
        failed.join("\n"),
        failed.len(),
        cases.len()
    );
}

/// The symbol table of `source` as ci/symtable_reference.py prints it.
fn dump(source: &[u8]) -> String {
    let table = match compiler::parse_module(source) {
        (_, Ok(module)) => symtable::build(&module),
        (_, Err(err)) => Err(err),
    };
    match table {
        Ok(table) => symtable::dump::dump(&table),
        Err(err) => format!("{}\n", err.report()),
    }
}

/// Every `.py` file below `dir`.
fn collect(dir: &Path, cases: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.expect("a readable directory entry").path();
        if path.is_dir() {
            collect(&path, cases);
        } else if path.extension().is_some_and(|ext| ext == "py") {
            cases.push(path);
        }
    }
}

/// Codegen finds each node's scopes by `BlockKey` and reads where names live.
#[test]
fn block_keys_find_scopes() {
    use compiler::ast::{Expr, Stmt};
    use symtable::{BlockRole, NameAccess, NameScope, ScopeKind};

    let source = b"def f[T](a):\n    b = 1\n    return lambda: (a, T)\n";
    let module = compiler::parse_module(source).1.expect("the case parses");
    let table = symtable::build(&module).expect("the case is valid");
    let Stmt::FunctionDef(def) = &module.body[0] else {
        panic!("the case starts with a def");
    };
    let params = scope_of(&table, &module.body[0], BlockRole::TypeParams);
    assert_eq!(params.kind, ScopeKind::TypeParameters);
    assert_eq!(params.symbol("T").map(|s| s.scope), Some(NameScope::Cell));
    let signature = scope_of(&table, &module.body[0], BlockRole::Signature);
    assert_eq!(signature.kind, ScopeKind::Annotation);
    let body = scope_of(&table, &module.body[0], BlockRole::Body);
    assert_eq!((body.kind, &*body.name), (ScopeKind::Function, "f"));
    assert_eq!(body.symbol("a").map(|s| s.scope), Some(NameScope::Cell));
    assert_eq!(body.symbol("b").map(|s| s.scope), Some(NameScope::Local));
    assert_eq!(body.symbol("T").map(|s| s.scope), Some(NameScope::Free));
    assert_eq!(body.access("a"), NameAccess::Deref);
    assert_eq!(body.access("b"), NameAccess::Fast);
    assert_eq!(body.access("len"), NameAccess::Name);
    assert_eq!(table.top().access("f"), NameAccess::Name);
    let Stmt::Return(ret) = &def.body[1] else {
        panic!("the def returns");
    };
    let lambda: &Expr = ret.value.as_deref().expect("a returned lambda");
    let lambda = scope_of(&table, lambda, BlockRole::Body);
    assert_eq!(lambda.symbol("a").map(|s| s.scope), Some(NameScope::Free));
    assert!(lambda.nested && lambda.is_optimized());
}

/// The scope `node` opens in `role`.
fn scope_of<'t, T>(
    table: &'t symtable::SymbolTable,
    node: &T,
    role: symtable::BlockRole,
) -> &'t symtable::Scope {
    let id = table
        .lookup(symtable::BlockKey::new(node, role))
        .expect("the node opens a scope");
    table.scope(id)
}
