//! `types.UnionType`: what `int | str` makes, usable with `isinstance` and
//! `issubclass`.

use super::args::Args;
use super::{NONE_TYPE, OBJECT, Slots, Type, str as pystr};
use crate::err::PyResult;
use crate::object::PyRef;
use crate::ops;

/// The payload of a union: its member types, flattened, without repeats.
pub struct Union {
    args: Box<[PyRef]>,
}

pub static UNION_TYPE: Type = Type::builtin::<Union>("UnionType", Some(&OBJECT), 0, Slots::NONE);

/// The members `obj` contributes to a union, or `None` if it cannot be
/// one (`None` stands for `NoneType`).
fn members(obj: &PyRef) -> Option<Vec<PyRef>> {
    if let Some(u) = obj.payload::<Union>() {
        return Some(u.args.to_vec());
    }
    if super::is_none(obj) {
        return Some(vec![NONE_TYPE.object()]);
    }
    Type::from_object(obj).map(|_| vec![obj.clone()])
}

/// `a | b` for types and unions: a union of both, or NotImplemented.
fn union_or(args: &Args) -> PyResult {
    let a = args.exact("__or__", 2, 2)?;
    let (Some(left), Some(right)) = (members(&a[0]), members(&a[1])) else {
        return Ok(super::not_implemented());
    };
    let mut all: Vec<PyRef> = Vec::with_capacity(left.len() + right.len());
    for m in left.into_iter().chain(right) {
        if !all.iter().any(|x| PyRef::ptr_eq(x, &m)) {
            all.push(m);
        }
    }
    if all.len() == 1 {
        return Ok(all.pop().expect("one member"));
    }
    Ok(PyRef::new(
        Union {
            args: all.into_boxed_slice(),
        },
        &UNION_TYPE,
    ))
}

/// `a.__ror__(b)` is `b | a`.
fn union_ror(args: &Args) -> PyResult {
    let a = args.exact("__ror__", 2, 2)?;
    union_or(&Args::new(&[a[1].clone(), a[0].clone()]))
}

fn union_of(obj: &PyRef) -> &Union {
    obj.payload::<Union>().expect("a union")
}

/// A member as the repr shows it: `None`, `int`, `mod.Class`.
fn member_repr(t: &PyRef) -> String {
    match Type::from_object(t) {
        Some(ty) if std::ptr::eq(ty, &NONE_TYPE) => "None".into(),
        Some(ty) if ty.module_name() == "builtins" => ty.qualname(),
        Some(ty) => format!("{}.{}", ty.module_name(), ty.qualname()),
        None => ops::repr(t)
            .ok()
            .and_then(|r| pystr::to_string(&r))
            .unwrap_or_default(),
    }
}

fn union_repr(args: &Args) -> PyResult {
    let u = union_of(&args.exact("__repr__", 1, 1)?[0]);
    let parts: Vec<String> = u.args.iter().map(member_repr).collect();
    Ok(pystr::new_str(&parts.join(" | ")))
}

/// Whether `check` holds for any member (`isinstance`, `issubclass`).
fn any_member(args: &Args, name: &str, check: fn(&PyRef, &PyRef) -> PyResult<bool>) -> PyResult {
    let a = args.exact(name, 2, 2)?;
    for m in union_of(&a[0]).args.iter() {
        if check(&a[1], m)? {
            return Ok(super::from_bool(true));
        }
    }
    Ok(super::from_bool(false))
}

pub(super) fn register() {
    UNION_TYPE.add_method("__or__", union_or);
    UNION_TYPE.add_method("__ror__", union_ror);
    UNION_TYPE.add_method("__repr__", union_repr);
    UNION_TYPE.add_method("__instancecheck__", |a| {
        any_member(a, "__instancecheck__", ops::is_instance)
    });
    UNION_TYPE.add_method("__subclasscheck__", |a| {
        any_member(a, "__subclasscheck__", ops::is_subclass)
    });
    UNION_TYPE.add_getset(
        "__args__",
        |u| Ok(super::tuple::new_tuple(union_of(u).args.to_vec())),
        None,
    );
    super::TYPE.add_method("__or__", union_or);
    super::TYPE.add_method("__ror__", union_ror);
}
