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
                return Err(PyErr::type_error(if merge {
                    format!(
                        "{} argument after ** must be a mapping, not {}",
                        func_name(func.as_ref()),
                        other.type_of().name()
                    )
                } else {
                    format!("'{}' object is not a mapping", other.type_of().name())
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
                return Err(PyErr::type_error(format!(
                    "{} keywords must be strings",
                    func_name(func.as_ref())
                )));
            }
            if dict::get(d, &k)?.is_some() {
                return Err(PyErr::type_error(format!(
                    "{} got multiple values for keyword argument '{}'",
                    func_name(func.as_ref()),
                    pystr::to_string(&k).unwrap_or_default()
                )));
            }
        }
        dict::set(d, k, v)?;
    }
    Ok(())
}

fn func_name(func: Option<&PyRef>) -> String {
    func.and_then(|f| ops::getattr_str(f, "__qualname__").ok())
        .and_then(|n| pystr::to_string(&n))
        .map_or_else(|| "function".into(), |n| format!("{n}()"))
}
