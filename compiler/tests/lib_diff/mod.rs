//! The runner of the differential tests over CPython 3.14's whole Lib: for
//! every file, ferropy's text must equal CPython's reference text byte for
//! byte (reference files made by a ci/ script keyed on the reference's version).

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

#[path = "../support/py_files.rs"]
mod py_files;
#[path = "../support/mod.rs"]
mod support;

/// How many regular .py files CPython 3.14's Lib holds.
const LIB_FILES: usize = 1706;
/// How many failures are shown in detail.
const SHOWN: usize = 20;
/// Bytes of context shown on each side of the first difference.
const CONTEXT: usize = 70;
/// Stack of each worker thread: a real Lib file must never exhaust it.
const STACK: usize = 64 << 20;

/// Compares `produce(source bytes)` with the reference `<refs>/<path>.out` of
/// every Lib file, where `refs` is the directory `ci/<script>` prints; prints
/// "N/1706 identical" and the first failures, and fails on any.
pub fn check_lib(script: &str, produce: impl Fn(&[u8]) -> String + Sync) {
    let lib = support::ci_path("cpython-lib.sh").unwrap_or_else(|err| panic!("{err}"));
    let refs = support::ci_path(script).unwrap_or_else(|err| panic!("{err}"));
    let files = py_files::py_files(&lib)
        .unwrap_or_else(|err| panic!("can't list {}: {err}", lib.display()));
    let base = lib.parent().expect("Lib has a parent directory");

    let failures = check_all(&files, base, &refs, &produce);
    let identical = files.len() - failures.len();
    println!("{identical}/{} identical", files.len());
    for (path, report) in failures.iter().take(SHOWN) {
        println!("\n{}: {report}", path.display());
    }
    if failures.len() > SHOWN {
        println!("\n... and {} more", failures.len() - SHOWN);
    }
    assert_eq!(
        files.len(),
        LIB_FILES,
        "number of .py files in {}",
        lib.display()
    );
    assert!(
        failures.is_empty(),
        "{} of {} files differ from CPython",
        failures.len(),
        files.len()
    );
}

/// Checks every file on all cores; returns the failures as (path relative to
/// `base`, report), in file order.
fn check_all(
    files: &[PathBuf],
    base: &Path,
    refs: &Path,
    produce: &(impl Fn(&[u8]) -> String + Sync),
) -> Vec<(PathBuf, String)> {
    let next = AtomicUsize::new(0);
    let threads = std::thread::available_parallelism().map_or(1, usize::from);
    let mut failures: Vec<(usize, PathBuf, String)> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                std::thread::Builder::new()
                    .stack_size(STACK)
                    .spawn_scoped(scope, || {
                        let mut failures = Vec::new();
                        loop {
                            let index = next.fetch_add(1, Ordering::Relaxed);
                            let Some(path) = files.get(index) else {
                                return failures;
                            };
                            let rel = path.strip_prefix(base).unwrap_or(path);
                            let reference = refs.join(rel).with_added_extension("out");
                            if let Err(report) = check(path, &reference, produce) {
                                failures.push((index, rel.to_path_buf(), report));
                            }
                        }
                    })
                    .expect("can spawn a worker thread")
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|worker| worker.join().expect("workers catch their panics"))
            .collect()
    });
    failures.sort_by_key(|&(index, ..)| index);
    failures
        .into_iter()
        .map(|(_, path, report)| (path, report))
        .collect()
}

/// Compares ferropy's text for `source` with CPython's in `reference`.
fn check(
    source: &Path,
    reference: &Path,
    produce: &impl Fn(&[u8]) -> String,
) -> Result<(), String> {
    let bytes = std::fs::read(source).map_err(|err| format!("can't read source: {err}"))?;
    let expected = std::fs::read(reference)
        .map_err(|err| format!("can't read reference {}: {err}", reference.display()))?;
    let actual = support::catch_panic(|| produce(&bytes))?;
    match first_difference(&expected, actual.as_bytes()) {
        None => Ok(()),
        Some(at) => Err(format!(
            "first difference at byte {at}\n  expected: {}\n  actual:   {}",
            excerpt(&expected, at),
            excerpt(actual.as_bytes(), at)
        )),
    }
}

/// The index of the first byte where `a` and `b` differ, if they do.
fn first_difference(a: &[u8], b: &[u8]) -> Option<usize> {
    let common = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    (common < a.len().max(b.len())).then_some(common)
}

/// The bytes of `text` around `at`, quoted.
fn excerpt(text: &[u8], at: usize) -> String {
    let start = at.saturating_sub(CONTEXT).min(text.len());
    let end = (at + CONTEXT).min(text.len());
    format!("{:?}", String::from_utf8_lossy(&text[start..end]))
}
