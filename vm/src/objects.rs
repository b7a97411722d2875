//! The eval loop's constructors for objects of types defined elsewhere in
//! the runtime (bytes, slices, sets), and `**` merging into a dict.

use runtime::types::{bytes, dict, set, slice, str as pystr};
use runtime::{PyErr, PyRef, PyResult, ops};

pub fn bytes_constant(b: &[u8]) -> PyRef {
    bytes::new_bytes(b.to_vec())
}

pub fn frozenset_constant(items: Vec<PyRef>) -> PyRef {
    let s = set::new_empty(&set::FROZENSET);
    for item in &items {
        set::add(&s, item).expect("constant items are hashable");
    }
    s
}

pub fn new_slice(start: PyRef, stop: PyRef, step: PyRef) -> PyRef {
    slice::new_slice(start, stop, step)
}

pub fn new_set(items: Vec<PyRef>) -> PyResult {
    let s = set::new_empty(&set::SET);
    for item in &items {
        set::add(&s, item)?;
    }
    Ok(s)
}

/// Whether `obj` is a bytes or bytearray, which sequence patterns do not
/// match (a memoryview they do).
pub fn is_bytes_or_bytearray(obj: &PyRef) -> bool {
    bytes::as_bytes(obj).is_some() || runtime::types::bytearray::is_bytearray(obj)
}

/// `{**other}` / `f(**other)` into `d`. With `merge` (calls), a repeated
/// key is a TypeError naming the function.
pub fn dict_merge(d: &PyRef, other: &PyRef, merge: bool, func: Option<PyRef>) -> PyResult<()> {
    let items: Vec<(PyRef, PyRef)> = if other.type_of().is_subtype(&dict::DICT) {
        dict::items(other)
    } else {
        let keys = match ops::call_method(other, "keys", &[]) {
            Ok(k) => k,
            Err(e) if e.matches(&runtime::types::exceptions::ATTRIBUTE_ERROR) => {
                return Err(PyErr::type_error(match (merge, &func) {
                    (true, Some(func)) => format!(
                        "{} argument after ** must be a mapping, not {}",
                        function_str(func),
                        other.type_of().name()
                    ),
                    _ => format!("'{}' object is not a mapping", other.type_of().name()),
                }));
            }
            Err(e) => return Err(e),
        };
        let mut out = Vec::new();
        for k in ops::to_vec(&keys)? {
            let v = ops::getitem(other, &k)?;
            out.push((k, v));
        }
        out
    };
    for (k, v) in items {
        if merge {
            if pystr::as_str(&k).is_none() {
                return Err(PyErr::type_error("keywords must be strings"));
            }
            if dict::get(d, &k)?.is_some() {
                return Err(PyErr::type_error(format!(
                    "{} got multiple values for keyword argument '{}'",
                    func.as_ref()
                        .map_or_else(|| "function".into(), function_str),
                    pystr::to_string(&k).unwrap_or_default()
                )));
            }
        }
        dict::set(d, k, v)?;
    }
    Ok(())
}

/// A function as CPython's call errors name it (`_PyObject_FunctionStr`):
/// `module.qualname()`, without the module for builtins.
pub fn function_str(func: &PyRef) -> String {
    let qualname = ops::getattr_str(func, "__qualname__")
        .ok()
        .and_then(|n| pystr::to_string(&n));
    let Some(qualname) = qualname else {
        return ops::str_(func)
            .ok()
            .and_then(|s| pystr::to_string(&s))
            .unwrap_or_default();
    };
    match ops::getattr_str(func, "__module__")
        .ok()
        .and_then(|m| pystr::to_string(&m))
    {
        Some(module) if module != "builtins" => format!("{module}.{qualname}()"),
        _ => format!("{qualname}()"),
    }
}

/// The positional arguments of `f(*args)`: a tuple's items, else the
/// iterable's, with CPython's error naming `func` when it is not iterable.
pub fn star_args(func: &PyRef, args: &PyRef) -> PyResult<Vec<PyRef>> {
    if let Some(items) = runtime::types::tuple::as_slice(args) {
        return Ok(items.to_vec());
    }
    let iterable = args.type_of().lookup("__iter__").is_some()
        || args.type_of().lookup("__getitem__").is_some();
    if !iterable {
        return Err(PyErr::type_error(format!(
            "{} argument after * must be an iterable, not {}",
            function_str(func),
            args.type_of().name()
        )));
    }
    ops::to_vec(args)
}
