//! Runs every program in `stress/programs/` with the release ferropy binary,
//! free-threaded and in GIL-emulation mode, [`ROUNDS`] times each: every run
//! must exit with status 0 within [`TIMEOUT`] and print, as its last stdout
//! line, what the program's first line announces (`# expect: LINE`).
//!
//! Files named `mod_*.py` are helper modules, not programs. The binary is
//! `$FERROPY_BIN` if set, else `target/release/ferropy` of the workspace
//! (build it first: `cargo build --release`). The programs assert their own
//! invariants (lost updates, values never written, duplicates), so a failed
//! invariant, a panic, a crash or a deadlock (timeout) all fail the test.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const ROUNDS: usize = 3;
const TIMEOUT: Duration = Duration::from_secs(30);
const MODES: [(&str, &[&str]); 2] = [("free-threaded", &[]), ("gil", &["-X", "gil=1"])];

fn ferropy() -> PathBuf {
    if let Some(bin) = std::env::var_os("FERROPY_BIN") {
        return bin.into();
    }
    let bin = Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/release/ferropy");
    assert!(
        bin.exists(),
        "{} is missing: run `cargo build --release` first",
        bin.display()
    );
    bin
}

/// The programs, sorted, with the last line each must print.
fn programs() -> Vec<(PathBuf, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("programs");
    let mut found: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.unwrap().path())
        .filter(|p| {
            let name = p.file_name().unwrap().to_string_lossy();
            name.ends_with(".py") && !name.starts_with("mod_")
        })
        .collect();
    found.sort();
    found
        .into_iter()
        .map(|path| {
            let source = std::fs::read_to_string(&path).unwrap();
            let expect = source
                .lines()
                .next()
                .and_then(|l| l.strip_prefix("# expect: "))
                .unwrap_or_else(|| panic!("{}: no `# expect: ` first line", path.display()))
                .to_string();
            (path, expect)
        })
        .collect()
}

/// Runs one program; `Err` says how the run went wrong.
fn run(bin: &Path, program: &Path, mode_args: &[&str], expect: &str) -> Result<(), String> {
    let mut child = Command::new(bin)
        .args(mode_args)
        .arg(program.file_name().unwrap())
        .current_dir(program.parent().unwrap())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("spawn: {e}"))?;
    let drain = |mut pipe: Box<dyn Read + Send>| {
        std::thread::spawn(move || {
            let mut text = String::new();
            let _ = pipe.read_to_string(&mut text);
            text
        })
    };
    let stdout = drain(Box::new(child.stdout.take().unwrap()));
    let stderr = drain(Box::new(child.stderr.take().unwrap()));
    let start = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break Some(status),
            Ok(None) if start.elapsed() < TIMEOUT => std::thread::sleep(Duration::from_millis(5)),
            _ => {
                let _ = child.kill();
                let _ = child.wait();
                break None;
            }
        }
    };
    let (stdout, stderr) = (stdout.join().unwrap(), stderr.join().unwrap());
    let lines: Vec<&str> = stderr.lines().collect();
    let tail = lines[lines.len().saturating_sub(8)..].join("\n  ");
    match status {
        None => Err(format!("timed out after {TIMEOUT:?} (deadlock?)")),
        Some(s) if !s.success() => Err(format!("exit {s}; stderr ends:\n  {tail}")),
        Some(_) => match stdout.lines().last() {
            Some(last) if last == expect => Ok(()),
            last => Err(format!("last line {last:?}, expected {expect:?}")),
        },
    }
}

#[test]
fn stress_programs() {
    let bin = ferropy();
    let mut failures = Vec::new();
    for (program, expect) in programs() {
        let name = program.file_name().unwrap().to_string_lossy().into_owned();
        for (mode, args) in MODES {
            for round in 1..=ROUNDS {
                if let Err(why) = run(&bin, &program, args, &expect) {
                    failures.push(format!("{name} ({mode}, round {round}): {why}"));
                }
            }
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}
