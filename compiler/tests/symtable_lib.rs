//! Differential test over CPython 3.14's whole Lib (stdlib and test suite):
//! for every file, ferropy's symbol table must print exactly as CPython's
//! `symtable.symtable(source, path, 'exec')` does in the canonical form of
//! ci/symtable_reference.py (made by ci/symtable-dumps.sh, which this test
//! runs). Sources that do not parse give the parser's error line.

mod lib_diff;

use compiler::symtable;

#[test]
fn lib_symtables_match_cpython() {
    lib_diff::check_lib("symtable-dumps.sh", |bytes| {
        let table = match compiler::parse_module(bytes) {
            (_, Ok(module)) => symtable::build(&module),
            (_, Err(err)) => Err(err),
        };
        match table {
            Ok(table) => symtable::dump::dump(&table),
            Err(err) => format!("{}\n", err.report()),
        }
    });
}
