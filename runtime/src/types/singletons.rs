//! The singletons: `None`, `NotImplemented`, `Ellipsis`, `True`, `False`.

use super::args::Args;
use super::{INT, OBJECT, Slots, Type, str as pystr};
use crate::err::{PyErr, PyResult};
use crate::num::Int;
use crate::object::PyRef;
use std::sync::LazyLock;

/// Payload of the singletons that carry nothing.
pub struct Unit;

pub static NONE_TYPE: Type = Type::builtin::<Unit>("NoneType", Some(&OBJECT), 0, Slots::NONE);
pub static NOT_IMPLEMENTED_TYPE: Type =
    Type::builtin::<Unit>("NotImplementedType", Some(&OBJECT), 0, Slots::NONE);
pub static ELLIPSIS_TYPE: Type = Type::builtin::<Unit>("ellipsis", Some(&OBJECT), 0, Slots::NONE);
pub static BOOL: Type = Type::builtin::<Int>("bool", Some(&INT), 0, Slots::NONE);

static NONE: LazyLock<PyRef> = LazyLock::new(|| PyRef::immortal(Unit, &NONE_TYPE));
static NOT_IMPLEMENTED: LazyLock<PyRef> =
    LazyLock::new(|| PyRef::immortal(Unit, &NOT_IMPLEMENTED_TYPE));
static ELLIPSIS: LazyLock<PyRef> = LazyLock::new(|| PyRef::immortal(Unit, &ELLIPSIS_TYPE));
static TRUE: LazyLock<PyRef> = LazyLock::new(|| PyRef::immortal(Int::Small(1), &BOOL));
static FALSE: LazyLock<PyRef> = LazyLock::new(|| PyRef::immortal(Int::Small(0), &BOOL));

#[inline]
pub fn none() -> PyRef {
    NONE.clone()
}

#[inline]
pub fn is_none(obj: &PyRef) -> bool {
    PyRef::ptr_eq(obj, &NONE)
}

pub fn not_implemented() -> PyRef {
    NOT_IMPLEMENTED.clone()
}

pub fn is_not_implemented(obj: &PyRef) -> bool {
    PyRef::ptr_eq(obj, &NOT_IMPLEMENTED)
}

pub fn ellipsis() -> PyRef {
    ELLIPSIS.clone()
}

#[inline]
pub fn from_bool(b: bool) -> PyRef {
    if b { TRUE.clone() } else { FALSE.clone() }
}

/// Whether `obj` is `True` (identity).
#[inline]
pub fn is_true(obj: &PyRef) -> bool {
    PyRef::ptr_eq(obj, &TRUE)
}

#[inline]
pub fn is_false(obj: &PyRef) -> bool {
    PyRef::ptr_eq(obj, &FALSE)
}

/// The singletons that carry nothing, with their reprs.
fn unit_singletons() -> [(&'static Type, &'static str, PyRef); 3] {
    [
        (&NONE_TYPE, "None", none()),
        (&NOT_IMPLEMENTED_TYPE, "NotImplemented", not_implemented()),
        (&ELLIPSIS_TYPE, "Ellipsis", ellipsis()),
    ]
}

/// The singleton whose type is `ty`.
fn unit_entry(ty: &Type) -> (&'static Type, &'static str, PyRef) {
    unit_singletons()
        .into_iter()
        .find(|(t, _, _)| std::ptr::eq(*t, ty))
        .expect("a singleton type")
}

/// `repr(None)`, `repr(NotImplemented)`, `repr(...)`.
fn unit_repr(args: &Args) -> PyResult {
    let this = &args.exact("__repr__", 1, 1)?[0];
    Ok(pystr::new_str(unit_entry(this.type_of()).1))
}

/// `type(None)()`: the singleton itself; no arguments accepted.
fn unit_new(args: &Args) -> PyResult {
    let cls = args
        .positional()
        .first()
        .and_then(Type::from_object)
        .ok_or_else(|| PyErr::type_error("__new__(): not enough arguments"))?;
    let (ty, _, value) = unit_entry(cls);
    if args.items().len() > 1 {
        return Err(PyErr::type_error(format!(
            "{} takes no arguments",
            ty.name()
        )));
    }
    Ok(value)
}

pub(super) fn register() {
    for (ty, _, _) in unit_singletons() {
        ty.add_method("__repr__", unit_repr);
        ty.add_static("__new__", unit_new);
    }
}
