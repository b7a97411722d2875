//! `object` and `type`: the root of every MRO, and the type of types.

use super::args::Args;
use super::{Slots, Type, TypeRef, dict, flags, none, str as pystr};
use crate::err::{PyErr, PyResult};
use crate::object::{Layout, PyRef};
use crate::ops;

pub static OBJECT: Type = Type::builtin::<()>(
    "object",
    None,
    flags::BASETYPE,
    Slots {
        new: Some(object_new_slot),
        ..Slots::NONE
    },
);

pub static TYPE: Type = Type::with_layout(
    "type",
    Layout::of::<TypeRef>(),
    Some(&OBJECT),
    flags::BASETYPE | flags::TYPE_SUBCLASS,
    Slots {
        call: Some(type_call),
        ..Slots::NONE
    },
);

/// A new instance of `cls` holding `payload`, with an instance dict when
/// `cls` is a Python class.
pub fn alloc_instance<T: Send + Sync + 'static>(payload: T, cls: &'static Type) -> PyRef {
    if cls.layout.has_dict() {
        let dict = dict::new_instance_dict(cls.instance_dict_size());
        PyRef::new_with_dict(payload, cls, dict)
    } else {
        PyRef::new(payload, cls)
    }
}

/// The check of `base.__new__(cls)`: `cls` must be a subtype of `base`.
pub fn check_subtype_new(base: &'static Type, cls_obj: &PyRef) -> PyResult<&'static Type> {
    let Some(cls) = Type::from_object(cls_obj) else {
        return Err(PyErr::type_error(format!(
            "{}.__new__(X): X is not a type object ({})",
            base.name(),
            cls_obj.type_of().name()
        )));
    };
    if !cls.is_subtype(base) {
        return Err(PyErr::type_error(format!(
            "{}.__new__({}): {} is not a subtype of {}",
            base.name(),
            cls.name(),
            cls.name(),
            base.name()
        )));
    }
    Ok(cls)
}

fn object_new_slot(cls: &'static Type, _args: &Args) -> PyResult {
    if !cls.layout.holds::<()>() {
        return Err(PyErr::type_error(format!(
            "object.__new__({}) is not safe, use {}.__new__()",
            cls.name(),
            // The nearest built-in type: its `__new__` knows the layout.
            cls.mro()
                .iter()
                .find(|t| !t.is_heap())
                .map_or("object", |b| b.name())
        )));
    }
    Ok(alloc_instance((), cls))
}

/// The new instance of `cls()` when `cls.__new__` is `object.__new__` and
/// `cls` is not abstract (so the call cannot fail before `__init__`): lets
/// the eval loop run a Python `__init__` in a frame of its own. `None`
/// otherwise: call the type.
pub fn instance_for_init(cls: &'static Type) -> Option<PyResult> {
    if cls.flags & flags::IS_ABSTRACT != 0 || !cls.new_is_object_new() {
        return None;
    }
    Some(object_new_slot(cls, &Args::new(&[])))
}

/// `object.__new__(cls, *args)`.
fn object_new(args: &Args) -> PyResult {
    let Some(cls_obj) = args.positional().first() else {
        return Err(PyErr::type_error("object.__new__(): not enough arguments"));
    };
    let cls = check_subtype_new(&OBJECT, cls_obj)?;
    if args.items().len() > 1 && overrides_init_only(cls) {
        return Err(PyErr::type_error(format!(
            "{}() takes no arguments",
            cls.name()
        )));
    }
    if cls.flags & flags::IS_ABSTRACT != 0 {
        return Err(PyErr::type_error(format!(
            "Can't instantiate abstract class {}",
            cls.name()
        )));
    }
    object_new_slot(cls, args)
}

/// Whether excess arguments to `cls()` are an error in `object.__new__`:
/// `__init__` is object's own (nobody would take them).
fn overrides_init_only(cls: &'static Type) -> bool {
    let init = cls.lookup("__init__");
    let base_init = OBJECT.lookup("__init__");
    matches!((init, base_init), (Some(a), Some(b)) if PyRef::ptr_eq(&a, &b))
}

/// `object.__init__(self, *args)`.
fn object_init(args: &Args) -> PyResult {
    let this = &args.positional()[0];
    if args.items().len() > 1 {
        let cls = this.type_of();
        let new_is_object = cls.new_is_object_new();
        let init_overridden = !overrides_init_only(cls);
        if init_overridden || new_is_object {
            return Err(PyErr::type_error(if init_overridden {
                "object.__init__() takes exactly one argument (the instance to initialize)"
                    .to_string()
            } else {
                format!("{}() takes no arguments", cls.name())
            }));
        }
    }
    Ok(none())
}

/// `type(obj)` or `cls(*args)`: `__new__`, then `__init__` if the result is
/// an instance of `cls`.
fn type_call(callee: &PyRef, args: &Args) -> PyResult {
    let cls = Type::from_object(callee).expect("a type object");
    if let Some(construct) = cls.slots.vectorcall
        && !args.has_kwargs()
    {
        return construct(callee, args.items());
    }
    if std::ptr::eq(cls, &TYPE) && args.items().len() == 1 && !args.has_kwargs() {
        return Ok(args.items()[0].type_of().object());
    }
    let new = cls
        .lookup("__new__")
        .ok_or_else(|| PyErr::type_error(format!("cannot create '{}' instances", cls.name())))?;
    let mut items = Vec::with_capacity(args.items().len() + 1);
    items.push(callee.clone());
    items.extend_from_slice(args.items());
    let obj = ops::call_with(&new, &Args::with_kwnames(&items, args.kwnames()))?;
    if !obj.type_of().is_subtype(cls) {
        return Ok(obj);
    }
    let ty = obj.type_of();
    if let Some(init) = ty.lookup("__init__") {
        items[0] = obj.clone();
        let r = ops::call_with(&init, &Args::with_kwnames(&items, args.kwnames()))?;
        if !super::is_none(&r) {
            return Err(PyErr::type_error(format!(
                "__init__() should return None, not '{}'",
                r.type_of().name()
            )));
        }
    }
    Ok(obj)
}

/// Calls the native `__new__` function `new` with `cls` before the
/// positional `args`, without a vector for up to three of them: the direct
/// constructor of types whose `__init__` is object's (which takes anything
/// when `__new__` is overridden, so it is skipped).
pub fn call_new(new: super::native::NativeFn, cls: &PyRef, args: &[PyRef]) -> PyResult {
    match args {
        [] => PyRef::borrowed_slice([cls], |a| new(&Args::new(a))),
        [x] => PyRef::borrowed_slice([cls, x], |a| new(&Args::new(a))),
        [x, y] => PyRef::borrowed_slice([cls, x, y], |a| new(&Args::new(a))),
        [x, y, z] => PyRef::borrowed_slice([cls, x, y, z], |a| new(&Args::new(a))),
        _ => {
            let mut items = Vec::with_capacity(args.len() + 1);
            items.push(cls.clone());
            items.extend_from_slice(args);
            new(&Args::new(&items))
        }
    }
}

fn object_repr(args: &Args) -> PyResult {
    let this = &args.exact("__repr__", 1, 1)?[0];
    let ty = this.type_of();
    let module = ty.module_name();
    let name = ty.qualname();
    let prefix = if module == "builtins" {
        String::new()
    } else {
        format!("{module}.")
    };
    Ok(pystr::new_str(&format!(
        "<{prefix}{name} object at {:#x}>",
        this.id()
    )))
}

fn object_str(args: &Args) -> PyResult {
    let this = &args.exact("__str__", 1, 1)?[0];
    ops::repr(this)
}

fn object_eq(args: &Args) -> PyResult {
    let a = args.exact("__eq__", 2, 2)?;
    Ok(if PyRef::ptr_eq(&a[0], &a[1]) {
        super::from_bool(true)
    } else {
        super::not_implemented()
    })
}

fn object_ne(args: &Args) -> PyResult {
    let a = args.exact("__ne__", 2, 2)?;
    let eq = ops::call_method(&a[0], "__eq__", &[a[1].clone()])?;
    if super::is_not_implemented(&eq) {
        return Ok(eq);
    }
    Ok(super::from_bool(!ops::truthy(&eq)?))
}

fn object_not_implemented(_args: &Args) -> PyResult {
    Ok(super::not_implemented())
}

fn object_hash(args: &Args) -> PyResult {
    let this = &args.exact("__hash__", 1, 1)?[0];
    Ok(super::int::from_i64(ops::identity_hash(this)))
}

fn object_getattribute(args: &Args) -> PyResult {
    let a = args.exact("__getattribute__", 2, 2)?;
    ops::generic_getattr(&a[0], &a[1])
}

fn object_setattr(args: &Args) -> PyResult {
    let a = args.exact("__setattr__", 3, 3)?;
    ops::generic_setattr(&a[0], &a[1], Some(&a[2]))?;
    Ok(none())
}

fn object_delattr(args: &Args) -> PyResult {
    let a = args.exact("__delattr__", 2, 2)?;
    ops::generic_setattr(&a[0], &a[1], None)?;
    Ok(none())
}

fn object_class(this: &PyRef) -> PyResult {
    Ok(this.type_of().object())
}

fn object_dict(this: &PyRef) -> PyResult {
    this.instance_dict().cloned().ok_or_else(|| {
        PyErr::attribute_error(format!(
            "'{}' object has no attribute '__dict__'",
            this.type_of().name()
        ))
    })
}

fn object_format(args: &Args) -> PyResult {
    let a = args.exact("__format__", 2, 2)?;
    let spec = native_str(&a[1], "__format__")?;
    if !spec.is_empty() {
        return Err(PyErr::type_error(format!(
            "unsupported format string passed to {}.__format__",
            a[0].type_of().name()
        )));
    }
    ops::str_(&a[0])
}

fn native_str<'a>(obj: &'a PyRef, fname: &str) -> PyResult<&'a crate::text::PyStr> {
    super::native::str_arg(obj, fname, "1")
}

/// `object.__init_subclass__()`: accepts nothing, so keywords a class
/// statement passes that no parent consumed are an error naming the class.
fn object_init_subclass(args: &Args) -> PyResult {
    let pos = args.positional();
    let cls = pos
        .first()
        .and_then(Type::from_object)
        .map_or("object", |t| t.name());
    if args.has_kwargs() {
        return Err(PyErr::type_error(format!(
            "{cls}.__init_subclass__() takes no keyword arguments"
        )));
    }
    if pos.len() > 1 {
        return Err(PyErr::type_error(format!(
            "{cls}.__init_subclass__() takes no arguments ({} given)",
            pos.len() - 1
        )));
    }
    Ok(none())
}

fn object_dir(args: &Args) -> PyResult {
    let this = &args.exact("__dir__", 1, 1)?[0];
    let mut names: Vec<PyRef> = Vec::new();
    let mut add = |k: PyRef| {
        if !names
            .iter()
            .any(|n| PyRef::ptr_eq(n, &k) || pystr::as_str(n) == pystr::as_str(&k))
        {
            names.push(k);
        }
    };
    if let Some(d) = this.instance_dict() {
        dict::keys(d).into_iter().for_each(&mut add);
    }
    for t in this.type_of().mro() {
        dict::keys(t.dict()).into_iter().for_each(&mut add);
    }
    Ok(super::list::new_list(names))
}

fn type_repr(args: &Args) -> PyResult {
    let this = &args.exact("__repr__", 1, 1)?[0];
    let ty = Type::from_object(this).ok_or_else(|| PyErr::type_error("not a type"))?;
    let module = ty.module_name();
    Ok(pystr::new_str(&if module == "builtins" {
        format!("<class '{}'>", ty.qualname())
    } else {
        format!("<class '{module}.{}'>", ty.qualname())
    }))
}

fn type_of_arg(obj: &PyRef) -> PyResult<&'static Type> {
    Type::from_object(obj).ok_or_else(|| {
        PyErr::type_error(format!(
            "descriptor for 'type' objects doesn't apply to a '{}' object",
            obj.type_of().name()
        ))
    })
}

fn type_name(this: &PyRef) -> PyResult {
    let ty = type_of_arg(this)?;
    Ok(pystr::new_str(ty.name()))
}

fn type_qualname(this: &PyRef) -> PyResult {
    Ok(pystr::new_str(&type_of_arg(this)?.qualname()))
}

fn type_module(this: &PyRef) -> PyResult {
    Ok(pystr::new_str(&type_of_arg(this)?.module_name()))
}

fn type_mro_attr(this: &PyRef) -> PyResult {
    let ty = type_of_arg(this)?;
    Ok(super::tuple::new_tuple(
        ty.mro().iter().map(|t| t.object()).collect(),
    ))
}

fn type_bases(this: &PyRef) -> PyResult {
    let ty = type_of_arg(this)?;
    Ok(super::tuple::new_tuple(
        ty.bases().iter().map(|t| t.object()).collect(),
    ))
}

fn type_base(this: &PyRef) -> PyResult {
    Ok(type_of_arg(this)?.base().map_or_else(none, |b| b.object()))
}

/// `cls.__dict__`: a read-only proxy of the type dict.
fn type_dict(this: &PyRef) -> PyResult {
    Ok(super::mappingproxy::new_proxy(
        type_of_arg(this)?.dict().clone(),
    ))
}

fn type_doc(this: &PyRef) -> PyResult {
    let ty = type_of_arg(this)?;
    Ok(dict::get_str(ty.dict(), "__doc__").unwrap_or_else(none))
}

fn type_mro(args: &Args) -> PyResult {
    let this = &args.exact("mro", 1, 1)?[0];
    let ty = type_of_arg(this)?;
    Ok(super::list::new_list(
        ty.mro().iter().map(|t| t.object()).collect(),
    ))
}

/// `type.__call__(cls, *args, **kwargs)`: what calling the class does.
fn type_call_method(args: &Args) -> PyResult {
    let items = args.items();
    let Some(cls) = items.first().filter(|c| Type::from_object(c).is_some()) else {
        return Err(PyErr::type_error(
            "descriptor '__call__' of 'type' object needs an argument",
        ));
    };
    type_call(cls, &Args::with_kwnames(&items[1..], args.kwnames()))
}

/// `type.__dir__(cls)`: the names in the class and its bases' dicts.
fn type_dir(args: &Args) -> PyResult {
    let ty = type_of_arg(&args.exact("__dir__", 1, 1)?[0])?;
    let names = dict::new_dict();
    for t in ty.mro() {
        for k in dict::keys(t.dict()) {
            dict::set(&names, k, none())?;
        }
    }
    Ok(super::list::new_list(dict::keys(&names)))
}

fn type_subclasses(args: &Args) -> PyResult {
    let this = &args.exact("__subclasses__", 1, 1)?[0];
    let ty = type_of_arg(this)?;
    Ok(super::list::new_list(
        ty.subclasses().into_iter().map(|t| t.object()).collect(),
    ))
}

fn type_instancecheck(args: &Args) -> PyResult {
    let a = args.exact("__instancecheck__", 2, 2)?;
    let ty = type_of_arg(&a[0])?;
    Ok(super::from_bool(a[1].type_of().is_subtype(ty)))
}

fn type_subclasscheck(args: &Args) -> PyResult {
    let a = args.exact("__subclasscheck__", 2, 2)?;
    let ty = type_of_arg(&a[0])?;
    let sub = Type::from_object(&a[1])
        .ok_or_else(|| PyErr::type_error("issubclass() arg 1 must be a class"))?;
    Ok(super::from_bool(sub.is_subtype(ty)))
}

fn type_new(args: &Args) -> PyResult {
    let pos = args.positional();
    if pos.len() == 2 {
        return Ok(pos[1].type_of().object());
    }
    ops::class::new_class(args)
}

pub(super) fn register() {
    OBJECT.add_static("__new__", object_new);
    OBJECT.add_method("__init__", object_init);
    OBJECT.add_method("__repr__", object_repr);
    OBJECT.add_method("__str__", object_str);
    OBJECT.add_method("__eq__", object_eq);
    OBJECT.add_method("__ne__", object_ne);
    for name in ["__lt__", "__le__", "__gt__", "__ge__"] {
        OBJECT.add_method(name, object_not_implemented);
    }
    OBJECT.add_method("__hash__", object_hash);
    OBJECT.add_method("__getattribute__", object_getattribute);
    OBJECT.add_method("__setattr__", object_setattr);
    OBJECT.add_method("__delattr__", object_delattr);
    OBJECT.add_method("__format__", object_format);
    OBJECT.add_method("__dir__", object_dir);
    OBJECT.add_classmethod("__init_subclass__", object_init_subclass);
    OBJECT.add_getset("__class__", object_class, None);
    OBJECT.set_attr("__doc__", pystr::new_str("The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n"));

    TYPE.add_static("__new__", type_new);
    TYPE.add_method("__repr__", type_repr);
    TYPE.add_method("mro", type_mro);
    TYPE.add_method("__subclasses__", type_subclasses);
    TYPE.add_method("__call__", type_call_method);
    TYPE.add_method("__dir__", type_dir);
    TYPE.add_method("__instancecheck__", type_instancecheck);
    TYPE.add_method("__subclasscheck__", type_subclasscheck);
    TYPE.add_getset("__name__", type_name, None);
    TYPE.add_getset("__qualname__", type_qualname, None);
    TYPE.add_getset("__module__", type_module, None);
    TYPE.add_getset("__mro__", type_mro_attr, None);
    TYPE.add_getset("__bases__", type_bases, None);
    TYPE.add_getset("__base__", type_base, None);
    TYPE.add_getset("__dict__", type_dict, None);
    TYPE.add_getset("__doc__", type_doc, None);
}

/// `__dict__` of instances of Python classes.
pub(crate) fn instance_dict_getset() -> (super::native::Getter, super::native::Setter) {
    (object_dict, set_instance_dict)
}

fn set_instance_dict(_this: &PyRef, _value: Option<&PyRef>) -> PyResult<()> {
    Err(PyErr::type_error(
        "__dict__ assignment is not supported yet",
    ))
}
