//! Differential test over CPython 3.14's whole Lib: ferropy's compiler must
//! accept exactly the files `compile(source, path, 'exec')` accepts and
//! reject the others with CPython's error line (reference made by
//! ci/compile-dumps.sh, which this test runs), and every code object it
//! produces must pass the bytecode verifier.

mod lib_diff;

#[test]
fn lib_compiles_as_cpython() {
    lib_diff::check_lib("compile-dumps.sh", |bytes| {
        match compiler::compile(bytes, "<lib>") {
            (_, Ok(code)) => match compiler::bytecode::verify::verify(&code) {
                Ok(()) => "ok\n".to_string(),
                Err(err) => format!("verifier: {err}\n"),
            },
            (_, Err(err)) => format!("{}\n", err.report()),
        }
    });
}
