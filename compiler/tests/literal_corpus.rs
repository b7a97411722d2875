//! Checks literal decoding and constant reprs against what CPython 3.14 makes
//! of every literal in its Lib and of every Unicode character name. The data
//! comes from the reference interpreter: `python3.14 ci/gen_literal_data.py`
//! writes it to `.cache/literal/`; without it these tests say so and pass.

use std::fmt::Write;
use std::path::PathBuf;

use compiler::ast::{Dumper, PyString};
use compiler::literal::number::parse_number;
use compiler::literal::repr::{bytes_repr, float_repr, str_repr};
use compiler::literal::string::{decode_bytes, decode_fstring_middle, decode_str};

/// The tab-separated rows of a data file, or `None` when it was not generated.
fn rows(name: &str) -> Option<Vec<Vec<String>>> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../.cache/literal")
        .join(name);
    let Ok(text) = std::fs::read_to_string(&path) else {
        eprintln!("skipped: no {}; run ci/gen_literal_data.py", path.display());
        return None;
    };
    Some(
        text.lines()
            .map(|line| line.split('\t').map(str::to_owned).collect())
            .collect(),
    )
}

fn unhex(hex: &str) -> Vec<u8> {
    (0..hex.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&hex[i..i + 2], 16).expect("the data files hold valid hex"))
        .collect()
}

/// Panics listing the first mismatches, if any.
fn report(what: &str, total: usize, failures: &[String]) {
    let mut msg = format!(
        "{} of {total} {what} differ from CPython:\n",
        failures.len()
    );
    for failure in failures.iter().take(20) {
        let _ = writeln!(msg, "  {failure}");
    }
    assert!(failures.is_empty(), "{msg}");
}

#[test]
fn number_tokens() {
    let Some(rows) = rows("numbers.txt") else {
        return;
    };
    let failures: Vec<String> = rows
        .iter()
        .filter_map(|row| {
            let got = parse_number(&row[0]).map(|c| Dumper::dump(&c));
            (got.as_ref() != Ok(&row[1])).then(|| format!("{}: {got:?} != {}", row[0], row[1]))
        })
        .collect();
    report("number tokens", rows.len(), &failures);
}

#[test]
fn string_tokens() {
    let Some(rows) = rows("strings.txt") else {
        return;
    };
    let failures: Vec<String> = rows
        .iter()
        .filter_map(|row| {
            let prefix = row[0].to_ascii_lowercase();
            let body = String::from_utf8(unhex(&row[1])).expect("source text is UTF-8");
            let raw = prefix.contains('r');
            let got = if prefix.contains('b') {
                decode_bytes(&body, raw).map(|b| bytes_repr(&b))
            } else {
                decode_str(&body, raw).map(|s| str_repr(&PyString::from_wtf8(s.into_owned())))
            };
            let got = got.unwrap_or_else(|err| format!("ERR {}", err.msg));
            (got != row[2]).then(|| format!("{}{body:?}: {got} != {}", row[0], row[2]))
        })
        .collect();
    report("string tokens", rows.len(), &failures);
}

#[test]
fn constant_reprs() {
    let Some(rows) = rows("constants.txt") else {
        return;
    };
    let failures: Vec<String> = rows
        .iter()
        .filter_map(|row| {
            let value = unhex(&row[0]);
            let got = match row[1].as_str() {
                "b" => bytes_repr(&value),
                _ => str_repr(&PyString::from_wtf8(value)),
            };
            (got != row[2]).then(|| format!("{got} != {}", row[2]))
        })
        .collect();
    report("constants", rows.len(), &failures);
}

#[test]
fn character_names() {
    let Some(rows) = rows("names.txt") else {
        return;
    };
    let failures: Vec<String> = rows
        .iter()
        .filter_map(|row| {
            let expected = u32::from_str_radix(&row[1], 16).expect("the data files hold valid hex");
            let expected = char::from_u32(expected)
                .map(String::from)
                .unwrap_or_default();
            let escape = format!("\\N{{{}}}", row[0]);
            let got = decode_str(&escape, false);
            (got.as_deref() != Ok(expected.as_bytes())).then(|| format!("{}: {got:?}", row[0]))
        })
        .collect();
    report("character names", rows.len(), &failures);
}

#[test]
fn random_literals() {
    let Some(rows) = rows("fuzz.txt") else {
        return;
    };
    let failures: Vec<String> = rows
        .iter()
        .filter_map(|row| {
            let prefix = row[0].as_str();
            let body = String::from_utf8(unhex(&row[1])).expect("source text is UTF-8");
            let raw = prefix.contains('r');
            let got = if prefix.contains('b') {
                decode_bytes(&body, raw).map(|b| bytes_repr(&b))
            } else if prefix.contains('f') {
                decode_fstring_middle(&body, raw)
                    .map(|s| str_repr(&PyString::from_wtf8(s.into_owned())))
            } else {
                decode_str(&body, raw).map(|s| str_repr(&PyString::from_wtf8(s.into_owned())))
            };
            let got = got.unwrap_or_else(|err| format!("ERR {} {}", err.start, err.msg));
            (got != row[2]).then(|| format!("{prefix}{body:?}: {got} != {}", row[2]))
        })
        .collect();
    report("random literals", rows.len(), &failures);
}

#[test]
fn float_bits() {
    let Some(rows) = rows("floats.txt") else {
        return;
    };
    let failures: Vec<String> = rows
        .iter()
        .filter_map(|row| {
            let bits = u64::from_str_radix(&row[0], 16).expect("the data files hold valid hex");
            let got = float_repr(f64::from_bits(bits));
            (got != row[1]).then(|| format!("{}: {got} != {}", row[0], row[1]))
        })
        .collect();
    report("float reprs", rows.len(), &failures);
}
