//! Mutation fuzzer for the parser (stable Rust, no dependencies).
//!
//! Inputs are CPython 3.14's Lib files mutated (byte flips; slices inserted,
//! deleted or duplicated; lines spliced in from other files; brackets,
//! quotes, backslashes, tabs, odd Unicode and invalid UTF-8 inserted; deep
//! nesting; truncation) and pure random bytes. Each goes to
//! `compiler::dump_ast` in a worker process, on a thread with an 8 MB stack
//! (the main thread's stack on Linux). A panic, a dead worker (stack overflow,
//! abort) or an input taking longer than the time limit (a hang) is a
//! failure; the first input of each distinct failure is saved.
//!
//!     cargo run --release -p compiler --example fuzz -- [--seconds N]
//!         [--iterations N] [--seed N] [--timeout SECS] [--crashes DIR]
//!
//! Exits 1 if anything failed. A saved input replays with
//! `ferropy --dump-ast FILE`; `--seed S --iterations N` replays a run.

#[path = "../tests/support/py_files.rs"]
mod py_files;
#[path = "../tests/support/mod.rs"]
mod support;

use std::collections::HashSet;
use std::io::{BufReader, BufWriter, Read, Write};
use std::path::PathBuf;
use std::process::{Child, ChildStdin, Command, ExitCode, Stdio};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::time::{Duration, Instant, SystemTime};

const USAGE: &str =
    "usage: fuzz [--seconds N] [--iterations N] [--seed N] [--timeout SECS] [--crashes DIR]";
/// The worker's parsing stack, as the `ferropy` binary's main thread has.
const STACK: usize = 8 << 20;
/// Runs repeated to build deep nesting.
const NESTERS: &[&str] = &[
    "(", "[", "{", "-", "not ", "lambda:", "await ", "f'{", "a.", "if 1:\n ",
];
/// Fragments inserted at random places.
const FRAGMENTS: &[&str] = &[
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    "'",
    "\"",
    "'''",
    "\"\"\"",
    "\\",
    "\\\n",
    "\t",
    "\n",
    "\r",
    "\r\n",
    " ",
    "    ",
    "#",
    ":",
    ";",
    ",",
    ".",
    "=",
    ":=",
    "->",
    "**",
    "@",
    "f'",
    "rb\"",
    "t'",
    "{x!r:>{w}}",
    "\0",
    "\u{e9}",
    "\u{200b}",
    "\u{feff}",
    "\u{1d518}",
    "\u{2028}",
    "\u{ff08}",
    "\x0c",
    "\x1b",
    "# -*- coding: latin-1 -*-\n",
    "0x",
    "1_",
    "1e",
    "...",
    "lambda",
    "yield",
    "async ",
    "match ",
    "case ",
    "type ",
    "del ",
    "*",
    "!",
    "$",
    "?",
    "`",
];

struct Options {
    seconds: Option<u64>,
    iterations: Option<u64>,
    seed: u64,
    timeout: Duration,
    crashes: PathBuf,
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("--worker") {
        return worker();
    }
    match parse_args(&args) {
        Ok(options) => match fuzz(&options) {
            Ok(true) => ExitCode::SUCCESS,
            Ok(false) => ExitCode::FAILURE,
            Err(err) => {
                eprintln!("fuzz: {err}");
                ExitCode::from(2)
            }
        },
        Err(err) => {
            eprintln!("fuzz: {err}\n{USAGE}");
            ExitCode::from(2)
        }
    }
}

fn parse_args(args: &[String]) -> Result<Options, String> {
    let mut options = Options {
        seconds: None,
        iterations: None,
        seed: SystemTime::now()
            .duration_since(SystemTime::UNIX_EPOCH)
            .map_or(1, |t| t.as_nanos() as u64),
        timeout: Duration::from_secs(2),
        crashes: support::workspace_root().join("target/fuzz-crashes"),
    };
    let mut args = args.iter();
    while let Some(flag) = args.next() {
        let value = args.next().ok_or(format!("{flag} needs a value"))?;
        let number = || {
            value
                .parse::<u64>()
                .map_err(|err| format!("{flag} {value}: {err}"))
        };
        match flag.as_str() {
            "--seconds" => options.seconds = Some(number()?),
            "--iterations" => options.iterations = Some(number()?),
            "--seed" => options.seed = number()?,
            "--timeout" => options.timeout = Duration::from_secs(number()?),
            "--crashes" => options.crashes = PathBuf::from(value),
            _ => return Err(format!("unknown option {flag}")),
        }
    }
    if options.seconds.is_none() && options.iterations.is_none() {
        options.seconds = Some(60);
    }
    Ok(options)
}

/// The worker process: reads length-prefixed inputs on stdin, answers each
/// with `0` (parsed or rejected) or `1` + length-prefixed panic report.
fn worker() -> ExitCode {
    let serve = || -> std::io::Result<()> {
        let mut input = BufReader::new(std::io::stdin().lock());
        let mut output = std::io::stdout().lock();
        let mut len = [0; 4];
        while input.read_exact(&mut len).is_ok() {
            let mut source = vec![0; u32::from_le_bytes(len) as usize];
            input.read_exact(&mut source)?;
            // Everything the frontend does with a source: parse, dump or
            // report, build the symbol table and compile.
            let frontend = || match compiler::parse_module(&source) {
                (_, Ok(module)) => {
                    compiler::ast::Dumper::dump(&module);
                    let _ = compiler::symtable::build(&module);
                    let _ = compiler::compile(&source, "<fuzz>");
                }
                (_, Err(err)) => {
                    err.report();
                }
            };
            match support::catch_panic(frontend) {
                Ok(_) => output.write_all(&[0])?,
                Err(report) => {
                    output.write_all(&[1])?;
                    output.write_all(&(report.len() as u32).to_le_bytes())?;
                    output.write_all(report.as_bytes())?;
                }
            }
            output.flush()?;
        }
        Ok(())
    };
    let parser = std::thread::Builder::new().stack_size(STACK).spawn(serve);
    match parser.map(|thread| thread.join()) {
        Ok(Ok(Ok(()))) => ExitCode::SUCCESS,
        _ => ExitCode::FAILURE,
    }
}

/// A worker process and the channel its answers arrive on (`None`: a panic
/// report is `Some`).
struct Worker {
    child: Child,
    stdin: BufWriter<ChildStdin>,
    answers: Receiver<Option<String>>,
}

impl Worker {
    fn spawn() -> Result<Worker, String> {
        let exe = std::env::current_exe().map_err(|err| format!("can't find myself: {err}"))?;
        let mut child = Command::new(exe)
            .arg("--worker")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .map_err(|err| format!("can't start a worker: {err}"))?;
        let (stdin, stdout) = child
            .stdin
            .take()
            .zip(child.stdout.take())
            .ok_or("worker without pipes")?;
        let (send, answers) = mpsc::channel();
        std::thread::spawn(move || {
            let mut stdout = BufReader::new(stdout);
            let mut read_answer = || -> std::io::Result<Option<String>> {
                let mut tag = [0; 1];
                stdout.read_exact(&mut tag)?;
                if tag[0] == 0 {
                    return Ok(None);
                }
                let mut len = [0; 4];
                stdout.read_exact(&mut len)?;
                let mut report = vec![0; u32::from_le_bytes(len) as usize];
                stdout.read_exact(&mut report)?;
                Ok(Some(String::from_utf8_lossy(&report).into_owned()))
            };
            while let Ok(answer) = read_answer() {
                if send.send(answer).is_err() {
                    break;
                }
            }
        });
        Ok(Worker {
            child,
            stdin: BufWriter::new(stdin),
            answers,
        })
    }

    /// Parses `source` in the worker; `Err` is the failure's signature and
    /// report. After a crash or a hang the worker is dead: spawn another.
    fn run(&mut self, source: &[u8], timeout: Duration) -> Result<(), (String, String)> {
        let sent = self
            .stdin
            .write_all(&(source.len() as u32).to_le_bytes())
            .and_then(|()| self.stdin.write_all(source))
            .and_then(|()| self.stdin.flush());
        match (sent, self.answers.recv_timeout(timeout)) {
            (Ok(()), Ok(None)) => Ok(()),
            (Ok(()), Ok(Some(report))) => {
                let signature = report.lines().next().unwrap_or_default().to_string();
                Err((signature, report))
            }
            (_, Err(RecvTimeoutError::Timeout)) => {
                self.stop();
                Err(("hang".into(), format!("no answer within {timeout:?}")))
            }
            (_, _) => {
                let status = self.stop();
                Err((
                    format!("crash ({status})"),
                    format!("worker died: {status}"),
                ))
            }
        }
    }

    /// Kills the worker (if still running) and says how it ended.
    fn stop(&mut self) -> String {
        let _ = self.child.kill();
        self.child
            .wait()
            .map_or_else(|err| err.to_string(), |status| status.to_string())
    }
}

/// Runs the fuzzing loop; `Ok(true)` if nothing failed.
fn fuzz(options: &Options) -> Result<bool, String> {
    let lib = support::ci_path("cpython-lib.sh")?;
    let files =
        py_files::py_files(&lib).map_err(|err| format!("can't list {}: {err}", lib.display()))?;
    let seeds = files
        .iter()
        .map(|path| {
            std::fs::read(path).map_err(|err| format!("can't read {}: {err}", path.display()))
        })
        .collect::<Result<Vec<_>, _>>()?;
    if seeds.is_empty() {
        return Err(format!("no .py files in {}", lib.display()));
    }
    println!(
        "fuzz: seed {}, {} seed files from {}",
        options.seed,
        seeds.len(),
        lib.display()
    );

    let mut rng = Rng(options.seed);
    let mut worker = Worker::spawn()?;
    let mut seen = HashSet::new();
    let (mut runs, mut panics, mut crashes, mut hangs) = (0u64, 0u64, 0u64, 0u64);
    let start = Instant::now();
    let deadline = options.seconds.map(|s| start + Duration::from_secs(s));
    while options.iterations.is_none_or(|n| runs < n) && deadline.is_none_or(|d| Instant::now() < d)
    {
        let input = generate(&mut rng, &seeds);
        runs += 1;
        let Err((signature, report)) = worker.run(&input, options.timeout) else {
            continue;
        };
        if signature.starts_with("hang") {
            hangs += 1;
        } else if signature.starts_with("crash") {
            crashes += 1;
        } else {
            panics += 1;
        }
        if !signature.starts_with("panicked") {
            worker = Worker::spawn()?;
        }
        if seen.insert(signature) {
            let path = save(&options.crashes, options.seed, runs, &input)?;
            println!("input {runs}: {report}\n  saved as {}", path.display());
        }
    }
    worker.stop();
    println!(
        "fuzz: {runs} inputs in {:.1} s (seed {}): {panics} panics, {crashes} crashes, {hangs} hangs, {} distinct",
        start.elapsed().as_secs_f64(),
        options.seed,
        seen.len()
    );
    Ok(seen.is_empty())
}

/// Writes a failing input to `dir`; returns its path.
fn save(dir: &std::path::Path, seed: u64, run: u64, input: &[u8]) -> Result<PathBuf, String> {
    let path = dir.join(format!("{seed}-{run}.py"));
    std::fs::create_dir_all(dir)
        .and_then(|()| std::fs::write(&path, input))
        .map_err(|err| format!("can't save {}: {err}", path.display()))?;
    Ok(path)
}

/// One input: random bytes (one time in ten) or a mutated seed file.
fn generate(rng: &mut Rng, seeds: &[Vec<u8>]) -> Vec<u8> {
    if rng.below(10) == 0 {
        return (0..rng.below(4096)).map(|_| rng.next() as u8).collect();
    }
    let mut input = rng.pick(seeds).clone();
    for _ in 0..=rng.below(4) {
        mutate(rng, &mut input, seeds);
    }
    input
}

/// Applies one random mutation to `input`.
fn mutate(rng: &mut Rng, input: &mut Vec<u8>, seeds: &[Vec<u8>]) {
    let at = rng.below(input.len() + 1);
    let slice = |rng: &mut Rng, input: &[u8]| {
        let start = rng.below(input.len() + 1);
        start..start + rng.below(input.len() - start + 1).min(256)
    };
    match rng.below(9) {
        0 => {
            if let Some(byte) = input.get_mut(at) {
                *byte ^= 1 << rng.below(8);
            }
        }
        1 => {
            let piece = input[slice(rng, input)].to_vec();
            input.splice(at..at, piece);
        }
        2 => {
            input.drain(slice(rng, input));
        }
        3 => {
            let range = slice(rng, input);
            let piece = input[range.clone()].to_vec();
            input.splice(range.end..range.end, piece);
        }
        4 => {
            let lines: Vec<&[u8]> = rng.pick(seeds).split_inclusive(|&b| b == b'\n').collect();
            let first = rng.below(lines.len() + 1);
            let last = (first + 1 + rng.below(20)).min(lines.len());
            let piece = lines.get(first..last).unwrap_or_default().concat();
            let line_start = input[..at]
                .iter()
                .rposition(|&b| b == b'\n')
                .map_or(0, |i| i + 1);
            input.splice(line_start..line_start, piece);
        }
        5 => {
            input.splice(at..at, rng.pick(FRAGMENTS).bytes());
        }
        6 => {
            let run = rng.pick(NESTERS).repeat(1 + rng.below(2000));
            input.splice(at..at, run.into_bytes());
        }
        7 => input.truncate(at),
        _ => {
            let invalid_utf8 = [0xff, 0xc3, 0x80, 0xed, 0xa0, 0x80];
            input.splice(at..at, invalid_utf8[rng.below(4)..].iter().copied());
        }
    }
}

/// xorshift64*: small, fast and reproducible from its seed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        // A zero state would stay zero; any other seed is fine.
        let mut x = self.0.max(1);
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    /// A number in `0..n` (0 when `n` is 0).
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}
