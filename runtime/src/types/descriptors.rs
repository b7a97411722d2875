//! `staticmethod`, `classmethod` and `property`.

use super::args::Args;
use super::{OBJECT, Slots, Type, flags, method, none};
use crate::err::{PyErr, PyResult};
use crate::object::{Locked, PyRef};
use crate::ops;

/// The payload of `staticmethod` and `classmethod` objects.
pub struct Wrapper {
    pub func: Locked<PyRef>,
}

/// The payload of `property` objects.
pub struct Property {
    pub fget: Option<PyRef>,
    pub fset: Option<PyRef>,
    pub fdel: Option<PyRef>,
    pub doc: Option<PyRef>,
}

pub static STATICMETHOD: Type = Type::builtin::<Wrapper>(
    "staticmethod",
    Some(&OBJECT),
    flags::BASETYPE,
    Slots {
        new: None,
        call: Some(static_call),
        descr_get: Some(static_get),
        ..Slots::NONE
    },
);

pub static CLASSMETHOD: Type = Type::builtin::<Wrapper>(
    "classmethod",
    Some(&OBJECT),
    flags::BASETYPE,
    Slots {
        descr_get: Some(class_get),
        ..Slots::NONE
    },
);

pub static PROPERTY: Type = Type::builtin::<Property>(
    "property",
    Some(&OBJECT),
    flags::BASETYPE,
    Slots {
        descr_get: Some(property_get),
        descr_set: Some(property_set),
        ..Slots::NONE
    },
);

fn wrapped(obj: &PyRef) -> PyRef {
    obj.payload::<Wrapper>()
        .expect("a staticmethod or classmethod")
        .func
        .with(obj, |f| f.clone())
}

pub fn new_staticmethod(func: PyRef) -> PyRef {
    PyRef::new(
        Wrapper {
            func: Locked::new(func),
        },
        &STATICMETHOD,
    )
}

pub fn new_classmethod(func: PyRef) -> PyRef {
    PyRef::new(
        Wrapper {
            func: Locked::new(func),
        },
        &CLASSMETHOD,
    )
}

fn static_get(descr: &PyRef, _obj: Option<&PyRef>, _owner: &'static Type) -> PyResult {
    Ok(wrapped(descr))
}

fn static_call(callee: &PyRef, args: &Args) -> PyResult {
    ops::call_with(&wrapped(callee), args)
}

fn class_get(descr: &PyRef, obj: Option<&PyRef>, owner: &'static Type) -> PyResult {
    let cls = match obj {
        Some(o) => o.type_of().object(),
        None => owner.object(),
    };
    Ok(method::new_method(wrapped(descr), cls))
}

fn property_get(descr: &PyRef, obj: Option<&PyRef>, _owner: &'static Type) -> PyResult {
    let p = descr.payload::<Property>().expect("a property");
    let Some(obj) = obj else {
        return Ok(descr.clone());
    };
    match &p.fget {
        Some(f) => ops::call(f, std::slice::from_ref(obj)),
        None => Err(missing_accessor(p, obj, "getter")),
    }
}

/// CPython's AttributeError for a property without the accessor `what`,
/// naming the property when its getter has a `__name__`.
fn missing_accessor(p: &Property, obj: &PyRef, what: &str) -> PyErr {
    let name = p
        .fget
        .as_ref()
        .and_then(|f| ops::getattr_str(f, "__name__").ok())
        .and_then(|n| super::str::to_string(&n));
    let owner = obj.type_of().name();
    PyErr::attribute_error(match name {
        Some(name) => format!("property '{name}' of '{owner}' object has no {what}"),
        None => format!("property of '{owner}' object has no {what}"),
    })
}

fn property_set(descr: &PyRef, obj: &PyRef, value: Option<&PyRef>) -> PyResult<()> {
    let p = descr.payload::<Property>().expect("a property");
    let (f, what) = match value {
        Some(_) => (&p.fset, "setter"),
        None => (&p.fdel, "deleter"),
    };
    let Some(f) = f else {
        return Err(missing_accessor(p, obj, what));
    };
    match value {
        Some(v) => ops::call(f, &[obj.clone(), v.clone()]),
        None => ops::call(f, std::slice::from_ref(obj)),
    }
    .map(drop)
}

fn wrapper_new(ty: &'static Type) -> impl Fn(&Args) -> PyResult {
    move |args: &Args| {
        let a = args.exact(ty.name(), 2, 2)?;
        let cls = super::check_subtype_new(ty, &a[0])?;
        Ok(super::alloc_instance(
            Wrapper {
                func: Locked::new(a[1].clone()),
            },
            cls,
        ))
    }
}

fn staticmethod_new(args: &Args) -> PyResult {
    wrapper_new(&STATICMETHOD)(args)
}

fn classmethod_new(args: &Args) -> PyResult {
    wrapper_new(&CLASSMETHOD)(args)
}

fn wrapper_func(this: &PyRef) -> PyResult {
    Ok(wrapped(this))
}

fn wrapper_init(_args: &Args) -> PyResult {
    Ok(none())
}

fn opt(v: Option<&PyRef>) -> Option<PyRef> {
    v.filter(|v| !super::is_none(v)).cloned()
}

fn property_new(args: &Args) -> PyResult {
    let cls = super::check_subtype_new(&PROPERTY, &args.positional()[0])?;
    let [fget, fset, fdel, doc] =
        args.skip_first()
            .bind("property", ["fget", "fset", "fdel", "doc"], 0)?;
    let doc = opt(doc).or_else(|| opt(fget).and_then(|f| ops::getattr_str(&f, "__doc__").ok()));
    Ok(super::alloc_instance(
        Property {
            fget: opt(fget),
            fset: opt(fset),
            fdel: opt(fdel),
            doc,
        },
        cls,
    ))
}

fn property_copy(args: &Args, which: usize) -> PyResult {
    let a = args.exact("property", 2, 2)?;
    let p = a[0].payload::<Property>().expect("a property");
    let mut parts = [p.fget.clone(), p.fset.clone(), p.fdel.clone()];
    parts[which] = Some(a[1].clone());
    let [fget, fset, fdel] = parts;
    Ok(super::alloc_instance(
        Property {
            fget,
            fset,
            fdel,
            doc: p.doc.clone(),
        },
        a[0].type_of(),
    ))
}

fn property_getter(args: &Args) -> PyResult {
    property_copy(args, 0)
}

fn property_setter(args: &Args) -> PyResult {
    property_copy(args, 1)
}

fn property_deleter(args: &Args) -> PyResult {
    property_copy(args, 2)
}

fn property_field(this: &PyRef, pick: fn(&Property) -> &Option<PyRef>) -> PyResult {
    let p = this.payload::<Property>().expect("a property");
    Ok(pick(p).clone().unwrap_or_else(none))
}

pub(super) fn register() {
    STATICMETHOD.add_static("__new__", staticmethod_new);
    STATICMETHOD.add_method("__init__", wrapper_init);
    STATICMETHOD.add_getset("__func__", wrapper_func, None);
    CLASSMETHOD.add_static("__new__", classmethod_new);
    CLASSMETHOD.add_method("__init__", wrapper_init);
    CLASSMETHOD.add_getset("__func__", wrapper_func, None);
    PROPERTY.add_static("__new__", property_new);
    PROPERTY.add_method("__init__", wrapper_init);
    PROPERTY.add_method("getter", property_getter);
    PROPERTY.add_method("setter", property_setter);
    PROPERTY.add_method("deleter", property_deleter);
    PROPERTY.add_getset("fget", |p| property_field(p, |p| &p.fget), None);
    PROPERTY.add_getset("fset", |p| property_field(p, |p| &p.fset), None);
    PROPERTY.add_getset("fdel", |p| property_field(p, |p| &p.fdel), None);
    PROPERTY.add_getset("__doc__", |p| property_field(p, |p| &p.doc), None);
}
