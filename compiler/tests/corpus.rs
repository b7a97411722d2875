//! The frontend corpus: every `tests/data/**/NAME.py` is parsed with
//! `compiler::dump_ast` and compared with `NAME.out` beside it, which holds the
//! exit status on line 1 and CPython 3.14's output on line 2 (regenerate them
//! with `ci/regen-corpus.sh`). Set `CORPUS_FILTER=SUBSTRING` to run only the
//! cases whose path contains it.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::thread;
use std::time::Duration;

/// Deeply nested cases recurse deeply; give each case a generous stack.
const STACK_SIZE: usize = 16 << 20;
/// A case taking longer than this is reported as hanging.
const TIMEOUT: Duration = Duration::from_secs(20);
/// How much of a long line to show on each side of its first difference.
const CONTEXT: usize = 80;

#[test]
fn corpus() {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data");
    let filter = std::env::var("CORPUS_FILTER").unwrap_or_default();
    let mut cases = Vec::new();
    collect(&data, &mut cases);
    cases.retain(|path| path.to_string_lossy().contains(&filter));
    cases.sort();
    assert!(!cases.is_empty(), "no cases in {}", data.display());

    // Panics are reported per case; keep the default hook from printing each one.
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let mut report = String::new();
    let mut failed = 0;
    for path in &cases {
        if let Err(why) = check(path) {
            failed += 1;
            let name = path.strip_prefix(&data).unwrap_or(path);
            writeln!(report, "FAIL {}\n{why}", name.display()).unwrap();
        }
    }
    std::panic::set_hook(hook);

    let passed = cases.len() - failed;
    if failed > 0 {
        panic!("\n{report}{passed} passed, {failed} failed");
    }
    eprintln!("{passed} passed, {failed} failed");
}

/// Every `.py` file below `dir`.
fn collect(dir: &Path, cases: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.unwrap().path();
        if path.is_dir() {
            collect(&path, cases);
        } else if path.extension().is_some_and(|ext| ext == "py") {
            cases.push(path);
        }
    }
}

/// Runs one case; `Err` says how it differs from its expectation.
fn check(path: &Path) -> Result<(), String> {
    let out = path.with_extension("out");
    let expected = std::fs::read(&out).map_err(|e| {
        format!(
            "  cannot read {}: {e} (run ci/regen-corpus.sh)\n",
            out.display()
        )
    })?;
    let expected = String::from_utf8_lossy(&expected);
    let (status, text) = expected
        .strip_suffix('\n')
        .unwrap_or(&expected)
        .split_once('\n')
        .ok_or_else(|| format!("  malformed {}\n", out.display()))?;
    let source = std::fs::read(path).map_err(|e| format!("  cannot read source: {e}\n"))?;

    let (actual_text, parsed) = run(source)?;
    let actual_status = if parsed { "0" } else { "1" };
    if status == actual_status && text == actual_text {
        return Ok(());
    }
    let (expected_line, actual_line) = around_difference(text, &actual_text);
    Err(format!(
        "  expected: {status} {expected_line}\n  actual:   {actual_status} {actual_line}\n"
    ))
}

/// `dump_ast` on its own thread with a large stack, with panics and hangs
/// turned into errors.
fn run(source: Vec<u8>) -> Result<(String, bool), String> {
    let (send, receive) = mpsc::channel();
    thread::Builder::new()
        .stack_size(STACK_SIZE)
        .spawn(move || {
            let result = std::panic::catch_unwind(|| compiler::dump_ast(&source));
            let _ = send.send(result);
        })
        .map_err(|e| format!("  cannot spawn a thread: {e}\n"))?;
    match receive.recv_timeout(TIMEOUT) {
        Ok(Ok(result)) => Ok(result),
        Ok(Err(payload)) => {
            let msg = payload
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "(non-string payload)".to_string());
            Err(format!("  panicked: {msg}\n"))
        }
        Err(_) => Err(format!("  no result after {TIMEOUT:?}\n")),
    }
}

/// Both lines cut to a window around their first differing character.
fn around_difference(expected: &str, actual: &str) -> (String, String) {
    let first = expected
        .chars()
        .zip(actual.chars())
        .take_while(|(a, b)| a == b)
        .count();
    let start = first.saturating_sub(CONTEXT);
    let window = |line: &str| {
        let len = line.chars().count();
        let mut cut: String = line.chars().skip(start).take(2 * CONTEXT).collect();
        if start > 0 {
            cut.insert_str(0, "...");
        }
        if start + 2 * CONTEXT < len {
            cut.push_str("...");
        }
        cut
    };
    (window(expected), window(actual))
}

#[test]
fn around_difference_cuts_long_lines() {
    let expected = format!("{}X{}", "a".repeat(200), "b".repeat(200));
    let actual = format!("{}Y{}", "a".repeat(200), "b".repeat(200));
    let (e, a) = around_difference(&expected, &actual);
    assert_eq!(e, format!("...{}X{}...", "a".repeat(80), "b".repeat(79)));
    assert_eq!(a, format!("...{}Y{}...", "a".repeat(80), "b".repeat(79)));
    assert_eq!(around_difference("ab", "ac"), ("ab".into(), "ac".into()));
}
