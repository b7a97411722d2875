//! The differential corpus: small Python programs run under ferropy and
//! compared with what CPython 3.14 did.
//!
//! Every `tests/programs/<area>/NAME.py` is a program, except helper modules
//! it imports: files named `mod_*.py` and everything inside a `pkg_*`
//! directory. Beside each program, `NAME.expected` holds CPython's stdout,
//! byte for byte, and `NAME.status` (present only when it is not 0) the exit
//! status as a decimal line; `ci/regen-programs.sh` records both. Each program
//! runs twice, free-threaded (`ferropy NAME.py`) and in GIL-emulation mode
//! (`ferropy -X gil=1 NAME.py`), in its own directory with
//! `PYTHONHASHSEED=0`, stdin from /dev/null and a 30 s timeout; stdout and the
//! exit status must match (stderr is not compared).
//!
//! `tests/programs/PASSING` lists the programs (paths relative to
//! `tests/programs`, one a line, `#` comments) that must pass in both modes.
//! The test fails if a listed program fails in either mode, and also if an
//! unlisted one passes in both, so the list stays exact. With
//! `FERROPY_PROGRAMS_BLESS=1` it rewrites the list instead of failing;
//! `FERROPY_PROGRAMS=SUBSTRING` runs only the programs whose path contains it.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::io::{Read, Write as _};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

const TIMEOUT: Duration = Duration::from_secs(30);
const MODES: [(&str, &[&str]); 2] = [("free-threaded", &[]), ("gil", &["-X", "gil=1"])];

struct Program {
    /// Path relative to `tests/programs`, with `/` separators.
    name: String,
    path: PathBuf,
}

/// What one run did: stdout, exit status (`None` if killed or timed out), stderr.
struct Run {
    stdout: Vec<u8>,
    status: Option<i32>,
    stderr: Vec<u8>,
}

fn find_programs(dir: &Path, prefix: &str, out: &mut Vec<Program>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap_or_else(|err| panic!("{}: {err}", dir.display()))
        .map(|entry| entry.unwrap().path())
        .collect();
    entries.sort();
    for path in entries {
        let file = path.file_name().unwrap().to_string_lossy().into_owned();
        if path.is_dir() {
            if !file.starts_with("pkg_") && file != "__pycache__" {
                find_programs(&path, &format!("{prefix}{file}/"), out);
            }
        } else if file.ends_with(".py") && !file.starts_with("mod_") {
            out.push(Program {
                name: format!("{prefix}{file}"),
                path,
            });
        }
    }
}

fn run(program: &Path, args: &[&str]) -> Run {
    let mut child = Command::new(env!("CARGO_BIN_EXE_ferropy"))
        .args(args)
        .arg(program.file_name().unwrap())
        .current_dir(program.parent().unwrap())
        .env("PYTHONHASHSEED", "0")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn ferropy");
    let drain = |mut pipe: Box<dyn Read + Send>| {
        std::thread::spawn(move || {
            let mut bytes = Vec::new();
            let _ = pipe.read_to_end(&mut bytes);
            bytes
        })
    };
    let stdout = drain(Box::new(child.stdout.take().unwrap()));
    let stderr = drain(Box::new(child.stderr.take().unwrap()));
    let start = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status.code(),
            Ok(None) if start.elapsed() < TIMEOUT => std::thread::sleep(Duration::from_millis(5)),
            _ => {
                let _ = child.kill();
                let _ = child.wait();
                break None;
            }
        }
    };
    Run {
        stdout: stdout.join().unwrap(),
        status,
        stderr: stderr.join().unwrap(),
    }
}

/// Why `run` differs from the expectation, or `None` if it matches.
fn mismatch(run: &Run, expected: &[u8], status: i32) -> Option<String> {
    if run.stdout == expected && run.status == Some(status) {
        return None;
    }
    let mut why = String::new();
    if run.stdout != expected {
        let (want, got) = (
            String::from_utf8_lossy(expected),
            String::from_utf8_lossy(&run.stdout),
        );
        let (mut want_lines, mut got_lines) = (want.split('\n'), got.split('\n'));
        let show =
            |line: Option<&str>| line.map_or("(end of output)".to_string(), |l| format!("{l:?}"));
        for line in 1.. {
            let (a, b) = (want_lines.next(), got_lines.next());
            if a != b {
                let _ = writeln!(
                    why,
                    "    stdout line {line}: expected {}, got {}",
                    show(a),
                    show(b)
                );
                break;
            }
        }
    }
    let got_status = run
        .status
        .map_or("killed or timed out".to_string(), |s| s.to_string());
    let _ = writeln!(why, "    exit status: expected {status}, got {got_status}");
    for line in String::from_utf8_lossy(&run.stderr).lines().take(20) {
        let _ = writeln!(why, "    stderr| {line}");
    }
    Some(why)
}

#[test]
fn programs() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/programs");
    let passing_path = root.join("PASSING");
    let passing_text = std::fs::read_to_string(&passing_path).unwrap_or_default();
    let listed: BTreeSet<&str> = passing_text
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .collect();
    let mut programs = Vec::new();
    find_programs(&root, "", &mut programs);
    let all: BTreeSet<String> = programs.iter().map(|p| p.name.clone()).collect();
    let filter = std::env::var("FERROPY_PROGRAMS").unwrap_or_default();
    programs.retain(|p| p.name.contains(&filter));

    // results[i]: whether programs[i] passes in each mode, and why not.
    let results = Mutex::new(vec![([false; 2], String::new()); programs.len()]);
    let next = AtomicUsize::new(0);
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get().min(8));
    std::thread::scope(|scope| {
        for _ in 0..threads {
            scope.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(program) = programs.get(i) else {
                        break;
                    };
                    let expected = std::fs::read(program.path.with_extension("expected"))
                        .unwrap_or_else(|err| panic!("{}.expected: {err}", program.name));
                    let status = std::fs::read_to_string(program.path.with_extension("status"))
                        .map_or(0, |s| s.trim().parse().expect("a decimal .status"));
                    let mut outcome = ([true; 2], String::new());
                    for (m, (mode, args)) in MODES.iter().enumerate() {
                        if let Some(why) = mismatch(&run(&program.path, args), &expected, status) {
                            let _ = write!(outcome.1, "  {} ({mode}):\n{why}", program.name);
                            outcome.0[m] = false;
                        }
                    }
                    results.lock().unwrap()[i] = outcome;
                }
            });
        }
    });
    let results = results.into_inner().unwrap();

    let mut report = String::new();
    let mut now_passing = BTreeSet::new();
    for (program, (pass, why)) in programs.iter().zip(&results) {
        let listed = listed.contains(program.name.as_str());
        if pass[0] && pass[1] {
            now_passing.insert(program.name.clone());
            if !listed {
                let _ = writeln!(
                    report,
                    "  {}: now passes; add it to tests/programs/PASSING",
                    program.name
                );
            }
        } else if listed {
            report.push_str(why);
        }
    }
    for name in &listed {
        if !all.contains(*name) {
            let _ = writeln!(
                report,
                "  {name}: listed in PASSING but there is no such program"
            );
        }
    }
    let count = |m: usize| results.iter().filter(|r| r.0[m]).count();
    let mut stderr = std::io::stderr().lock();
    let _ = writeln!(
        stderr,
        "programs: {}/{} pass in both modes (free-threaded {}, gil {}){}",
        now_passing.len(),
        programs.len(),
        count(0),
        count(1),
        if programs.len() < all.len() {
            format!(" [FERROPY_PROGRAMS={filter:?}, of {}]", all.len())
        } else {
            String::new()
        },
    );
    if std::env::var_os("FERROPY_PROGRAMS_BLESS").is_some_and(|v| v == "1") {
        // Programs filtered out keep their listing.
        let mut list: BTreeSet<String> = listed
            .iter()
            .filter(|name| all.contains(**name) && !name.contains(filter.as_str()))
            .map(|name| name.to_string())
            .collect();
        list.extend(now_passing);
        let mut text =
            String::from("# Programs that must pass in both modes (see tests/programs.rs).\n");
        for name in list {
            text.push_str(&name);
            text.push('\n');
        }
        std::fs::write(&passing_path, text).expect("write PASSING");
        let _ = writeln!(stderr, "rewrote {}", passing_path.display());
        return;
    }
    let _ = stderr.write_all(report.as_bytes());
    assert!(
        report.is_empty(),
        "the programs above differ from tests/programs/PASSING"
    );
}
