//! Attribute access: `object.__getattribute__`'s descriptor rules, types'
//! and modules' own lookups, `__getattr__` fallbacks, and special-method
//! lookup on the type.

use crate::err::{PyErr, PyResult};
use crate::object::PyRef;
use crate::types::{Args, Type, dict, exceptions, flags, module, str as pystr};

/// `getattr(obj, name)`; `name` is a str object.
pub fn getattr(obj: &PyRef, name: &PyRef) -> PyResult {
    let ty = obj.type_of();
    if ty.flags & (flags::HAS_GETATTRIBUTE | flags::HAS_GETATTR) == 0 {
        return type_getattro(obj, name);
    }
    let result = if ty.flags & flags::HAS_GETATTRIBUTE != 0 {
        match ty.slots.getattro {
            Some(getattro) if !ty.is_heap() => getattro(obj, name),
            _ => super::call_method(obj, "__getattribute__", std::slice::from_ref(name)),
        }
    } else {
        type_getattro(obj, name)
    };
    match result {
        Err(e) if ty.flags & flags::HAS_GETATTR != 0 && e.matches(&exceptions::ATTRIBUTE_ERROR) => {
            super::call_method(obj, "__getattr__", std::slice::from_ref(name))
        }
        r => r,
    }
}

/// The lookup the type itself does (no Python `__getattribute__`).
fn type_getattro(obj: &PyRef, name: &PyRef) -> PyResult {
    if Type::from_object(obj).is_some() {
        return type_getattr(obj, name);
    }
    if let Some(d) = module::module_dict(obj) {
        if let Some(v) = dict::get_str_key(d, name) {
            return Ok(v);
        }
        if let Some(r) = generic_getattr_opt(obj, name)? {
            return Ok(r);
        }
        if let Some(f) = dict::get_str(d, "__getattr__") {
            return super::call(&f, std::slice::from_ref(name));
        }
        return Err(PyErr::attribute_error(format!(
            "module '{}' has no attribute '{}'",
            module::name(obj),
            pystr::to_string(name).unwrap_or_default()
        )));
    }
    generic_getattr(obj, name)
}

/// `getattr(obj, name)` with a Rust name.
pub fn getattr_str(obj: &PyRef, name: &str) -> PyResult {
    getattr(obj, &pystr::intern(name))
}

/// `getattr(obj, name, None)`-like: `None` on AttributeError.
pub fn getattr_opt(obj: &PyRef, name: &PyRef) -> PyResult<Option<PyRef>> {
    match getattr(obj, name) {
        Ok(v) => Ok(Some(v)),
        Err(e) if e.matches(&exceptions::ATTRIBUTE_ERROR) => Ok(None),
        Err(e) => Err(e),
    }
}

pub fn hasattr(obj: &PyRef, name: &PyRef) -> PyResult<bool> {
    Ok(getattr_opt(obj, name)?.is_some())
}

fn attr_error(obj: &PyRef, name: &PyRef) -> PyErr {
    let name = pystr::to_string(name).unwrap_or_default();
    if let Some(ty) = Type::from_object(obj) {
        return PyErr::attribute_error(format!(
            "type object '{}' has no attribute '{name}'",
            ty.name()
        ));
    }
    PyErr::attribute_error(format!(
        "'{}' object has no attribute '{name}'",
        obj.type_of().name()
    ))
}

/// `object.__getattribute__(obj, name)`.
pub fn generic_getattr(obj: &PyRef, name: &PyRef) -> PyResult {
    generic_getattr_opt(obj, name)?.ok_or_else(|| attr_error(obj, name))
}

fn generic_getattr_opt(obj: &PyRef, name: &PyRef) -> PyResult<Option<PyRef>> {
    let ty = obj.type_of();
    let descr = ty.lookup_key(name);
    if let Some(d) = &descr {
        let slots = &d.type_of().slots;
        if let (Some(get), Some(_)) = (slots.descr_get, slots.descr_set) {
            return get(d, Some(obj), ty).map(Some);
        }
    }
    if let Some(d) = obj.instance_dict()
        && let Some(v) = dict::get_str_key(d, name)
    {
        return Ok(Some(v));
    }
    match descr {
        Some(d) => match d.type_of().slots.descr_get {
            Some(get) => get(&d, Some(obj), ty).map(Some),
            None => Ok(Some(d)),
        },
        None => Ok(None),
    }
}

/// `type.__getattribute__(cls, name)`: data descriptors of the metatype,
/// then the class's own MRO (descriptors bound to the class), then the
/// metatype's other attributes.
fn type_getattr(cls_obj: &PyRef, name: &PyRef) -> PyResult {
    let cls = Type::from_object(cls_obj).expect("a type");
    let meta = cls_obj.type_of();
    let meta_attr = meta.lookup_key(name);
    if let Some(d) = &meta_attr {
        let slots = &d.type_of().slots;
        if let (Some(get), Some(_)) = (slots.descr_get, slots.descr_set) {
            return get(d, Some(cls_obj), meta);
        }
    }
    if let Some(v) = cls.lookup_key(name) {
        return match v.type_of().slots.descr_get {
            Some(get) => get(&v, None, cls),
            None => Ok(v),
        };
    }
    match meta_attr {
        Some(d) => match d.type_of().slots.descr_get {
            Some(get) => get(&d, Some(cls_obj), meta),
            None => Ok(d),
        },
        None => Err(attr_error(cls_obj, name)),
    }
}

/// `setattr(obj, name, value)`, or `delattr` when `value` is `None`.
pub fn setattr(obj: &PyRef, name: &PyRef, value: Option<&PyRef>) -> PyResult<()> {
    let ty = obj.type_of();
    if ty.flags & flags::HAS_SETATTR != 0 {
        let r = match value {
            Some(v) => super::call_method(obj, "__setattr__", &[name.clone(), v.clone()]),
            None => super::call_method(obj, "__delattr__", std::slice::from_ref(name)),
        };
        return r.map(drop);
    }
    if let Some(cls) = Type::from_object(obj) {
        return set_type_attr(cls, obj, name, value);
    }
    if let Some(d) = module::module_dict(obj) {
        return match value {
            Some(v) => dict::set(d, name.clone(), v.clone()),
            None => match dict::remove(d, name)? {
                Some(_) => Ok(()),
                None => Err(PyErr::attribute_error(format!(
                    "module '{}' has no attribute '{}'",
                    module::name(obj),
                    pystr::to_string(name).unwrap_or_default()
                ))),
            },
        };
    }
    generic_setattr(obj, name, value)
}

pub fn delattr(obj: &PyRef, name: &PyRef) -> PyResult<()> {
    setattr(obj, name, None)
}

fn set_type_attr(
    cls: &'static Type,
    obj: &PyRef,
    name: &PyRef,
    value: Option<&PyRef>,
) -> PyResult<()> {
    let meta = obj.type_of();
    if let Some(d) = meta.lookup_key(name)
        && let Some(set) = d.type_of().slots.descr_set
    {
        return set(&d, obj, value);
    }
    if !cls.is_heap() {
        return Err(PyErr::type_error(format!(
            "cannot set '{}' attribute of immutable type '{}'",
            pystr::to_string(name).unwrap_or_default(),
            cls.name()
        )));
    }
    match value {
        Some(v) => dict::set(cls.dict(), name.clone(), v.clone()),
        None => match dict::remove(cls.dict(), name)? {
            Some(_) => Ok(()),
            None => Err(attr_error(obj, name)),
        },
    }
}

/// `object.__setattr__(obj, name, value)` / `object.__delattr__`.
pub fn generic_setattr(obj: &PyRef, name: &PyRef, value: Option<&PyRef>) -> PyResult<()> {
    let ty = obj.type_of();
    if let Some(d) = ty.lookup_key(name)
        && let Some(set) = d.type_of().slots.descr_set
    {
        return set(&d, obj, value);
    }
    let Some(d) = obj.instance_dict() else {
        let name = pystr::to_string(name).unwrap_or_default();
        return Err(PyErr::attribute_error(if ty.lookup(&name).is_some() {
            format!("'{}' object attribute '{name}' is read-only", ty.name())
        } else {
            format!(
                "'{}' object has no attribute '{name}' and no __dict__ for setting new attributes",
                ty.name()
            )
        }));
    };
    match value {
        Some(v) => dict::set(d, name.clone(), v.clone()),
        None => match dict::remove(d, name)? {
            Some(_) => Ok(()),
            None => Err(attr_error(obj, name)),
        },
    }
}

/// A special method found on an object's type, ready to call with the
/// object as self (bound only when the attribute is not a plain function).
pub enum Method<'a> {
    /// Call `func(obj, *args)`, with `obj` borrowed (not counted: special
    /// methods of objects many threads share cost them no writes).
    Unbound(PyRef, &'a PyRef),
    /// Call `func(*args)`.
    Bound(PyRef),
}

impl Method<'_> {
    pub fn call(&self, args: &[PyRef]) -> PyResult {
        match self {
            Method::Bound(f) => super::call(f, args),
            // Special methods take at most two arguments besides self:
            // those calls pass theirs borrowed, from the stack.
            Method::Unbound(f, this) => match args {
                [] => super::call_with(f, &Args::new(std::slice::from_ref(this))),
                [a] => {
                    PyRef::borrowed_slice([this, a], |items| super::call_with(f, &Args::new(items)))
                }
                [a, b] => PyRef::borrowed_slice([this, a, b], |items| {
                    super::call_with(f, &Args::new(items))
                }),
                _ => {
                    let mut items = Vec::with_capacity(args.len() + 1);
                    items.push(PyRef::clone(this));
                    items.extend_from_slice(args);
                    super::call_with(f, &Args::new(&items))
                }
            },
        }
    }
}

/// Looks `name` up on `type(obj)` (not the instance), as the interpreter
/// looks up special methods.
pub fn lookup_method<'a>(obj: &'a PyRef, name: &str) -> PyResult<Option<Method<'a>>> {
    let ty = obj.type_of();
    let Some(f) = ty.lookup(name) else {
        return Ok(None);
    };
    let fty = f.type_of();
    if fty.flags & flags::METHOD_DESCRIPTOR != 0 {
        return Ok(Some(Method::Unbound(f, obj)));
    }
    match fty.slots.descr_get {
        Some(get) => Ok(Some(Method::Bound(get(&f, Some(obj), ty)?))),
        None => Ok(Some(Method::Bound(f))),
    }
}
