//! Differential test: the tokens of every file of CPython 3.14's Lib against
//! those its C tokenizer gives its parser, dumped by ci/token_reference.py.

use compiler::tokenizer::{Token, TokenKind, tokenize};
use std::path::{Path, PathBuf};

/// The cache ci/fetch-cpython.sh fills: $FERROPY_CACHE or the workspace's `.cache`.
fn cache_dir() -> PathBuf {
    std::env::var_os("FERROPY_CACHE")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../.cache"))
}

fn python_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<_> = entries.flatten().map(|e| e.path()).collect();
    entries.sort();
    for path in entries {
        let Ok(meta) = std::fs::symlink_metadata(&path) else {
            continue;
        };
        if meta.is_dir() {
            python_files(&path, out);
        } else if meta.is_file() && path.extension().is_some_and(|e| e == "py") {
            out.push(path);
        }
    }
}

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

fn merge_middles(tokens: Vec<String>) -> Vec<String> {
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

fn ours(source: &str, tokens: &[Token]) -> Vec<String> {
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

fn reference(dump: &str) -> (Vec<String>, Option<String>) {
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
    let result = tokenize(&source);
    let (theirs, their_error) = reference(dump);
    let mine = merge_middles(ours(&source, &result.tokens));
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
fn lib_tokens_match_cpython() {
    let cache = cache_dir();
    let lib = cache.join("cpython/root/usr/lib/python3.14");
    let refs = cache.join("ref-tokens/python3.14");
    assert!(
        lib.is_dir() && refs.is_dir(),
        "no CPython Lib or token dumps under {}: run ci/fetch-cpython.sh, then \
         `python3.14 ci/token_reference.py {}/ref-tokens {}` (or set FERROPY_CACHE)",
        cache.display(),
        cache.display(),
        lib.display()
    );
    let mut files = Vec::new();
    python_files(&lib, &mut files);
    let mut failures = Vec::new();
    for path in &files {
        let rel = path.strip_prefix(&lib).unwrap_or(path);
        let dump_path = refs.join(format!("{}.tokens", rel.display()));
        let problem = match std::fs::read_to_string(&dump_path) {
            Ok(dump) => compare(path, &dump),
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
