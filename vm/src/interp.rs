//! The interpreter: start-up (built-in types, `builtins`, `sys`), the
//! thread states (free-threaded or GIL-emulation mode), running the main
//! script, and reporting an uncaught exception as CPython does.

use crate::code::Code;
use crate::frame::Frame;
use runtime::threads::{GilMode, ThreadHandle, Threads};
use runtime::types::exceptions as exc;
use runtime::types::{dict, int, module, str as pystr, tuple};
use runtime::{PyErr, PyRef, PyResult, ops};
use std::cell::RefCell;
use std::sync::OnceLock;

/// Process-wide interpreter state.
pub struct Interp {
    pub threads: Threads,
    pub builtins: PyRef,
    pub sys: PyRef,
    /// `sys.modules`.
    pub modules: PyRef,
}

static INTERP: OnceLock<Interp> = OnceLock::new();

thread_local! {
    static HANDLE: RefCell<Option<ThreadHandle>> = const { RefCell::new(None) };
}

/// The interpreter (after [`start`]).
pub fn interp() -> &'static Interp {
    INTERP.get().expect("the interpreter is started")
}

/// Starts the interpreter in the given mode; `argv` becomes `sys.argv`.
pub fn start(gil: bool, argv: Vec<String>, path0: String) -> &'static Interp {
    runtime::init();
    crate::register_types();
    let builtins = crate::builtins::make_builtins();
    crate::builtins_glue::add_to(&builtins);
    let modules = dict::new_dict();
    let sys = crate::sys::make(&modules, argv, path0, gil);
    dict::set_str(&modules, "builtins", builtins.clone());
    dict::set_str(&modules, "sys", sys.clone());
    let mode = if gil {
        GilMode::Emulated
    } else {
        GilMode::FreeThreaded
    };
    let interp = INTERP.get_or_init(|| Interp {
        threads: Threads::new(mode),
        builtins,
        sys,
        modules,
    });
    attach_current_thread();
    // CPython imports its codec search package while starting; the native
    // one, when the embedder provides it, is in `sys.modules` likewise.
    if crate::native_modules::is_registered("encodings") {
        crate::import::import_module("encodings").expect("the native encodings module");
    }
    interp
}

/// Registers the calling OS thread and attaches it (takes the GIL in GIL
/// mode).
pub fn attach_current_thread() {
    crate::thread_state::set_stack_budget();
    let handle = interp().threads.register();
    handle.attach();
    crate::frame::Pool::set_thread_state(Some(handle.state().clone()));
    HANDLE.with(|h| *h.borrow_mut() = Some(handle));
}

/// Detaches and unregisters the calling thread.
pub fn detach_current_thread() {
    runtime::object::flush_ref_cache();
    runtime::object::give_up_deferred();
    crate::frame::Pool::set_thread_state(None);
    let handle = HANDLE.with(|h| h.borrow_mut().take());
    if let Some(h) = handle {
        h.detach();
    }
}

/// Runs a blocking operation detached (GIL released, stop-the-world not
/// waiting for this thread).
pub fn blocking<R>(f: impl FnOnce() -> R) -> R {
    // What only the thread's reference cache keeps alive is released before
    // the thread waits, not when it next gets to run.
    runtime::object::flush_ref_cache();
    runtime::object::give_up_deferred();
    HANDLE.with(|h| match h.borrow().as_ref() {
        Some(handle) => handle.detached(f),
        None => f(),
    })
}

/// The calling thread's state, if it is attached to the interpreter.
pub fn current_thread_state() -> Option<std::sync::Arc<runtime::threads::ThreadState>> {
    HANDLE.with(|h| h.borrow().as_ref().map(|h| h.state().clone()))
}

/// The eval breaker poll of a loop that has the thread's `state` at hand:
/// two loads when nothing is requested.
#[inline(always)]
pub fn poll_eval_breaker_of(state: &runtime::threads::ThreadState) {
    runtime::object::flush_ref_cache_if_full();
    if !state.eval_breaker().pending().is_empty() {
        answer_eval_breaker();
    }
}

#[cold]
fn answer_eval_breaker() {
    poll_eval_breaker();
}

/// The eval breaker poll at backward jumps and calls: one relaxed load
/// when nothing is requested.
#[inline]
pub fn poll_eval_breaker() {
    runtime::object::flush_ref_cache_if_full();
    HANDLE.with(|h| {
        if let Some(handle) = h.borrow().as_ref()
            && !handle.state().eval_breaker().pending().is_empty()
        {
            handle.safe_point();
            runtime::threads::brc::merge_pending();
        }
    });
}

/// The builtins namespace dict.
pub fn builtins_dict() -> PyRef {
    module::module_dict(&interp().builtins)
        .expect("a module")
        .clone()
}

/// Compiles and runs `source` as module `name` in `globals`.
pub fn exec_source(source: &[u8], filename: &str, globals: &PyRef, locals: &PyRef) -> PyResult {
    let code = compile(source, filename)?;
    run_code(&code, globals, locals)
}

pub fn run_code(code: &std::sync::Arc<Code>, globals: &PyRef, locals: &PyRef) -> PyResult {
    if dict::get_str(globals, "__builtins__").is_none() {
        dict::set_str(globals, "__builtins__", interp().builtins.clone());
    }
    let frame = Frame::for_namespace(
        code.clone(),
        globals.clone(),
        builtins_dict(),
        locals.clone(),
    );
    crate::eval::run_frame(frame)
}

/// Compiles module source, turning a syntax error into a SyntaxError.
pub fn compile(source: &[u8], filename: &str) -> PyResult<std::sync::Arc<Code>> {
    compile_in(source, filename, Mode::Exec)
}

/// `compile()`'s modes.
#[derive(Clone, Copy)]
pub enum Mode {
    /// A module.
    Exec,
    /// One expression, whose value the code returns.
    Eval,
    /// A module whose top-level expression values are displayed.
    Single,
}

/// Compiles `source` in `mode`; a syntax error is raised as Python's.
pub fn compile_in(source: &[u8], filename: &str, mode: Mode) -> PyResult<std::sync::Arc<Code>> {
    let (text, result) = match mode {
        Mode::Exec => compiler::compile(source, filename),
        Mode::Eval => compiler::compile_eval(source, filename),
        Mode::Single => compiler::compile_single(source, filename),
    };
    match result {
        Ok(code) => Ok(Code::new(std::sync::Arc::new(code))),
        Err(e) => Err(syntax_error(&e, filename, &text)),
    }
}

fn syntax_error(e: &compiler::SyntaxError, filename: &str, text: &str) -> PyErr {
    let ty: &'static runtime::types::Type = match e.kind.name() {
        "IndentationError" => &exc::INDENTATION_ERROR,
        "TabError" => &exc::TAB_ERROR,
        "MemoryError" => return PyErr::memory_error(),
        _ => &exc::SYNTAX_ERROR,
    };
    let (lineno, offset, end_lineno, end_offset) = e.location.map_or((0, 0, 0, 0), |l| {
        (l.lineno, l.offset, l.end_lineno, l.end_offset)
    });
    let line = text
        .lines()
        .nth((lineno.max(1) - 1) as usize)
        .map(|l| pystr::new_str(&format!("{l}\n")))
        .unwrap_or_else(runtime::types::none);
    let details = tuple::new_tuple(vec![
        pystr::new_str(filename),
        int::from_i64(lineno),
        int::from_i64(offset),
        line,
        int::from_i64(end_lineno),
        int::from_i64(end_offset),
    ]);
    let err = PyErr::with_args(ty, vec![pystr::new_str(&e.msg), details]);
    if let Some(d) = err.instance().instance_dict() {
        dict::set_str(d, "msg", pystr::new_str(&e.msg));
        dict::set_str(d, "lineno", int::from_i64(lineno));
        dict::set_str(d, "offset", int::from_i64(offset));
        dict::set_str(d, "filename", pystr::new_str(filename));
    }
    err
}

/// Runs the main script: returns the process exit status.
pub fn run_main(path: &str) -> i32 {
    match std::fs::read(path) {
        Ok(source) => run_source(path, &source),
        Err(e) => {
            eprintln!(
                "ferropy: can't open file '{path}': [Errno {}] {}",
                e.raw_os_error().unwrap_or(0),
                e.kind()
            );
            2
        }
    }
}

/// Runs `-m name`: the module found on `sys.path`, as `__main__`.
pub fn run_module_as_main(name: &str) -> i32 {
    let path = name.replace('.', "/");
    for dir in crate::import::search_path().unwrap_or_default() {
        for candidate in [
            dir.join(format!("{path}.py")),
            dir.join(&path).join("__main__.py"),
        ] {
            if candidate.is_file() {
                return run_main(&candidate.to_string_lossy());
            }
        }
    }
    eprintln!("ferropy: No module named {name}");
    1
}

/// Runs `source` as the `__main__` module: the exit status.
pub fn run_source(path: &str, source: &[u8]) -> i32 {
    let main = module::new_module("__main__");
    if path != "<string>" {
        module::set(&main, "__file__", pystr::new_str(path));
    }
    module::set(&main, "__builtins__", interp().builtins.clone());
    // A script run directly has no spec, loader or package.
    for name in ["__spec__", "__loader__", "__package__"] {
        module::set(&main, name, runtime::types::none());
    }
    dict::set_str(&interp().modules, "__main__", main.clone());
    let globals = module::module_dict(&main).expect("a module").clone();
    let result = exec_source(source, path, &globals, &globals);
    let _ = crate::builtins::io::flush_stdout();
    let status = match result {
        Ok(_) => 0,
        Err(e) => report_uncaught(e),
    };
    let _ = crate::builtins::io::flush_stdout();
    status
}

/// Prints an uncaught exception (or handles SystemExit): the exit status.
pub fn report_uncaught(e: PyErr) -> i32 {
    let inst = e.instance();
    if e.matches(&exc::SYSTEM_EXIT) {
        let args = exc::args(inst);
        let code = tuple::as_slice(&args).and_then(|a| a.first().cloned());
        return match code {
            None => 0,
            Some(c) if runtime::types::is_none(&c) => 0,
            Some(c) => match int::as_i64(&c) {
                Some(n) => n as i32,
                None => {
                    let text = ops::str_(&c)
                        .ok()
                        .and_then(|s| pystr::to_string(&s))
                        .unwrap_or_default();
                    eprintln!("{text}");
                    1
                }
            },
        };
    }
    eprint!("{}", crate::traceback::format_exception(inst));
    1
}
