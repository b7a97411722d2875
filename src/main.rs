//! The `ferropy` command line. Argument parsing only; the work lives in the crates.

use std::process::ExitCode;

/// mimalloc, as the design fixes for the whole runtime (see
/// `runtime::object::Allocator`).
#[global_allocator]
static GLOBAL: runtime::object::Allocator = runtime::object::Allocator;

const USAGE: &str = "usage: ferropy [-X gil=0|1] [-c cmd | -m mod | file] [arg] ...
       ferropy --dump-ast FILE | --parse-only FILE... | --compile-only FILE... | --dis FILE";

/// The stack for the thread that parses: the parser's recursion is bounded
/// (nesting limits as CPython's), but a maximal nesting of brackets inside
/// expressions needs more than a default main thread has in debug builds,
/// and dropping or printing a very deep tree recurses too.
const PARSER_STACK: usize = 256 << 20;

fn main() -> ExitCode {
    runtime::object::Allocator::configure();
    let worker = std::thread::Builder::new()
        .stack_size(PARSER_STACK)
        .spawn(run);
    match worker.map(|handle| handle.join()) {
        Ok(Ok(code)) => code,
        // A panic reaches here only where it unwinds (the test builds; the
        // `dist` profile aborts on one).
        _ => {
            eprintln!("ferropy: internal error");
            ExitCode::from(70)
        }
    }
}

fn run() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("--dump-ast") if args.len() == 2 => dump_ast(&args[1]),
        Some("--parse-only") if args.len() >= 2 => parse_only(&args[1..]),
        Some("--compile-only") if args.len() >= 2 => compile_only(&args[1..]),
        Some("--dis") if args.len() == 2 => dis(&args[1]),
        Some(_) => run_python(&args),
        None => {
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
    }
}

/// What the command line asks to run.
enum Program {
    File(String),
    Command(String),
    Module(String),
}

/// `ferropy [-X gil=N] (-c CMD | -m MOD | FILE) [ARG...]`, as `python3`.
fn run_python(args: &[String]) -> ExitCode {
    let mut gil = std::env::var("PYTHON_GIL").is_ok_and(|v| v == "1");
    let mut i = 0;
    let program = loop {
        let Some(arg) = args.get(i) else {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        };
        match arg.as_str() {
            "-X" => {
                match args.get(i + 1).map(String::as_str) {
                    Some("gil=1") => gil = true,
                    Some("gil=0") => gil = false,
                    Some(_) => {}
                    None => {
                        eprintln!("ferropy: -X requires an argument");
                        return ExitCode::from(2);
                    }
                }
                i += 2;
            }
            "-c" | "-m" => {
                let Some(value) = args.get(i + 1) else {
                    eprintln!("Argument expected for the {arg} option");
                    return ExitCode::from(2);
                };
                i += 1;
                break if arg == "-c" {
                    Program::Command(value.clone())
                } else {
                    Program::Module(value.clone())
                };
            }
            "-u" | "-B" | "-E" | "-s" | "-S" | "-I" => i += 1,
            _ => break Program::File(arg.clone()),
        }
    };
    let rest = &args[i + 1..];
    let (argv0, path0) = match &program {
        Program::File(path) => {
            let dir = std::path::Path::new(path)
                .parent()
                .map(|p| p.to_string_lossy().to_string())
                .unwrap_or_default();
            (path.clone(), if dir.is_empty() { ".".into() } else { dir })
        }
        Program::Command(_) => ("-c".into(), String::new()),
        Program::Module(_) => (
            "-m".into(),
            std::env::current_dir()
                .map(|d| d.to_string_lossy().to_string())
                .unwrap_or_default(),
        ),
    };
    let mut argv = vec![argv0];
    argv.extend(rest.iter().cloned());
    stdlib::register_modules();
    vm::interp::start(gil, argv, path0);
    let status = match program {
        Program::File(path) => vm::interp::run_main(&path),
        Program::Command(cmd) => vm::interp::run_source("<string>", cmd.as_bytes()),
        Program::Module(name) => vm::interp::run_module_as_main(&name),
    };
    vm::interp::detach_current_thread();
    ExitCode::from(status.clamp(0, 255) as u8)
}

fn read(path: &str) -> Result<Vec<u8>, ExitCode> {
    std::fs::read(path).map_err(|err| {
        eprintln!("ferropy: can't open file '{path}': {err}");
        ExitCode::from(2)
    })
}

/// Prints `ast.dump(ast.parse(source), include_attributes=True)`, or the error line.
fn dump_ast(path: &str) -> ExitCode {
    let bytes = match read(path) {
        Ok(bytes) => bytes,
        Err(code) => return code,
    };
    let (text, ok) = compiler::dump_ast(&bytes);
    println!("{text}");
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// Parses every file; prints the error line of each one rejected.
fn parse_only(paths: &[String]) -> ExitCode {
    let mut status = ExitCode::SUCCESS;
    for path in paths {
        let bytes = match read(path) {
            Ok(bytes) => bytes,
            Err(code) => return code,
        };
        if let (_, Err(err)) = compiler::parse_module(&bytes) {
            println!("{}", err.report());
            status = ExitCode::FAILURE;
        }
    }
    status
}

/// Compiles every file; prints the error line of each one rejected.
fn compile_only(paths: &[String]) -> ExitCode {
    let mut status = ExitCode::SUCCESS;
    for path in paths {
        let bytes = match read(path) {
            Ok(bytes) => bytes,
            Err(code) => return code,
        };
        if let (_, Err(err)) = compiler::compile(&bytes, path) {
            println!("{}", err.report());
            status = ExitCode::FAILURE;
        }
    }
    status
}

/// Prints the disassembly of a file's code objects, or the error line.
fn dis(path: &str) -> ExitCode {
    let bytes = match read(path) {
        Ok(bytes) => bytes,
        Err(code) => return code,
    };
    match compiler::compile(&bytes, path) {
        (_, Ok(code)) => {
            print!("{}", compiler::bytecode::disassemble(&code));
            ExitCode::SUCCESS
        }
        (_, Err(err)) => {
            println!("{}", err.report());
            ExitCode::FAILURE
        }
    }
}
