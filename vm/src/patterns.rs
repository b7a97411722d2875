//! The runtime side of `match`: class patterns and mapping keys.

use runtime::types::exceptions as exc;
use runtime::types::{Type, dict, str as pystr, tuple};
use runtime::{PyErr, PyRef, PyResult, ops};

/// `MATCH_CLASS`: the attributes for `count` positional sub-patterns
/// (through `__match_args__`) then the keyword `names`, or None if the
/// subject is not an instance.
pub fn match_class(
    subject: &PyRef,
    cls: &PyRef,
    count: usize,
    names: &PyRef,
) -> PyResult<Option<PyRef>> {
    let Some(ty) = Type::from_object(cls) else {
        return Err(PyErr::type_error("called match pattern must be a class"));
    };
    if !ops::is_instance(subject, cls)? {
        return Ok(None);
    }
    let mut out = Vec::new();
    let mut seen: Vec<String> = Vec::new();
    if count > 0 {
        let match_args = ty.lookup("__match_args__");
        let self_match = [
            "bool",
            "bytearray",
            "bytes",
            "dict",
            "float",
            "frozenset",
            "int",
            "list",
            "set",
            "str",
            "tuple",
        ]
        .iter()
        .any(|n| ty.mro().iter().any(|t| !t.is_heap() && t.name() == *n));
        match match_args {
            Some(ma) => {
                let items = tuple::as_slice(&ma).ok_or_else(|| {
                    PyErr::type_error(format!(
                        "{}.__match_args__ must be a tuple (got {})",
                        ty.name(),
                        ma.type_of().name()
                    ))
                })?;
                if count > items.len() {
                    return Err(PyErr::type_error(format!(
                        "{}() accepts {} positional sub-pattern{} ({count} given)",
                        ty.name(),
                        items.len(),
                        if items.len() == 1 { "" } else { "s" }
                    )));
                }
                for name in &items[..count] {
                    let n = pystr::to_string(name).ok_or_else(|| {
                        PyErr::type_error(format!(
                            "__match_args__ elements must be strings (got {})",
                            name.type_of().name()
                        ))
                    })?;
                    seen.push(n);
                    match ops::getattr_opt(subject, name)? {
                        Some(v) => out.push(v),
                        None => return Ok(None),
                    }
                }
            }
            None if self_match && count == 1 => out.push(subject.clone()),
            None => {
                return Err(PyErr::type_error(format!(
                    "{}() accepts {} positional sub-pattern{} ({count} given)",
                    ty.name(),
                    usize::from(self_match),
                    if self_match { "" } else { "s" }
                )));
            }
        }
    }
    for name in tuple::as_slice(names).unwrap_or(&[]) {
        let n = pystr::to_string(name).unwrap_or_default();
        if seen.contains(&n) {
            return Err(PyErr::type_error(format!(
                "{}() got multiple sub-patterns for attribute '{n}'",
                ty.name()
            )));
        }
        seen.push(n);
        match ops::getattr_opt(subject, name)? {
            Some(v) => out.push(v),
            None => return Ok(None),
        }
    }
    Ok(Some(tuple::new_tuple(out)))
}

/// `MATCH_KEYS`: the values for `keys`, or None if one is missing.
pub fn match_keys(subject: &PyRef, keys: &PyRef) -> PyResult<Option<PyRef>> {
    let keys = tuple::as_slice(keys).unwrap_or(&[]);
    let mut out = Vec::new();
    for k in keys {
        let v = if std::ptr::eq(subject.type_of(), &dict::DICT) {
            dict::get(subject, k)?
        } else {
            match ops::call_method(subject, "get", &[k.clone(), sentinel()]) {
                Ok(v) if PyRef::ptr_eq(&v, &sentinel()) => None,
                Ok(v) => Some(v),
                Err(e) if e.matches(&exc::KEY_ERROR) => None,
                Err(e) => return Err(e),
            }
        };
        match v {
            Some(v) => out.push(v),
            None => return Ok(None),
        }
    }
    Ok(Some(tuple::new_tuple(out)))
}

fn sentinel() -> PyRef {
    static SENTINEL: std::sync::LazyLock<PyRef> =
        std::sync::LazyLock::new(|| PyRef::immortal((), &runtime::types::OBJECT));
    SENTINEL.clone()
}
