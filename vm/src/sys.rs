//! The `sys` module: what the interpreter knows about itself.

use crate::thread_state::RECURSION_LIMIT;
use runtime::types::{Args, dict, from_bool, int, list, module, native, none, str as pystr, tuple};
use runtime::{PyErr, PyRef, PyResult};
use std::sync::atomic::{AtomicBool, Ordering::Relaxed};

static GIL: AtomicBool = AtomicBool::new(false);

fn f(name: &'static str, func: native::NativeFn) -> PyRef {
    native::new_function(name, func, Some("sys"))
}

/// Builds `sys`: `argv`, `path` (the script's directory first, then
/// PYTHONPATH), `modules`, versions and the functions below.
pub fn make(modules: &PyRef, argv: Vec<String>, path0: String, gil: bool) -> PyRef {
    GIL.store(gil, Relaxed);
    let m = module::new_module("sys");
    let strs = |v: Vec<String>| list::new_list(v.iter().map(|s| pystr::new_str(s)).collect());
    module::set(&m, "argv", strs(argv));
    let mut path = vec![path0];
    if let Ok(pp) = std::env::var("PYTHONPATH") {
        path.extend(pp.split(':').filter(|p| !p.is_empty()).map(str::to_string));
    }
    module::set(&m, "path", strs(path));
    module::set(&m, "modules", modules.clone());
    module::set(&m, "version", pystr::new_str("3.14.0 (ferropy 0.1.0)"));
    let vi = tuple::new_tuple(vec![
        int::from_i64(3),
        int::from_i64(14),
        int::from_i64(0),
        pystr::new_str("final"),
        int::from_i64(0),
    ]);
    module::set(&m, "version_info", vi);
    module::set(&m, "hexversion", int::from_i64(0x030e00f0));
    module::set(&m, "maxsize", int::from_i64(i64::MAX));
    module::set(&m, "byteorder", pystr::new_str("little"));
    module::set(&m, "platform", pystr::new_str("linux"));
    module::set(
        &m,
        "executable",
        pystr::new_str(
            &std::env::current_exe()
                .map(|p| p.to_string_lossy().to_string())
                .unwrap_or_default(),
        ),
    );
    let implementation = module::new_module("implementation");
    module::set(&implementation, "name", pystr::new_str("ferropy"));
    module::set(
        &implementation,
        "version",
        module::module_dict(&m)
            .and_then(|d| dict::get_str(d, "version_info"))
            .unwrap_or_else(none),
    );
    module::set(&implementation, "cache_tag", none());
    module::set(&m, "implementation", implementation);
    module::set(
        &m,
        "getrecursionlimit",
        f("getrecursionlimit", |a| {
            a.exact("getrecursionlimit", 0, 0)?;
            Ok(int::from_i64(RECURSION_LIMIT.load(Relaxed) as i64))
        }),
    );
    module::set(
        &m,
        "setrecursionlimit",
        f("setrecursionlimit", set_recursion_limit),
    );
    module::set(
        &m,
        "_is_gil_enabled",
        f("_is_gil_enabled", |a| {
            a.exact("_is_gil_enabled", 0, 0)?;
            Ok(from_bool(GIL.load(Relaxed)))
        }),
    );
    module::set(
        &m,
        "getswitchinterval",
        f("getswitchinterval", |a| {
            a.exact("getswitchinterval", 0, 0)?;
            let i = crate::interp::interp().threads.switch_interval();
            Ok(runtime::types::float::from_f64(i.as_secs_f64()))
        }),
    );
    module::set(
        &m,
        "setswitchinterval",
        f("setswitchinterval", |a| {
            let v = &a.exact("setswitchinterval", 1, 1)?[0];
            let secs = runtime::types::float::as_f64(v)
                .or_else(|| int::as_i64(v).map(|i| i as f64))
                .ok_or_else(|| {
                    PyErr::type_error(format!("must be real number, not {}", v.type_of().name()))
                })?;
            if secs <= 0.0 {
                return Err(PyErr::value_error(
                    "switch interval must be strictly positive",
                ));
            }
            crate::interp::interp()
                .threads
                .set_switch_interval(std::time::Duration::from_secs_f64(secs));
            Ok(none())
        }),
    );
    module::set(
        &m,
        "exit",
        f("exit", |a| {
            let pos = a.exact("exit", 0, 1)?;
            // As CPython raises it: a tuple is the exception's arguments,
            // None none at all.
            let args = match pos.first() {
                None => Vec::new(),
                Some(code) if runtime::types::is_none(code) => Vec::new(),
                Some(code) => match tuple::as_slice(code) {
                    Some(items) => items.to_vec(),
                    None => vec![code.clone()],
                },
            };
            Err(PyErr::with_args(
                &runtime::types::exceptions::SYSTEM_EXIT,
                args,
            ))
        }),
    );
    module::set(
        &m,
        "intern",
        f("intern", |a| {
            let v = &a.exact("intern", 1, 1)?[0];
            let s = pystr::as_str(v).ok_or_else(|| {
                PyErr::type_error(format!(
                    "intern() argument must be str, not {}",
                    v.type_of().name()
                ))
            })?;
            Ok(pystr::intern_pystr(s.clone()))
        }),
    );
    module::set(&m, "getsizeof", f("getsizeof", getsizeof));
    module::set(
        &m,
        "exc_info",
        f("exc_info", |a| {
            a.exact("exc_info", 0, 0)?;
            Ok(match crate::thread_state::handled() {
                Some(e) => {
                    let tb = runtime::types::exceptions::with_state(&e, |s| s.traceback.clone())
                        .unwrap_or_else(none);
                    tuple::new_tuple(vec![e.type_of().object(), e, tb])
                }
                None => tuple::new_tuple(vec![none(), none(), none()]),
            })
        }),
    );
    module::set(
        &m,
        "exception",
        f("exception", |a| {
            a.exact("exception", 0, 0)?;
            Ok(crate::thread_state::handled().unwrap_or_else(none))
        }),
    );
    let stdin = crate::stdio::stdin_object();
    module::set(&m, "stdin", stdin.clone());
    module::set(&m, "__stdin__", stdin);
    let stdout = crate::stdio::stdout_object();
    module::set(&m, "stdout", stdout.clone());
    module::set(&m, "__stdout__", stdout);
    let stderr = crate::stdio::stderr_object();
    module::set(&m, "stderr", stderr.clone());
    module::set(&m, "__stderr__", stderr);
    m
}

/// `sys.getsizeof(obj[, default])`: the object's `__sizeof__()` when its
/// type defines one, else its own allocation.
fn getsizeof(a: &Args) -> PyResult {
    let obj = &a.exact("getsizeof", 1, 2)?[0];
    let size = match obj.type_of().lookup("__sizeof__") {
        Some(_) => {
            let r = runtime::ops::call_method(obj, "__sizeof__", &[])?;
            int::as_i64(&r).ok_or_else(|| PyErr::type_error("an integer is required"))?
        }
        None => obj.allocation_size() as i64,
    };
    if size < 0 {
        return Err(PyErr::value_error("__sizeof__() should return >= 0"));
    }
    Ok(int::from_i64(size))
}

fn set_recursion_limit(a: &Args) -> PyResult {
    let v = &a.exact("setrecursionlimit", 1, 1)?[0];
    let n = int::as_i64(v).ok_or_else(|| {
        PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            v.type_of().name()
        ))
    })?;
    if n < 1 {
        return Err(PyErr::value_error(
            "recursion limit must be greater or equal than 1",
        ));
    }
    RECURSION_LIMIT.store(n as usize, Relaxed);
    Ok(none())
}
