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
