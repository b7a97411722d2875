//! Rich comparison, equality, hashing and the instance/subclass checks.

use crate::err::{PyErr, PyResult};
use crate::num::Int;
use crate::object::PyRef;
use crate::types::{Type, float, from_bool, int, is_not_implemented, str as pystr, tuple};

/// A rich comparison operator, in CPython's `Py_LT..Py_GE` order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompareOp {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
}

impl CompareOp {
    pub fn dunder(self) -> &'static str {
        match self {
            CompareOp::Lt => "__lt__",
            CompareOp::Le => "__le__",
            CompareOp::Eq => "__eq__",
            CompareOp::Ne => "__ne__",
            CompareOp::Gt => "__gt__",
            CompareOp::Ge => "__ge__",
        }
    }

    /// The operator with its operands swapped (`a < b` is `b > a`).
    pub fn reflected(self) -> CompareOp {
        match self {
            CompareOp::Lt => CompareOp::Gt,
            CompareOp::Le => CompareOp::Ge,
            CompareOp::Eq => CompareOp::Eq,
            CompareOp::Ne => CompareOp::Ne,
            CompareOp::Gt => CompareOp::Lt,
            CompareOp::Ge => CompareOp::Le,
        }
    }

    pub fn symbol(self) -> &'static str {
        match self {
            CompareOp::Lt => "<",
            CompareOp::Le => "<=",
            CompareOp::Eq => "==",
            CompareOp::Ne => "!=",
            CompareOp::Gt => ">",
            CompareOp::Ge => ">=",
        }
    }

    /// Whether an ordering satisfies the operator.
    pub fn test(self, ord: std::cmp::Ordering) -> bool {
        use std::cmp::Ordering::*;
        match self {
            CompareOp::Lt => ord == Less,
            CompareOp::Le => ord != Greater,
            CompareOp::Eq => ord == Equal,
            CompareOp::Ne => ord != Equal,
            CompareOp::Gt => ord == Greater,
            CompareOp::Ge => ord != Less,
        }
    }
}

/// The comparison of two exact ints, floats or strs, without dispatch.
#[inline]
fn native_compare(a: &PyRef, b: &PyRef, op: CompareOp) -> Option<bool> {
    if int::is_exact(a) && int::is_exact(b) {
        return Some(op.test(int::as_int(a)?.cmp(int::as_int(b)?)));
    }
    if float::is_exact(a) && float::is_exact(b) {
        let (x, y) = (float::as_f64(a)?, float::as_f64(b)?);
        return Some(match x.partial_cmp(&y) {
            Some(ord) => op.test(ord),
            None => op == CompareOp::Ne,
        });
    }
    if pystr::is_exact(a) && pystr::is_exact(b) {
        return Some(op.test(pystr::as_str(a)?.cmp(pystr::as_str(b)?)));
    }
    None
}

/// `a OP b`.
pub fn richcompare(a: &PyRef, b: &PyRef, op: CompareOp) -> PyResult {
    if let Some(r) = native_compare(a, b, op) {
        return Ok(from_bool(r));
    }
    // Exact tuples compare item by item: what `tuple.__lt__` & co. do,
    // without looking the method up (sorting tuples compares millions).
    if tuple::is_exact(a)
        && tuple::is_exact(b)
        && let (Some(x), Some(y)) = (tuple::as_slice(a), tuple::as_slice(b))
    {
        return crate::types::seq::compare(x, y, op);
    }
    let (ta, tb) = (a.type_of(), b.type_of());
    let reflected_first = !std::ptr::eq(ta, tb) && tb.is_subtype(ta);
    if reflected_first && let Some(r) = try_dunder(b, a, op.reflected())? {
        return Ok(r);
    }
    if let Some(r) = try_dunder(a, b, op)? {
        return Ok(r);
    }
    if !reflected_first && let Some(r) = try_dunder(b, a, op.reflected())? {
        return Ok(r);
    }
    match op {
        CompareOp::Eq => Ok(from_bool(PyRef::ptr_eq(a, b))),
        CompareOp::Ne => Ok(from_bool(!PyRef::ptr_eq(a, b))),
        _ => Err(PyErr::type_error(format!(
            "'{}' not supported between instances of '{}' and '{}'",
            op.symbol(),
            ta.name(),
            tb.name()
        ))),
    }
}

fn try_dunder(a: &PyRef, b: &PyRef, op: CompareOp) -> PyResult<Option<PyRef>> {
    match super::lookup_method(a, op.dunder())? {
        None => Ok(None),
        Some(m) => {
            let r = m.call(std::slice::from_ref(b))?;
            Ok((!is_not_implemented(&r)).then_some(r))
        }
    }
}

/// `bool(a OP b)`, with the identity shortcut containers use for `==`/`!=`.
pub fn richcompare_bool(a: &PyRef, b: &PyRef, op: CompareOp) -> PyResult<bool> {
    if PyRef::ptr_eq(a, b) {
        match op {
            CompareOp::Eq => return Ok(true),
            CompareOp::Ne => return Ok(false),
            _ => {}
        }
    }
    if let Some(r) = native_compare(a, b, op) {
        return Ok(r);
    }
    super::truthy(&richcompare(a, b, op)?)
}

/// `a == b` as containers test it (identity first).
#[inline]
pub fn eq(a: &PyRef, b: &PyRef) -> PyResult<bool> {
    richcompare_bool(a, b, CompareOp::Eq)
}

/// The hash of an exact str (cached) or exact int, which need no dispatch
/// and cannot fail; `None` for other objects.
#[inline(always)]
pub fn native_hash(obj: &PyRef) -> Option<i64> {
    let ty = obj.type_of();
    if std::ptr::eq(ty, &pystr::STR) {
        return pystr::payload(obj).map(pystr::Str::hash);
    }
    if std::ptr::eq(ty, &int::INT) {
        return int::as_int(obj).map(Int::hash);
    }
    None
}

/// `hash(obj)`.
#[inline]
pub fn hash(obj: &PyRef) -> PyResult<i64> {
    match native_hash(obj) {
        Some(h) => Ok(h),
        None => hash_general(obj),
    }
}

#[inline(never)]
fn hash_general(obj: &PyRef) -> PyResult<i64> {
    // Exact floats and tuples hash as their `__hash__` does, without the
    // method call (tuples are the usual compound dict and set keys).
    if float::is_exact(obj)
        && let Some(x) = float::as_f64(obj)
    {
        return Ok(crate::num::float::hash(x).unwrap_or_else(|| identity_hash(obj)));
    }
    if tuple::is_exact(obj)
        && let Some(t) = tuple::payload(obj)
    {
        return tuple::hash(t);
    }
    hash_by_dunder(obj)
}

/// `hash(obj)` by its type's `__hash__`.
#[inline(never)]
fn hash_by_dunder(obj: &PyRef) -> PyResult<i64> {
    let ty = obj.type_of();
    match ty.lookup("__hash__") {
        Some(f) if crate::types::is_none(&f) => Err(unhashable(obj)),
        None => Err(unhashable(obj)),
        Some(_) => {
            let r = super::call_method(obj, "__hash__", &[])?;
            // A value that fits is the hash itself (CPython's
            // `slot_tp_hash`); only a bigger int is hashed again.
            match int::as_int(&r) {
                Some(i) => Ok(match i.to_i64() {
                    Some(-1) => -2,
                    Some(h) => h,
                    None => i.hash(),
                }),
                None => Err(PyErr::type_error(
                    "__hash__ method should return an integer",
                )),
            }
        }
    }
}

fn unhashable(obj: &PyRef) -> PyErr {
    PyErr::type_error(format!("unhashable type: '{}'", obj.type_of().name()))
}

/// `object.__hash__`: from the address, rotated so alignment zeros do not
/// cluster (as CPython's `_Py_HashPointer`).
pub fn identity_hash(obj: &PyRef) -> i64 {
    let h = (obj.id() as u64).rotate_right(4) as i64;
    if h == -1 { -2 } else { h }
}

/// `isinstance(obj, cls)`: `cls` a type, a tuple of them, or a class with
/// `__instancecheck__` on its metatype.
pub fn is_instance(obj: &PyRef, cls: &PyRef) -> PyResult<bool> {
    if let Some(ty) = Type::from_object(cls) {
        if obj.type_of().is_subtype(ty) {
            return Ok(true);
        }
        if cls.type_of().is_heap() {
            return super::truthy(&super::call_method(
                cls,
                "__instancecheck__",
                std::slice::from_ref(obj),
            )?);
        }
        return Ok(false);
    }
    if let Some(items) = tuple::as_slice(cls) {
        for c in items {
            if is_instance(obj, c)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if let Some(m) = super::lookup_method(cls, "__instancecheck__")? {
        return super::truthy(&m.call(std::slice::from_ref(obj))?);
    }
    Err(PyErr::type_error(
        "isinstance() arg 2 must be a type, a tuple of types, or a union",
    ))
}

/// `issubclass(sub, cls)`.
pub fn is_subclass(sub: &PyRef, cls: &PyRef) -> PyResult<bool> {
    if let Some(items) = tuple::as_slice(cls) {
        for c in items {
            if is_subclass(sub, c)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if let Some(ty) = Type::from_object(cls) {
        if cls.type_of().is_heap() {
            return super::truthy(&super::call_method(
                cls,
                "__subclasscheck__",
                std::slice::from_ref(sub),
            )?);
        }
        let Some(s) = Type::from_object(sub) else {
            return Err(PyErr::type_error("issubclass() arg 1 must be a class"));
        };
        return Ok(s.is_subtype(ty));
    }
    if let Some(m) = super::lookup_method(cls, "__subclasscheck__")? {
        return super::truthy(&m.call(std::slice::from_ref(sub))?);
    }
    Err(PyErr::type_error(
        "issubclass() arg 2 must be a class, a tuple of classes, or a union",
    ))
}
