//! Bound methods (`method`): a callable and the instance it is bound to,
//! made when a Python function is looked up on an instance.

use super::args::Args;
use super::{OBJECT, Slots, Type, str as pystr};
use crate::err::{PyErr, PyResult};
use crate::object::PyRef;
use crate::ops;

/// The payload of a bound method.
pub struct BoundMethod {
    pub func: PyRef,
    pub this: PyRef,
}

pub static METHOD: Type = Type::builtin::<BoundMethod>(
    "method",
    Some(&OBJECT),
    0,
    Slots {
        call: Some(call_bound),
        ..Slots::NONE
    },
);

pub fn new_method(func: PyRef, this: PyRef) -> PyRef {
    PyRef::new(BoundMethod { func, this }, &METHOD)
}

fn call_bound(callee: &PyRef, args: &Args) -> PyResult {
    let m = callee.payload::<BoundMethod>().expect("a bound method");
    let mut items = Vec::with_capacity(args.items().len() + 1);
    items.push(m.this.clone());
    items.extend_from_slice(args.items());
    ops::call_with(&m.func, &Args::with_kwnames(&items, args.kwnames()))
}

fn bound(obj: &PyRef) -> PyResult<&BoundMethod> {
    obj.payload::<BoundMethod>().ok_or_else(|| {
        PyErr::type_error(format!(
            "descriptor for 'method' objects doesn't apply to a '{}' object",
            obj.type_of().name()
        ))
    })
}

/// The function attributes a bound method shows as its own (CPython's
/// `method` forwards unknown attributes to `__func__`).
const FORWARDED: [&str; 6] = [
    "__name__",
    "__qualname__",
    "__doc__",
    "__module__",
    "__defaults__",
    "__kwdefaults__",
];

fn forwarded<const I: usize>(this: &PyRef) -> PyResult {
    ops::getattr_str(&bound(this)?.func, FORWARDED[I])
}

/// The name shown in reprs: `__qualname__`, else `__name__`, else `?`.
pub(crate) fn display_name(func: &PyRef) -> String {
    ["__qualname__", "__name__"]
        .iter()
        .find_map(|n| ops::getattr_str(func, n).ok())
        .and_then(|n| pystr::to_string(&n))
        .unwrap_or_else(|| "?".into())
}

/// `<bound method A.f of <__main__.A object at 0x...>>`.
fn method_repr(args: &Args) -> PyResult {
    let m = bound(&args.exact("__repr__", 1, 1)?[0])?;
    let this = ops::repr(&m.this)?;
    Ok(pystr::new_str(&format!(
        "<bound method {} of {}>",
        display_name(&m.func),
        pystr::to_string(&this).unwrap_or_default()
    )))
}

/// Two bound methods are equal when bound to the same object (identity)
/// and their functions are equal.
fn method_eq<const EQ: bool>(args: &Args) -> PyResult {
    let a = args.exact("__eq__", 2, 2)?;
    let this = bound(&a[0])?;
    let Some(other) = a[1].payload::<BoundMethod>() else {
        return Ok(super::not_implemented());
    };
    let same = PyRef::ptr_eq(&this.this, &other.this) && ops::eq(&this.func, &other.func)?;
    Ok(super::from_bool(same == EQ))
}

fn method_hash(args: &Args) -> PyResult {
    let m = bound(&args.exact("__hash__", 1, 1)?[0])?;
    let h = ops::identity_hash(&m.this) ^ ops::hash(&m.func)?;
    Ok(super::int::from_i64(if h == -1 { -2 } else { h }))
}

pub(super) fn register() {
    METHOD.add_getset("__self__", |m| Ok(bound(m)?.this.clone()), None);
    METHOD.add_getset("__func__", |m| Ok(bound(m)?.func.clone()), None);
    METHOD.add_getset(FORWARDED[0], forwarded::<0>, None);
    METHOD.add_getset(FORWARDED[1], forwarded::<1>, None);
    METHOD.add_getset(FORWARDED[2], forwarded::<2>, None);
    METHOD.add_getset(FORWARDED[3], forwarded::<3>, None);
    METHOD.add_getset(FORWARDED[4], forwarded::<4>, None);
    METHOD.add_getset(FORWARDED[5], forwarded::<5>, None);
    METHOD.add_method("__repr__", method_repr);
    METHOD.add_method("__eq__", method_eq::<true>);
    METHOD.add_method("__ne__", method_eq::<false>);
    METHOD.add_method("__hash__", method_hash);
}
