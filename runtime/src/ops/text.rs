//! Truth and the text forms: `bool()`, `repr()`, `str()`, `ascii()`,
//! `format()`.

use crate::err::{PyErr, PyResult};
use crate::num::Int;
use crate::object::PyRef;
use crate::text::PyStr;
use crate::types::{dict, float, int, is_none, list, singletons, str as pystr, tuple};

/// `bool(obj)`.
pub fn truthy(obj: &PyRef) -> PyResult<bool> {
    if singletons::is_true(obj) {
        return Ok(true);
    }
    if singletons::is_false(obj) || is_none(obj) {
        return Ok(false);
    }
    if int::is_exact(obj) {
        return Ok(!int::as_int(obj).is_some_and(|i| i.is_zero()));
    }
    if pystr::is_exact(obj) {
        return Ok(!pystr::as_str(obj).is_some_and(|s| s.is_empty()));
    }
    if list::is_exact(obj) {
        return Ok(list::len(obj) != 0);
    }
    if tuple::is_exact(obj) {
        return Ok(!tuple::as_slice(obj).is_some_and(<[PyRef]>::is_empty));
    }
    if float::is_exact(obj) {
        return Ok(float::as_f64(obj) != Some(0.0));
    }
    if std::ptr::eq(obj.type_of(), &dict::DICT) {
        return Ok(dict::len(obj) != 0);
    }
    if let Some(m) = super::lookup_method(obj, "__bool__")? {
        let r = m.call(&[])?;
        if !std::ptr::eq(r.type_of(), &singletons::BOOL) {
            return Err(PyErr::type_error(format!(
                "__bool__ should return bool, returned {}",
                r.type_of().name()
            )));
        }
        return Ok(singletons::is_true(&r));
    }
    if obj.type_of().lookup("__len__").is_some() {
        return Ok(super::len(obj)? != 0);
    }
    Ok(true)
}

fn text_result(r: PyRef, what: &str) -> PyResult {
    if pystr::as_str(&r).is_none() {
        return Err(PyErr::type_error(format!(
            "{what} returned non-string (type {})",
            r.type_of().name()
        )));
    }
    Ok(r)
}

/// `repr(obj)`, a str object.
pub fn repr(obj: &PyRef) -> PyResult {
    if pystr::is_exact(obj) {
        let s = pystr::as_str(obj).expect("a str");
        return Ok(pystr::new_str(&s.repr()));
    }
    if int::is_exact(obj) {
        let n = int::as_int(obj).expect("an int");
        if let Int::Small(small) = n {
            let mut buf = [0; 20];
            let digits = crate::num::format::small_int_digits(*small, &mut buf);
            return Ok(pystr::from_pystr(PyStr::from_latin1(digits.to_vec())));
        }
        return Ok(pystr::new_str(&crate::num::format::int_str(n)?));
    }
    let r = super::call_method(obj, "__repr__", &[])?;
    text_result(r, "__repr__")
}

/// `str(obj)`, a str object.
pub fn str_(obj: &PyRef) -> PyResult {
    if pystr::is_exact(obj) {
        return Ok(obj.clone());
    }
    if int::is_exact(obj) {
        return repr(obj);
    }
    let r = super::call_method(obj, "__str__", &[])?;
    text_result(r, "__str__")
}

/// `ascii(obj)`.
pub fn ascii(obj: &PyRef) -> PyResult {
    let r = repr(obj)?;
    let s = pystr::as_str(&r).expect("repr gives a str");
    if s.max_code_point() < 128 {
        return Ok(r);
    }
    let mut out = String::new();
    for c in s.code_points() {
        match c {
            0..=0x7f => out.push(c as u8 as char),
            0x80..=0xff => out.push_str(&format!("\\x{c:02x}")),
            0x100..=0xffff => out.push_str(&format!("\\u{c:04x}")),
            _ => out.push_str(&format!("\\U{c:08x}")),
        }
    }
    Ok(pystr::new_str(&out))
}

/// `format(obj, spec)`.
pub fn format(obj: &PyRef, spec: &PyRef) -> PyResult {
    if pystr::as_str(spec).is_some_and(|s| s.is_empty()) {
        // An exact str or int formats as its `str` with an empty spec.
        if pystr::is_exact(obj) {
            return Ok(obj.clone());
        }
        if int::is_exact(obj) {
            return str_(obj);
        }
    }
    let r = super::call_method(obj, "__format__", std::slice::from_ref(spec))?;
    if pystr::as_str(&r).is_none() {
        return Err(PyErr::type_error(format!(
            "__format__ must return a str, not {}",
            r.type_of().name()
        )));
    }
    Ok(r)
}
