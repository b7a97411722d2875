//! The `ferropy` command line. Argument parsing only; the work lives in the crates.

use std::process::ExitCode;

/// mimalloc, as the design fixes for the whole runtime: the parser allocates
/// one box per AST node, and the system allocator's free lists cost a
/// quarter of parse time.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

const USAGE: &str =
    "usage: ferropy --dump-ast FILE | --parse-only FILE... | --compile-only FILE... | --dis FILE";

/// The stack for the thread that parses: the parser's recursion is bounded
/// (nesting limits as CPython's), but a maximal nesting of brackets inside
/// expressions needs more than a default main thread has in debug builds,
/// and dropping or printing a very deep tree recurses too.
const PARSER_STACK: usize = 256 << 20;

fn main() -> ExitCode {
    let worker = std::thread::Builder::new()
        .stack_size(PARSER_STACK)
        .spawn(run);
    match worker.map(|handle| handle.join()) {
        Ok(Ok(code)) => code,
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
        _ => {
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
    }
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
