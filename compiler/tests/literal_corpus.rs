//! Checks literal decoding and constant reprs against what CPython 3.14 makes
//! of every literal in its Lib and of every Unicode character name. The data
//! comes from the reference interpreter: ci/literal-data.sh (which these tests
//! run) makes it with ci/gen_literal_data.py when missing or stale.

mod support;

use std::fmt::Write;

use compiler::ast::{Dumper, PyString};
use compiler::literal::number::parse_number;
use compiler::literal::repr::{bytes_repr, float_repr, str_repr};
use compiler::literal::string::{LiteralError, decode_bytes, decode_fstring_middle, decode_str};

/// Checks every tab-separated row of the data file `name` with `check`, which
/// says how a row differs from CPython, if it does; panics listing the first
/// mismatches (a row that panics counts as one).
fn check_rows(name: &str, check: impl Fn(&[String]) -> Option<String>) {
    let dir = support::ci_path("literal-data.sh").unwrap_or_else(|err| panic!("{err}"));
    let path = dir.join(name);
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|err| panic!("can't read {}: {err}", path.display()));
    let rows: Vec<Vec<String>> = text
        .lines()
        .map(|line| line.split('\t').map(str::to_owned).collect())
        .collect();
    assert!(!rows.is_empty(), "{} is empty", path.display());
    let failures: Vec<String> = rows
        .iter()
        .filter_map(|row| {
            support::catch_panic(|| check(row))
                .unwrap_or_else(|report| Some(format!("{row:?}: {report}")))
        })
        .collect();
    let mut msg = format!(
        "{} of {} rows of {name} differ from CPython:\n",
        failures.len(),
        rows.len()
    );
    for failure in failures.iter().take(20) {
        let _ = writeln!(msg, "  {failure}");
    }
    assert!(failures.is_empty(), "{msg}");
}

fn unhex(hex: &str) -> Vec<u8> {
    (0..hex.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&hex[i..i + 2], 16).expect("the data files hold valid hex"))
        .collect()
}

/// The repr of the value of a literal with the lowercase `prefix` and `body`
/// (an f-string's body holding only text).
fn literal_repr(prefix: &str, body: &str) -> Result<String, LiteralError> {
    let raw = prefix.contains('r');
    if prefix.contains('b') {
        return decode_bytes(body, raw).map(|b| bytes_repr(&b));
    }
    let text = if prefix.contains('f') {
        decode_fstring_middle(body, raw)
    } else {
        decode_str(body, raw)
    };
    text.map(|s| str_repr(&PyString::from_wtf8(s.into_owned())))
}

#[test]
fn number_tokens() {
    check_rows("numbers.txt", |row| {
        let got = parse_number(&row[0]).map(|c| Dumper::dump(&c));
        (got.as_ref() != Ok(&row[1])).then(|| format!("{}: {got:?} != {}", row[0], row[1]))
    });
}

#[test]
fn string_tokens() {
    check_rows("strings.txt", |row| {
        let body = String::from_utf8(unhex(&row[1])).expect("source text is UTF-8");
        let got = literal_repr(&row[0].to_ascii_lowercase(), &body)
            .unwrap_or_else(|err| format!("ERR {}", err.msg));
        (got != row[2]).then(|| format!("{}{body:?}: {got} != {}", row[0], row[2]))
    });
}

#[test]
fn constant_reprs() {
    check_rows("constants.txt", |row| {
        let value = unhex(&row[0]);
        let got = match row[1].as_str() {
            "b" => bytes_repr(&value),
            _ => str_repr(&PyString::from_wtf8(value)),
        };
        (got != row[2]).then(|| format!("{got} != {}", row[2]))
    });
}

#[test]
fn character_names() {
    check_rows("names.txt", |row| {
        let expected = u32::from_str_radix(&row[1], 16).expect("the data files hold valid hex");
        let expected = char::from_u32(expected)
            .map(String::from)
            .unwrap_or_default();
        let escape = format!("\\N{{{}}}", row[0]);
        let got = decode_str(&escape, false);
        (got.as_deref() != Ok(expected.as_bytes())).then(|| format!("{}: {got:?}", row[0]))
    });
}

#[test]
fn random_literals() {
    check_rows("fuzz.txt", |row| {
        let prefix = row[0].as_str();
        let body = String::from_utf8(unhex(&row[1])).expect("source text is UTF-8");
        let got = literal_repr(prefix, &body)
            .unwrap_or_else(|err| format!("ERR {} {}", err.start, err.msg));
        (got != row[2]).then(|| format!("{prefix}{body:?}: {got} != {}", row[2]))
    });
}

#[test]
fn float_bits() {
    check_rows("floats.txt", |row| {
        let bits = u64::from_str_radix(&row[0], 16).expect("the data files hold valid hex");
        let got = float_repr(f64::from_bits(bits));
        (got != row[1]).then(|| format!("{}: {got} != {}", row[0], row[1]))
    });
}
