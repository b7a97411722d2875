//! The `sys` module: what the interpreter knows about itself.

use crate::thread_state::RECURSION_LIMIT;
use runtime::types::{
    Args, Type, dict, float, from_bool, int, list, module, native, none, str as pystr, struct_seq,
    tuple,
};
use runtime::{PyErr, PyRef, PyResult};
use std::sync::OnceLock;
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
    let vi = info(
        &VERSION_INFO,
        "version_info",
        &["major", "minor", "micro", "releaselevel", "serial"],
        vec![
            int::from_i64(3),
            int::from_i64(14),
            int::from_i64(0),
            pystr::new_str("final"),
            int::from_i64(0),
        ],
    );
    module::set(&m, "version_info", vi);
    module::set(&m, "float_info", float_info());
    module::set(&m, "int_info", int_info());
    module::set(&m, "hash_info", hash_info());
    module::set(
        &m,
        "getdefaultencoding",
        f("getdefaultencoding", |a| {
            a.exact("getdefaultencoding", 0, 0)?;
            Ok(pystr::new_str("utf-8"))
        }),
    );
    module::set(
        &m,
        "getfilesystemencoding",
        f("getfilesystemencoding", |a| {
            a.exact("getfilesystemencoding", 0, 0)?;
            Ok(pystr::new_str("utf-8"))
        }),
    );
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

static VERSION_INFO: OnceLock<&'static Type> = OnceLock::new();
static FLOAT_INFO: OnceLock<&'static Type> = OnceLock::new();
static INT_INFO: OnceLock<&'static Type> = OnceLock::new();
static HASH_INFO: OnceLock<&'static Type> = OnceLock::new();

/// An instance of the struct sequence type `sys.<name>` (made on first use).
fn info(
    ty: &OnceLock<&'static Type>,
    name: &'static str,
    fields: &'static [&'static str],
    items: Vec<PyRef>,
) -> PyRef {
    let ty = ty.get_or_init(|| struct_seq::new_type("sys", name, fields));
    struct_seq::new(ty, items)
}

/// `sys.float_info`: the properties of the C double.
fn float_info() -> PyRef {
    let i = |v: i64| int::from_i64(v);
    info(
        &FLOAT_INFO,
        "float_info",
        &[
            "max",
            "max_exp",
            "max_10_exp",
            "min",
            "min_exp",
            "min_10_exp",
            "dig",
            "mant_dig",
            "epsilon",
            "radix",
            "rounds",
        ],
        vec![
            float::from_f64(f64::MAX),
            i(f64::MAX_EXP.into()),
            i(f64::MAX_10_EXP.into()),
            float::from_f64(f64::MIN_POSITIVE),
            i(f64::MIN_EXP.into()),
            i(f64::MIN_10_EXP.into()),
            i(f64::DIGITS.into()),
            i(f64::MANTISSA_DIGITS.into()),
            float::from_f64(f64::EPSILON),
            i(f64::RADIX.into()),
            i(1),
        ],
    )
}

/// `sys.int_info`: CPython's values (ferropy's ints are not stored in
/// 30-bit digits, but programs size things by these).
fn int_info() -> PyRef {
    let i = |v: i64| int::from_i64(v);
    info(
        &INT_INFO,
        "int_info",
        &[
            "bits_per_digit",
            "sizeof_digit",
            "default_max_str_digits",
            "str_digits_check_threshold",
        ],
        vec![
            i(30),
            i(4),
            i(runtime::num::parse::MAX_STR_DIGITS as i64),
            i(640),
        ],
    )
}

/// `sys.hash_info`: the parameters of the numeric and str hashes.
fn hash_info() -> PyRef {
    let i = |v: i64| int::from_i64(v);
    info(
        &HASH_INFO,
        "hash_info",
        &[
            "width",
            "modulus",
            "inf",
            "nan",
            "imag",
            "algorithm",
            "hash_bits",
            "seed_bits",
            "cutoff",
        ],
        vec![
            i(64),
            i(runtime::num::int::HASH_MODULUS as i64),
            i(314_159),
            i(0),
            i(1_000_003),
            pystr::new_str("siphash13"),
            i(64),
            i(128),
            i(0),
        ],
    )
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
