//! `member_descriptor`: an attribute stored at a fixed place in instances —
//! a value of a class's `__slots__`, or a named field of a struct sequence
//! (`sys.version_info.major`, read-only).

use super::args::Args;
use super::{OBJECT, Slots, Type, none, str as pystr};
use crate::err::{PyErr, PyResult};
use crate::object::PyRef;

/// Where a member's value lives.
#[derive(Clone, Copy, Debug)]
pub enum MemberKind {
    /// Slot `i` of the instance's `__slots__` values (read-write).
    Slot(usize),
    /// Item `i` of the instance's tuple payload (read-only).
    Item(usize),
}

/// The payload of a member descriptor.
pub struct MemberDescr {
    pub name: &'static str,
    pub owner: &'static Type,
    pub kind: MemberKind,
}

pub static MEMBER_DESCRIPTOR: Type = Type::builtin::<MemberDescr>(
    "member_descriptor",
    Some(&OBJECT),
    0,
    Slots {
        descr_get: Some(member_get),
        descr_set: Some(member_set),
        ..Slots::NONE
    },
);

/// A new member descriptor (immortal, as the types holding them are).
pub fn new_member(name: &'static str, owner: &'static Type, kind: MemberKind) -> PyRef {
    PyRef::immortal(MemberDescr { name, owner, kind }, &MEMBER_DESCRIPTOR)
}

/// `'P' object`, as CPython's `%T` names an object's type: its qualified
/// name, prefixed by the module unless that is `builtins` or `__main__`.
fn qualified_type_name(ty: &'static Type) -> String {
    let module = ty.module_name();
    if module == "builtins" || module == "__main__" {
        ty.qualname()
    } else {
        format!("{module}.{}", ty.qualname())
    }
}

fn check_applies(d: &MemberDescr, obj: &PyRef) -> PyResult<()> {
    if obj.type_of().is_subtype(d.owner) {
        return Ok(());
    }
    Err(PyErr::type_error(format!(
        "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
        d.name,
        d.owner.tp_name(),
        obj.type_of().tp_name()
    )))
}

fn member_get(descr: &PyRef, obj: Option<&PyRef>, _owner: &'static Type) -> PyResult {
    let d = descr.payload::<MemberDescr>().expect("a member descriptor");
    let Some(obj) = obj else {
        return Ok(descr.clone());
    };
    check_applies(d, obj)?;
    let value = match d.kind {
        MemberKind::Slot(i) => obj
            .slot_values()
            .and_then(|slots| slots.with(obj, |v| v.get(i).cloned().flatten())),
        MemberKind::Item(i) => super::tuple::as_slice(obj).and_then(|items| items.get(i).cloned()),
    };
    value.ok_or_else(|| {
        PyErr::attribute_error(format!(
            "'{}' object has no attribute '{}'",
            qualified_type_name(obj.type_of()),
            d.name
        ))
    })
}

fn member_set(descr: &PyRef, obj: &PyRef, value: Option<&PyRef>) -> PyResult<()> {
    let d = descr.payload::<MemberDescr>().expect("a member descriptor");
    check_applies(d, obj)?;
    let MemberKind::Slot(i) = d.kind else {
        return Err(PyErr::attribute_error("readonly attribute"));
    };
    let Some(slots) = obj.slot_values() else {
        return Err(PyErr::attribute_error(d.name));
    };
    let deleting = value.is_none();
    // The old value is dropped after the lock is released.
    let old = slots.with(obj, |v| match v.get_mut(i) {
        Some(slot) => Ok(std::mem::replace(slot, value.cloned())),
        None => Err(()),
    });
    match old {
        Ok(None) if deleting => Err(PyErr::attribute_error(d.name)),
        Ok(_) => Ok(()),
        Err(()) => Err(PyErr::attribute_error(d.name)),
    }
}

fn this(obj: &PyRef) -> PyResult<&MemberDescr> {
    obj.payload::<MemberDescr>().ok_or_else(|| {
        PyErr::type_error(format!(
            "descriptor for 'member_descriptor' objects doesn't apply to a '{}' object",
            obj.type_of().name()
        ))
    })
}

/// `<member 'x' of 'P' objects>`.
fn member_repr(args: &Args) -> PyResult {
    let d = this(&args.exact("__repr__", 1, 1)?[0])?;
    Ok(pystr::new_str(&format!(
        "<member '{}' of '{}' objects>",
        d.name,
        d.owner.tp_name()
    )))
}

/// `descr.__get__(obj, type=None)`.
fn member_get_method(args: &Args) -> PyResult {
    let a = args.exact("__get__", 2, 3)?;
    let d = this(&a[0])?;
    if super::is_none(&a[1]) {
        return Ok(a[0].clone());
    }
    member_get(&a[0], Some(&a[1]), d.owner)
}

fn member_set_method(args: &Args) -> PyResult {
    let a = args.exact("__set__", 3, 3)?;
    this(&a[0])?;
    member_set(&a[0], &a[1], Some(&a[2]))?;
    Ok(none())
}

fn member_delete_method(args: &Args) -> PyResult {
    let a = args.exact("__delete__", 2, 2)?;
    this(&a[0])?;
    member_set(&a[0], &a[1], None)?;
    Ok(none())
}

pub(super) fn register() {
    let t = &MEMBER_DESCRIPTOR;
    t.add_getset("__name__", |d| Ok(pystr::new_str(this(d)?.name)), None);
    t.add_getset(
        "__qualname__",
        |d| {
            let d = this(d)?;
            Ok(pystr::new_str(&format!(
                "{}.{}",
                d.owner.qualname(),
                d.name
            )))
        },
        None,
    );
    t.add_getset("__objclass__", |d| Ok(this(d)?.owner.object()), None);
    t.add_getset(
        "__doc__",
        |d| {
            this(d)?;
            Ok(none())
        },
        None,
    );
    t.add_method("__repr__", member_repr);
    t.add_method("__get__", member_get_method);
    t.add_method("__set__", member_set_method);
    t.add_method("__delete__", member_delete_method);
}
