//! Targeted unparser cases: every `tests/unparse_cases/NAME.py` gives, for each
//! annotation, the string CPython 3.14's compiler makes of it under `from
//! __future__ import annotations`, compared with `NAME.out` beside it (form of
//! ci/unparse_reference.py; regenerate with `ci/regen-unparse-cases.sh`).

mod annotations;

use std::path::Path;

#[test]
fn unparse_cases_match_cpython() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/unparse_cases");
    let entries = std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    let mut cases: Vec<_> = entries
        .filter_map(|entry| Some(entry.ok()?.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "py"))
        .collect();
    cases.sort();
    assert!(!cases.is_empty(), "no cases in {}", dir.display());
    let mut failed = Vec::new();
    for case in &cases {
        let source = std::fs::read(case).unwrap_or_else(|e| panic!("{}: {e}", case.display()));
        let expected = std::fs::read_to_string(case.with_extension("out"))
            .unwrap_or_else(|e| panic!("{}.out: {e}", case.display()));
        let actual = annotations::texts(&source);
        if actual != expected {
            failed.push(format!(
                "FAIL {}\n--- expected\n{expected}--- actual\n{actual}",
                case.display()
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
