//! Differential test over CPython 3.14's whole Lib (stdlib and test suite):
//! for every file, `compiler::dump_ast` must give CPython's exit status and
//! text byte for byte (the reference dumps of ci/reference-dumps.sh, which
//! this test runs, fetching CPython and making the dumps when missing).

mod lib_diff;

#[test]
fn stdlib_ast_matches_cpython() {
    lib_diff::check_lib("reference-dumps.sh", |bytes| {
        let (text, ok) = compiler::dump_ast(bytes);
        format!("{}\n{text}\n", if ok { 0 } else { 1 })
    });
}
