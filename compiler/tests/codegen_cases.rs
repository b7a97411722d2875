//! Targeted code generation cases.
//!
//! `codegen_cases/errors/NAME.py`: sources CPython's compiler (or an earlier
//! stage) rejects, or that are close to a rejection; `NAME.out` is CPython
//! 3.14's `compile()` result in the form of ci/compile_reference.py
//! (regenerate with `ci/regen-codegen-cases.sh`).
//!
//! `codegen_cases/dis/NAME.py`: small programs whose disassembly must equal
//! `NAME.dis` (ferropy's own bytecode, so these are snapshots: rewrite them
//! with `FERROPY_BLESS=1` after checking the change), and whose code objects
//! must pass the verifier.

use std::path::{Path, PathBuf};

#[test]
fn compile_errors_match_cpython() {
    run("errors", "out", false, |source| {
        match compiler::compile(source, "<case>") {
            (_, Ok(code)) => match compiler::bytecode::verify::verify(&code) {
                Ok(()) => "ok\n".to_string(),
                Err(err) => format!("verifier: {err}\n"),
            },
            (_, Err(err)) => format!("{}\n", err.report()),
        }
    });
}

#[test]
fn disassembly_snapshots() {
    run("dis", "dis", true, |source| {
        match compiler::compile(source, "<case>") {
            (_, Ok(code)) => {
                let mut text = compiler::bytecode::disassemble(&code);
                if let Err(err) = compiler::bytecode::verify::verify(&code) {
                    text.push_str(&format!("verifier: {err}\n"));
                }
                text
            }
            (_, Err(err)) => format!("{}\n", err.report()),
        }
    });
}

/// Compares `produce(NAME.py)` with `NAME.EXT` for every case in `dir`;
/// `blessable`: the expected files are ferropy's own snapshots.
fn run(dir: &str, ext: &str, blessable: bool, produce: impl Fn(&[u8]) -> String) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/codegen_cases")
        .join(dir);
    let mut cases: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.expect("a readable directory entry").path())
        .filter(|path| path.extension().is_some_and(|e| e == "py"))
        .collect();
    cases.sort();
    assert!(!cases.is_empty(), "no cases in {}", dir.display());
    let bless = blessable && std::env::var_os("FERROPY_BLESS").is_some();
    let mut failed = Vec::new();
    for case in &cases {
        let source = std::fs::read(case).unwrap_or_else(|e| panic!("{}: {e}", case.display()));
        let actual = produce(&source);
        let expected_path = case.with_extension(ext);
        if bless {
            std::fs::write(&expected_path, &actual).expect("can write the snapshot");
            continue;
        }
        let expected = std::fs::read_to_string(&expected_path)
            .unwrap_or_else(|e| panic!("{}: {e}", expected_path.display()));
        if actual != expected {
            let name = case.file_name().unwrap_or_default().to_string_lossy();
            failed.push(format!(
                "FAIL {name}\n--- expected\n{expected}--- actual\n{actual}"
            ));
        }
    }
    println!("{}/{} cases match", cases.len() - failed.len(), cases.len());
    assert!(
        failed.is_empty(),
        "\n{}\n{} of {} cases differ",
        failed.join("\n"),
        failed.len(),
        cases.len()
    );
}
