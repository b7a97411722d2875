//! Differential tests: our tokens against those CPython 3.14's C tokenizer
//! gives its parser, for tricky snippets (dumps made with the reference's
//! `_tokenize.TokenizerIter(..., extra_tokens=False)`) and for every file of
//! its Lib (dumped by ci/token_reference.py; ci/token-dumps.sh, which this
//! test runs, makes the dumps when missing or stale).

#[path = "support/py_files.rs"]
mod py_files;
mod support;

use compiler::tokenizer::{Token, TokenKind, tokenize};
use std::path::Path;

const KEYWORDS: &[TokenKind] = &[
    TokenKind::False,
    TokenKind::None,
    TokenKind::True,
    TokenKind::And,
    TokenKind::As,
    TokenKind::Assert,
    TokenKind::Async,
    TokenKind::Await,
    TokenKind::Break,
    TokenKind::Class,
    TokenKind::Continue,
    TokenKind::Def,
    TokenKind::Del,
    TokenKind::Elif,
    TokenKind::Else,
    TokenKind::Except,
    TokenKind::Finally,
    TokenKind::For,
    TokenKind::From,
    TokenKind::Global,
    TokenKind::If,
    TokenKind::Import,
    TokenKind::In,
    TokenKind::Is,
    TokenKind::Lambda,
    TokenKind::Nonlocal,
    TokenKind::Not,
    TokenKind::Or,
    TokenKind::Pass,
    TokenKind::Raise,
    TokenKind::Return,
    TokenKind::Try,
    TokenKind::While,
    TokenKind::With,
    TokenKind::Yield,
];

/// CPython's `token.tok_name` for a kind.
fn type_name(kind: TokenKind) -> String {
    if KEYWORDS.contains(&kind) {
        return "NAME".into();
    }
    match kind {
        TokenKind::EndMarker => "ENDMARKER".into(),
        TokenKind::FStringStart => "FSTRING_START".into(),
        TokenKind::FStringMiddle => "FSTRING_MIDDLE".into(),
        TokenKind::FStringEnd => "FSTRING_END".into(),
        TokenKind::TStringStart => "TSTRING_START".into(),
        TokenKind::TStringMiddle => "TSTRING_MIDDLE".into(),
        TokenKind::TStringEnd => "TSTRING_END".into(),
        _ => format!("{kind:?}").to_uppercase(),
    }
}

/// What of a token both sides can be compared on: CPython has no column for
/// INDENT, DEDENT and ENDMARKER, ends a NEWLINE before its newline, and
/// splits MIDDLE tokens (merged here) ending them before a doubled brace.
fn normalize(kind: &str, line: i64, col: i64, end_line: i64, end_col: i64) -> String {
    match kind {
        "INDENT" | "DEDENT" | "ENDMARKER" => format!("{kind} {line}"),
        "NEWLINE" | "FSTRING_MIDDLE" | "TSTRING_MIDDLE" => format!("{kind} {line} {col}"),
        _ => format!("{kind} {line} {col} {end_line} {end_col}"),
    }
}

pub fn merge_middles(tokens: Vec<String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::with_capacity(tokens.len());
    for token in tokens {
        let kind = token.split(' ').next().unwrap_or("");
        let prev = out.last().and_then(|t| t.split(' ').next()).unwrap_or("");
        if kind.ends_with("_MIDDLE") && kind == prev {
            continue;
        }
        out.push(token);
    }
    out
}

/// Characters before byte column `col` of line `line` (1-based).
fn char_col(lines: &[&str], line: u32, col: u32) -> i64 {
    let Some(text) = lines.get(line as usize - 1) else {
        return col as i64;
    };
    let bytes = &text.as_bytes()[..(col as usize).min(text.len())];
    let chars = bytes.iter().filter(|&&b| b & 0xc0 != 0x80).count();
    (chars + (col as usize).saturating_sub(text.len())) as i64
}

pub fn ours(source: &str, tokens: &[Token]) -> Vec<String> {
    let lines: Vec<&str> = source.split_inclusive('\n').collect();
    tokens
        .iter()
        .map(|t| {
            normalize(
                &type_name(t.kind),
                t.start.line as i64,
                char_col(&lines, t.start.line, t.start.col),
                t.end.line as i64,
                char_col(&lines, t.end.line, t.end.col),
            )
        })
        .collect()
}

pub fn reference(dump: &str) -> (Vec<String>, Option<String>) {
    let mut tokens = Vec::new();
    let mut error = None;
    for line in dump.lines() {
        if let Some(err) = line.strip_prefix("ERROR ") {
            error = Some(err.to_owned());
            continue;
        }
        let f: Vec<&str> = line.split(' ').collect();
        let num = |i: usize| f.get(i).and_then(|s| s.parse().ok()).unwrap_or(-2);
        tokens.push(normalize(f[0], num(1), num(2), num(3), num(4)));
    }
    (tokens, error)
}

/// Why the file's tokens differ from the reference, if they do.
fn compare(path: &Path, dump: &str) -> Option<String> {
    let bytes = std::fs::read(path).ok()?;
    let source = match compiler::source::decode(&bytes) {
        Ok(source) => source,
        Err(_) if dump == "UNDECODABLE\n" => return None,
        Err(err) => return Some(format!("decode error {}", err.report())),
    };
    if dump == "UNDECODABLE\n" {
        return Some("decoded what CPython cannot".into());
    }
    compare_source(&source, dump)
}

fn compare_source(source: &str, dump: &str) -> Option<String> {
    let result = tokenize(source);
    let (theirs, their_error) = reference(dump);
    let mine = merge_middles(ours(source, &result.tokens));
    let mut theirs = merge_middles(theirs);
    if source.is_empty() {
        // TokenizerIter yields nothing at all for an empty source.
        theirs.push("ENDMARKER 1".into());
    }
    if let Some(i) = (0..mine.len().max(theirs.len())).find(|&i| mine.get(i) != theirs.get(i)) {
        return Some(format!(
            "token {i}: ours {:?}, CPython's {:?}",
            mine.get(i),
            theirs.get(i)
        ));
    }
    let my_error = result
        .error
        .map(|e| format!("{}: {}", e.kind.name(), e.msg));
    (my_error != their_error)
        .then(|| format!("error: ours {my_error:?}, CPython's {their_error:?}"))
}

#[test]
fn snippets_match_cpython() {
    let failures: Vec<String> = SNIPPETS
        .iter()
        .filter_map(|&(source, dump)| {
            Some(format!("{source:?}: {}", compare_source(source, dump)?))
        })
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn lib_tokens_match_cpython() {
    let lib = support::ci_path("cpython-lib.sh").unwrap_or_else(|err| panic!("{err}"));
    let refs = support::ci_path("token-dumps.sh").unwrap_or_else(|err| panic!("{err}"));
    let files = py_files::py_files(&lib)
        .unwrap_or_else(|err| panic!("can't list {}: {err}", lib.display()));
    let base = lib.parent().expect("Lib has a parent directory");
    let mut failures = Vec::new();
    for path in &files {
        let rel = path.strip_prefix(base).unwrap_or(path);
        let dump_path = refs.join(rel).with_added_extension("tokens");
        let problem = match std::fs::read_to_string(&dump_path) {
            Ok(dump) => support::catch_panic(|| compare(path, &dump)).unwrap_or_else(Some),
            Err(err) => Some(format!("no reference dump {}: {err}", dump_path.display())),
        };
        if let Some(problem) = problem {
            failures.push(format!("{}: {problem}", rel.display()));
        }
    }
    assert!(!files.is_empty(), "no .py files under {}", lib.display());
    assert!(
        failures.is_empty(),
        "{} of {} files differ:\n{}",
        failures.len(),
        files.len(),
        failures
            .iter()
            .take(30)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
    eprintln!("{} files match", files.len());
}

const SNIPPETS: &[(&str, &str)] = &[
    (
        "f'{x:a{{b}}c}'\n",
        "FSTRING_START 1 0 1 2\nLBRACE 1 2 1 3\nNAME 1 3 1 4\nCOLON 1 4 1 5\nFSTRING_MIDDLE 1 5 1 6\nLBRACE 1 6 1 7\nLBRACE 1 7 1 8\nNAME 1 8 1 9\nRBRACE 1 9 1 10\nRBRACE 1 10 1 11\nFSTRING_MIDDLE 1 11 1 12\nRBRACE 1 12 1 13\nFSTRING_END 1 13 1 14\nNEWLINE 1 14 1 14\nENDMARKER 1 -1 1 -1",
    ),
    (
        "f'a{{b}}c'\n",
        "FSTRING_START 1 0 1 2\nFSTRING_MIDDLE 1 2 1 4\nFSTRING_MIDDLE 1 5 1 7\nFSTRING_MIDDLE 1 8 1 9\nFSTRING_END 1 9 1 10\nNEWLINE 1 10 1 10\nENDMARKER 1 -1 1 -1",
    ),
    (
        "f'{{'\n",
        "FSTRING_START 1 0 1 2\nFSTRING_MIDDLE 1 2 1 3\nFSTRING_END 1 4 1 5\nNEWLINE 1 5 1 5\nENDMARKER 1 -1 1 -1",
    ),
    (
        "f'}}'\n",
        "FSTRING_START 1 0 1 2\nFSTRING_MIDDLE 1 2 1 3\nFSTRING_END 1 4 1 5\nNEWLINE 1 5 1 5\nENDMARKER 1 -1 1 -1",
    ),
    (
        "f'{x!r:>{w}.{p}}'\n",
        "FSTRING_START 1 0 1 2\nLBRACE 1 2 1 3\nNAME 1 3 1 4\nEXCLAMATION 1 4 1 5\nNAME 1 5 1 6\nCOLON 1 6 1 7\nFSTRING_MIDDLE 1 7 1 8\nLBRACE 1 8 1 9\nNAME 1 9 1 10\nRBRACE 1 10 1 11\nFSTRING_MIDDLE 1 11 1 12\nLBRACE 1 12 1 13\nNAME 1 13 1 14\nRBRACE 1 14 1 15\nFSTRING_MIDDLE 1 15 1 15\nRBRACE 1 15 1 16\nFSTRING_END 1 16 1 17\nNEWLINE 1 17 1 17\nENDMARKER 1 -1 1 -1",
    ),
    (
        "f'{x=}'\n",
        "FSTRING_START 1 0 1 2\nLBRACE 1 2 1 3\nNAME 1 3 1 4\nEQUAL 1 4 1 5\nRBRACE 1 5 1 6\nFSTRING_END 1 6 1 7\nNEWLINE 1 7 1 7\nENDMARKER 1 -1 1 -1",
    ),
    (
        "f'{x = !r:^10}'\n",
        "FSTRING_START 1 0 1 2\nLBRACE 1 2 1 3\nNAME 1 3 1 4\nEQUAL 1 5 1 6\nEXCLAMATION 1 7 1 8\nNAME 1 8 1 9\nCOLON 1 9 1 10\nFSTRING_MIDDLE 1 10 1 13\nRBRACE 1 13 1 14\nFSTRING_END 1 14 1 15\nNEWLINE 1 15 1 15\nENDMARKER 1 -1 1 -1",
    ),
    (
        "f'{\"a\" if x else f\"{y}\"}'\n",
        "FSTRING_START 1 0 1 2\nLBRACE 1 2 1 3\nSTRING 1 3 1 6\nNAME 1 7 1 9\nNAME 1 10 1 11\nNAME 1 12 1 16\nFSTRING_START 1 17 1 19\nLBRACE 1 19 1 20\nNAME 1 20 1 21\nRBRACE 1 21 1 22\nFSTRING_END 1 22 1 23\nRBRACE 1 23 1 24\nFSTRING_END 1 24 1 25\nNEWLINE 1 25 1 25\nENDMARKER 1 -1 1 -1",
    ),
    (
        "f'''a\n{x:\n}b'''\n",
        "FSTRING_START 1 0 1 4\nFSTRING_MIDDLE 1 4 2 0\nLBRACE 2 0 2 1\nNAME 2 1 2 2\nCOLON 2 2 2 3\nFSTRING_MIDDLE 2 3 3 0\nRBRACE 3 0 3 1\nFSTRING_MIDDLE 3 1 3 2\nFSTRING_END 3 2 3 5\nNEWLINE 3 5 3 5\nENDMARKER 3 -1 3 -1",
    ),
    (
        "f'\\N{BULLET} {x}'\n",
        "FSTRING_START 1 0 1 2\nFSTRING_MIDDLE 1 2 1 12\nFSTRING_MIDDLE 1 12 1 13\nLBRACE 1 13 1 14\nNAME 1 14 1 15\nRBRACE 1 15 1 16\nFSTRING_END 1 16 1 17\nNEWLINE 1 17 1 17\nENDMARKER 1 -1 1 -1",
    ),
    (
        "rf'\\N{x}'\n",
        "FSTRING_START 1 0 1 3\nFSTRING_MIDDLE 1 3 1 5\nLBRACE 1 5 1 6\nNAME 1 6 1 7\nRBRACE 1 7 1 8\nFSTRING_END 1 8 1 9\nNEWLINE 1 9 1 9\nENDMARKER 1 -1 1 -1",
    ),
    (
        "t'{x}'\n",
        "TSTRING_START 1 0 1 2\nLBRACE 1 2 1 3\nNAME 1 3 1 4\nRBRACE 1 4 1 5\nTSTRING_END 1 5 1 6\nNEWLINE 1 6 1 6\nENDMARKER 1 -1 1 -1",
    ),
    (
        "tr'{x:{y}}'\n",
        "TSTRING_START 1 0 1 3\nLBRACE 1 3 1 4\nNAME 1 4 1 5\nCOLON 1 5 1 6\nLBRACE 1 6 1 7\nNAME 1 7 1 8\nRBRACE 1 8 1 9\nTSTRING_MIDDLE 1 9 1 9\nRBRACE 1 9 1 10\nTSTRING_END 1 10 1 11\nNEWLINE 1 11 1 11\nENDMARKER 1 -1 1 -1",
    ),
    (
        "f'{x:{{}}}'\n",
        "FSTRING_START 1 0 1 2\nLBRACE 1 2 1 3\nNAME 1 3 1 4\nCOLON 1 4 1 5\nFSTRING_MIDDLE 1 5 1 5\nLBRACE 1 5 1 6\nLBRACE 1 6 1 7\nRBRACE 1 7 1 8\nRBRACE 1 8 1 9\nFSTRING_MIDDLE 1 9 1 9\nRBRACE 1 9 1 10\nFSTRING_END 1 10 1 11\nNEWLINE 1 11 1 11\nENDMARKER 1 -1 1 -1",
    ),
    (
        "f'{x:}'\n",
        "FSTRING_START 1 0 1 2\nLBRACE 1 2 1 3\nNAME 1 3 1 4\nCOLON 1 4 1 5\nFSTRING_MIDDLE 1 5 1 5\nRBRACE 1 5 1 6\nFSTRING_END 1 6 1 7\nNEWLINE 1 7 1 7\nENDMARKER 1 -1 1 -1",
    ),
    (
        "f'{x!r}'\n",
        "FSTRING_START 1 0 1 2\nLBRACE 1 2 1 3\nNAME 1 3 1 4\nEXCLAMATION 1 4 1 5\nNAME 1 5 1 6\nRBRACE 1 6 1 7\nFSTRING_END 1 7 1 8\nNEWLINE 1 8 1 8\nENDMARKER 1 -1 1 -1",
    ),
    (
        "f'{ x :{ y }}'\n",
        "FSTRING_START 1 0 1 2\nLBRACE 1 2 1 3\nNAME 1 4 1 5\nCOLON 1 6 1 7\nLBRACE 1 7 1 8\nNAME 1 9 1 10\nRBRACE 1 11 1 12\nFSTRING_MIDDLE 1 12 1 12\nRBRACE 1 12 1 13\nFSTRING_END 1 13 1 14\nNEWLINE 1 14 1 14\nENDMARKER 1 -1 1 -1",
    ),
    (
        "f'\\{x}'\n",
        "FSTRING_START 1 0 1 2\nFSTRING_MIDDLE 1 2 1 3\nLBRACE 1 3 1 4\nNAME 1 4 1 5\nRBRACE 1 5 1 6\nFSTRING_END 1 6 1 7\nNEWLINE 1 7 1 7\nENDMARKER 1 -1 1 -1",
    ),
    (
        "f'{f'{f'{1}'}'}'\n",
        "FSTRING_START 1 0 1 2\nLBRACE 1 2 1 3\nFSTRING_START 1 3 1 5\nLBRACE 1 5 1 6\nFSTRING_START 1 6 1 8\nLBRACE 1 8 1 9\nNUMBER 1 9 1 10\nRBRACE 1 10 1 11\nFSTRING_END 1 11 1 12\nRBRACE 1 12 1 13\nFSTRING_END 1 13 1 14\nRBRACE 1 14 1 15\nFSTRING_END 1 15 1 16\nNEWLINE 1 16 1 16\nENDMARKER 1 -1 1 -1",
    ),
    (
        "f''\n",
        "FSTRING_START 1 0 1 2\nFSTRING_END 1 2 1 3\nNEWLINE 1 3 1 3\nENDMARKER 1 -1 1 -1",
    ),
    (
        "f''''''\n",
        "FSTRING_START 1 0 1 4\nFSTRING_END 1 4 1 7\nNEWLINE 1 7 1 7\nENDMARKER 1 -1 1 -1",
    ),
    (
        "f'''''x'''\n",
        "FSTRING_START 1 0 1 4\nFSTRING_MIDDLE 1 4 1 7\nFSTRING_END 1 7 1 10\nNEWLINE 1 10 1 10\nENDMARKER 1 -1 1 -1",
    ),
    (
        "x = 1",
        "NAME 1 0 1 1\nEQUAL 1 2 1 3\nNUMBER 1 4 1 5\nNEWLINE 1 5 1 5\nENDMARKER 1 -1 1 -1",
    ),
    (
        "if x:\n  y",
        "NAME 1 0 1 2\nNAME 1 3 1 4\nCOLON 1 4 1 5\nNEWLINE 1 5 1 5\nINDENT 2 -1 2 -1\nNAME 2 2 2 3\nNEWLINE 2 3 2 3\nDEDENT 2 -1 2 -1\nENDMARKER 2 -1 2 -1",
    ),
    (
        "x = (1,\n     2)\n",
        "NAME 1 0 1 1\nEQUAL 1 2 1 3\nLPAR 1 4 1 5\nNUMBER 1 5 1 6\nCOMMA 1 6 1 7\nNUMBER 2 5 2 6\nRPAR 2 6 2 7\nNEWLINE 2 7 2 7\nENDMARKER 2 -1 2 -1",
    ),
    (
        "x = 1 \\\n  + 2\n",
        "NAME 1 0 1 1\nEQUAL 1 2 1 3\nNUMBER 1 4 1 5\nPLUS 2 2 2 3\nNUMBER 2 4 2 5\nNEWLINE 2 5 2 5\nENDMARKER 2 -1 2 -1",
    ),
    (
        "if x:\n    pass\n  # c\n\n",
        "NAME 1 0 1 2\nNAME 1 3 1 4\nCOLON 1 4 1 5\nNEWLINE 1 5 1 5\nINDENT 2 -1 2 -1\nNAME 2 4 2 8\nNEWLINE 2 8 2 8\nDEDENT 4 -1 4 -1\nENDMARKER 4 -1 4 -1",
    ),
    (
        "\tif x:\n\t\ty\n",
        "INDENT 1 -1 1 -1\nNAME 1 1 1 3\nNAME 1 4 1 5\nCOLON 1 5 1 6\nNEWLINE 1 6 1 6\nINDENT 2 -1 2 -1\nNAME 2 2 2 3\nNEWLINE 2 3 2 3\nDEDENT 2 -1 2 -1\nDEDENT 2 -1 2 -1\nENDMARKER 2 -1 2 -1",
    ),
    (
        "a @= b ** c // d >>= e -> f := g != h <> i ...\n",
        "NAME 1 0 1 1\nATEQUAL 1 2 1 4\nNAME 1 5 1 6\nDOUBLESTAR 1 7 1 9\nNAME 1 10 1 11\nDOUBLESLASH 1 12 1 14\nNAME 1 15 1 16\nRIGHTSHIFTEQUAL 1 17 1 20\nNAME 1 21 1 22\nRARROW 1 23 1 25\nNAME 1 26 1 27\nCOLONEQUAL 1 28 1 30\nNAME 1 31 1 32\nNOTEQUAL 1 33 1 35\nNAME 1 36 1 37\nLESS 1 38 1 39\nGREATER 1 39 1 40\nNAME 1 41 1 42\nELLIPSIS 1 43 1 46\nNEWLINE 1 46 1 46\nENDMARKER 1 -1 1 -1",
    ),
    (
        "x = 1_000.5e-3j + 0x_ff + 0o17 + 0b1 + .5 + 5. + 1E5\n",
        "NAME 1 0 1 1\nEQUAL 1 2 1 3\nNUMBER 1 4 1 15\nPLUS 1 16 1 17\nNUMBER 1 18 1 23\nPLUS 1 24 1 25\nNUMBER 1 26 1 30\nPLUS 1 31 1 32\nNUMBER 1 33 1 36\nPLUS 1 37 1 38\nNUMBER 1 39 1 41\nPLUS 1 42 1 43\nNUMBER 1 44 1 46\nPLUS 1 47 1 48\nNUMBER 1 49 1 52\nNEWLINE 1 52 1 52\nENDMARKER 1 -1 1 -1",
    ),
    (
        "b'a' rb'b' Br'c' u'd' R'e' '''f''' \"\"\"g\"\"\"\n",
        "STRING 1 0 1 4\nSTRING 1 5 1 10\nSTRING 1 11 1 16\nSTRING 1 17 1 21\nSTRING 1 22 1 26\nSTRING 1 27 1 34\nSTRING 1 35 1 42\nNEWLINE 1 42 1 42\nENDMARKER 1 -1 1 -1",
    ),
    (
        "été = '€'  # c\n",
        "NAME 1 0 1 3\nEQUAL 1 4 1 5\nSTRING 1 6 1 9\nNEWLINE 1 11 1 14\nENDMARKER 1 -1 1 -1",
    ),
    (
        "x = 1if y else 2\n",
        "NAME 1 0 1 1\nEQUAL 1 2 1 3\nNUMBER 1 4 1 5\nNAME 1 5 1 7\nNAME 1 8 1 9\nNAME 1 10 1 14\nNUMBER 1 15 1 16\nNEWLINE 1 16 1 16\nENDMARKER 1 -1 1 -1",
    ),
    (
        "x = 0 if 1else 0\n",
        "NAME 1 0 1 1\nEQUAL 1 2 1 3\nNUMBER 1 4 1 5\nNAME 1 6 1 8\nNUMBER 1 9 1 10\nNAME 1 10 1 14\nNUMBER 1 15 1 16\nNEWLINE 1 16 1 16\nENDMARKER 1 -1 1 -1",
    ),
    (
        "match x:\n case _: pass\n",
        "NAME 1 0 1 5\nNAME 1 6 1 7\nCOLON 1 7 1 8\nNEWLINE 1 8 1 8\nINDENT 2 -1 2 -1\nNAME 2 1 2 5\nNAME 2 6 2 7\nCOLON 2 7 2 8\nNAME 2 9 2 13\nNEWLINE 2 13 2 13\nDEDENT 2 -1 2 -1\nENDMARKER 2 -1 2 -1",
    ),
    (
        "async def f(): await x\n",
        "NAME 1 0 1 5\nNAME 1 6 1 9\nNAME 1 10 1 11\nLPAR 1 11 1 12\nRPAR 1 12 1 13\nCOLON 1 13 1 14\nNAME 1 15 1 20\nNAME 1 21 1 22\nNEWLINE 1 22 1 22\nENDMARKER 1 -1 1 -1",
    ),
    (
        "x$y?z`\n",
        "NAME 1 0 1 1\nOP 1 1 1 2\nNAME 1 2 1 3\nOP 1 3 1 4\nNAME 1 4 1 5\nOP 1 5 1 6\nNEWLINE 1 6 1 6\nENDMARKER 1 -1 1 -1",
    ),
    (
        "print(f'{x!s:{w}}', end='')\n",
        "NAME 1 0 1 5\nLPAR 1 5 1 6\nFSTRING_START 1 6 1 8\nLBRACE 1 8 1 9\nNAME 1 9 1 10\nEXCLAMATION 1 10 1 11\nNAME 1 11 1 12\nCOLON 1 12 1 13\nLBRACE 1 13 1 14\nNAME 1 14 1 15\nRBRACE 1 15 1 16\nFSTRING_MIDDLE 1 16 1 16\nRBRACE 1 16 1 17\nFSTRING_END 1 17 1 18\nCOMMA 1 18 1 19\nNAME 1 20 1 23\nEQUAL 1 23 1 24\nSTRING 1 24 1 26\nRPAR 1 26 1 27\nNEWLINE 1 27 1 27\nENDMARKER 1 -1 1 -1",
    ),
    (
        "\x0c\nx\n",
        "NAME 2 0 2 1\nNEWLINE 2 1 2 1\nENDMARKER 2 -1 2 -1",
    ),
    (
        "if 1:\n\tx\n\x0c\ty\n",
        "NAME 1 0 1 2\nNUMBER 1 3 1 4\nCOLON 1 4 1 5\nNEWLINE 1 5 1 5\nINDENT 2 -1 2 -1\nNAME 2 1 2 2\nNEWLINE 2 2 2 2\nNAME 3 2 3 3\nNEWLINE 3 3 3 3\nDEDENT 3 -1 3 -1\nENDMARKER 3 -1 3 -1",
    ),
    (
        "x = [\n\n# c\n1]\n",
        "NAME 1 0 1 1\nEQUAL 1 2 1 3\nLSQB 1 4 1 5\nNUMBER 4 0 4 1\nRSQB 4 1 4 2\nNEWLINE 4 2 4 2\nENDMARKER 4 -1 4 -1",
    ),
    (
        "def f(\n  a,\n):\n  return (yield)\n",
        "NAME 1 0 1 3\nNAME 1 4 1 5\nLPAR 1 5 1 6\nNAME 2 2 2 3\nCOMMA 2 3 2 4\nRPAR 3 0 3 1\nCOLON 3 1 3 2\nNEWLINE 3 2 3 2\nINDENT 4 -1 4 -1\nNAME 4 2 4 8\nLPAR 4 9 4 10\nNAME 4 10 4 15\nRPAR 4 15 4 16\nNEWLINE 4 16 4 16\nDEDENT 4 -1 4 -1\nENDMARKER 4 -1 4 -1",
    ),
];
