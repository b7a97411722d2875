//! Unicode properties the frontend needs, from the tables `pyunicode` shares
//! with the runtime (CPython 3.14's Unicode 16.0 database).

/// Whether Python's `str.isprintable` accepts `c`: `repr` escapes the
/// characters it rejects, and the tokenizer names them differently in errors.
pub fn is_printable(c: char) -> bool {
    pyunicode::props::is_printable(u32::from(c))
}
