//! `mappingproxy`: a read-only view of a mapping (`types.MappingProxyType`,
//! a dict view's `.mapping`). Reads go to the mapping; nothing writes.

use super::args::Args;
use super::{LIST, OBJECT, Slots, TUPLE, Type, flags, from_bool, int, none, str as pystr};
use crate::err::{PyErr, PyResult};
use crate::object::PyRef;
use crate::ops::{self, BinOp, CompareOp};

/// The payload of a mappingproxy: the mapping it shows.
pub struct MappingProxy {
    mapping: PyRef,
}

pub static MAPPINGPROXY: Type =
    Type::builtin::<MappingProxy>("mappingproxy", Some(&OBJECT), flags::MAPPING, Slots::NONE);

/// A read-only proxy of `mapping` (which must be a mapping).
pub fn new_proxy(mapping: PyRef) -> PyRef {
    PyRef::new(MappingProxy { mapping }, &MAPPINGPROXY)
}

/// The mapping behind a proxy.
fn mapping(obj: &PyRef) -> PyResult<&PyRef> {
    obj.payload::<MappingProxy>()
        .map(|p| &p.mapping)
        .ok_or_else(|| {
            PyErr::type_error(format!(
                "descriptor for 'mappingproxy' objects doesn't apply to a '{}' object",
                obj.type_of().name()
            ))
        })
}

/// `mappingproxy(mapping)`: anything subscriptable but a list or tuple.
fn proxy_new(args: &Args) -> PyResult {
    let pos = args.positional();
    let [_, m] = pos else {
        return Err(PyErr::type_error(if pos.len() < 2 {
            "mappingproxy() missing required argument 'mapping' (pos 1)".to_string()
        } else {
            format!(
                "mappingproxy() takes at most 1 argument ({} given)",
                pos.len() - 1
            )
        }));
    };
    let ty = m.type_of();
    if ty.lookup("__getitem__").is_none() || ty.is_subtype(&LIST) || ty.is_subtype(&TUPLE) {
        return Err(PyErr::type_error(format!(
            "mappingproxy() argument must be a mapping, not {}",
            ty.name()
        )));
    }
    Ok(new_proxy(m.clone()))
}

fn unary(args: &Args, name: &str) -> PyResult<PyRef> {
    Ok(mapping(&args.exact(name, 1, 1)?[0])?.clone())
}

fn proxy_getitem(args: &Args) -> PyResult {
    let a = args.exact("__getitem__", 2, 2)?;
    ops::getitem(mapping(&a[0])?, &a[1])
}

fn proxy_contains(args: &Args) -> PyResult {
    let a = args.exact("__contains__", 2, 2)?;
    Ok(from_bool(ops::contains(mapping(&a[0])?, &a[1])?))
}

fn proxy_len(args: &Args) -> PyResult {
    Ok(int::from_i64(ops::len(&unary(args, "__len__")?)? as i64))
}

fn proxy_iter(args: &Args) -> PyResult {
    ops::iter(&unary(args, "__iter__")?)
}

fn proxy_reversed(args: &Args) -> PyResult {
    ops::call_method(&unary(args, "__reversed__")?, "__reversed__", &[])
}

/// `proxy.get(key, default=None)`.
fn proxy_get(args: &Args) -> PyResult {
    let a = args.exact("get", 2, 3)?;
    let default = a.get(2).cloned().unwrap_or_else(none);
    ops::call_method(mapping(&a[0])?, "get", &[a[1].clone(), default])
}

fn proxy_repr(args: &Args) -> PyResult {
    let r = ops::repr(&unary(args, "__repr__")?)?;
    Ok(pystr::new_str(&format!(
        "mappingproxy({})",
        pystr::to_string(&r).unwrap_or_default()
    )))
}

fn proxy_str(args: &Args) -> PyResult {
    ops::str_(&unary(args, "__str__")?)
}

fn proxy_hash(args: &Args) -> PyResult {
    Ok(int::from_i64(ops::hash(&unary(args, "__hash__")?)?))
}

fn compare(a: &PyRef, b: &PyRef, op: CompareOp) -> PyResult {
    ops::richcompare(mapping(a)?, b, op)
}

/// The operand of `|`: a proxy's mapping, or the object itself.
fn unwrap(obj: &PyRef) -> PyRef {
    obj.payload::<MappingProxy>()
        .map_or_else(|| obj.clone(), |p| p.mapping.clone())
}

fn proxy_or(args: &Args) -> PyResult {
    let a = args.exact("__or__", 2, 2)?;
    ops::binary_op(&unwrap(&a[0]), &unwrap(&a[1]), BinOp::Or)
}

fn proxy_ror(args: &Args) -> PyResult {
    let a = args.exact("__ror__", 2, 2)?;
    ops::binary_op(&unwrap(&a[1]), &unwrap(&a[0]), BinOp::Or)
}

fn proxy_ior(args: &Args) -> PyResult {
    args.exact("__ior__", 2, 2)?;
    Err(PyErr::type_error(
        "'|=' is not supported by mappingproxy; use '|' instead",
    ))
}

pub(super) fn register() {
    let t = &MAPPINGPROXY;
    t.add_static("__new__", proxy_new);
    t.add_method("__getitem__", proxy_getitem);
    t.add_method("__contains__", proxy_contains);
    t.add_method("__len__", proxy_len);
    t.add_method("__iter__", proxy_iter);
    t.add_method("__reversed__", proxy_reversed);
    t.add_method("__repr__", proxy_repr);
    t.add_method("__str__", proxy_str);
    t.add_method("__hash__", proxy_hash);
    t.add_method("__or__", proxy_or);
    t.add_method("__ror__", proxy_ror);
    t.add_method("__ior__", proxy_ior);
    t.add_method("get", proxy_get);
    t.add_method("keys", |a| {
        ops::call_method(&unary(a, "keys")?, "keys", &[])
    });
    t.add_method("values", |a| {
        ops::call_method(&unary(a, "values")?, "values", &[])
    });
    t.add_method("items", |a| {
        ops::call_method(&unary(a, "items")?, "items", &[])
    });
    t.add_method("copy", |a| {
        ops::call_method(&unary(a, "copy")?, "copy", &[])
    });
    super::seq::register_compare!(t, compare);
}
