//! Differential test over CPython 3.14's whole Lib (stdlib and test suite):
//! every annotation must unparse to the string CPython's compiler makes of it
//! under `from __future__ import annotations` (reference made by
//! ci/unparse-dumps.sh, which this test runs, in the form of
//! ci/unparse_reference.py).

mod annotations;
mod lib_diff;

#[test]
fn lib_annotations_unparse_as_cpython() {
    lib_diff::check_lib("unparse-dumps.sh", annotations::texts);
}
