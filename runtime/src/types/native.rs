//! Functions written in Rust, as Python sees them: builtin functions and
//! bound builtin methods (`builtin_function_or_method`), method descriptors
//! in type dicts, class methods of built-in types, and getset descriptors
//! (computed attributes such as `__class__` or `complex.real`).

use super::args::Args;
use super::{OBJECT, Slots, Type, flags};
use crate::err::{PyErr, PyResult};
use crate::object::PyRef;
use crate::types::str as pystr;

/// A native function: its arguments, self first for methods.
pub type NativeFn = fn(&Args) -> PyResult;
/// A computed attribute's getter.
pub type Getter = fn(&PyRef) -> PyResult;
/// A computed attribute's setter (`None`: delete).
pub type Setter = fn(&PyRef, Option<&PyRef>) -> PyResult<()>;

/// A builtin function, or a native method bound to its self.
pub struct NativeFunction {
    pub name: &'static str,
    pub func: NativeFn,
    pub bound: Option<PyRef>,
    /// `__module__` of a module-level function.
    pub module: Option<&'static str>,
}

/// A native method in a type dict (`list.append`): binds to instances.
pub struct MethodDescr {
    pub name: &'static str,
    pub func: NativeFn,
    pub owner: &'static Type,
}

/// A class method of a built-in type (`dict.fromkeys`): binds to the class.
pub struct ClassMethodDescr {
    pub name: &'static str,
    pub func: NativeFn,
    pub owner: &'static Type,
}

/// A computed attribute of a built-in type.
pub struct GetSetDescr {
    pub name: &'static str,
    pub get: Getter,
    pub set: Option<Setter>,
    pub owner: &'static Type,
}

/// Native functions are called without binding when looked up as methods.
const METHOD_LIKE: u32 = flags::METHOD_DESCRIPTOR;

pub static BUILTIN_FUNCTION: Type = Type::builtin::<NativeFunction>(
    "builtin_function_or_method",
    Some(&OBJECT),
    0,
    Slots {
        call: Some(call_native),
        ..Slots::NONE
    },
);

pub static METHOD_DESCRIPTOR: Type = Type::builtin::<MethodDescr>(
    "method_descriptor",
    Some(&OBJECT),
    METHOD_LIKE,
    Slots {
        call: Some(call_method_descr),
        descr_get: Some(bind_method_descr),
        ..Slots::NONE
    },
);

pub static CLASSMETHOD_DESCRIPTOR: Type = Type::builtin::<ClassMethodDescr>(
    "classmethod_descriptor",
    Some(&OBJECT),
    0,
    Slots {
        descr_get: Some(bind_classmethod_descr),
        ..Slots::NONE
    },
);

pub static GETSET_DESCRIPTOR: Type = Type::builtin::<GetSetDescr>(
    "getset_descriptor",
    Some(&OBJECT),
    0,
    Slots {
        descr_get: Some(getset_get),
        descr_set: Some(getset_set),
        ..Slots::NONE
    },
);

/// A new builtin function object.
pub fn new_function(name: &'static str, func: NativeFn, module: Option<&'static str>) -> PyRef {
    PyRef::new(
        NativeFunction {
            name,
            func,
            bound: None,
            module,
        },
        &BUILTIN_FUNCTION,
    )
}

fn call_native(callee: &PyRef, args: &Args) -> PyResult {
    let f = callee
        .payload::<NativeFunction>()
        .expect("a builtin function");
    match &f.bound {
        None => (f.func)(args),
        Some(this) => {
            let mut items = Vec::with_capacity(args.items().len() + 1);
            items.push(this.clone());
            items.extend_from_slice(args.items());
            (f.func)(&Args::with_kwnames(&items, args.kwnames()))
        }
    }
}

/// Checks that a method descriptor's first argument is an instance of its
/// owner, with CPython's messages.
fn check_self(d: &MethodDescr, args: &Args) -> PyResult<()> {
    match args.positional().first() {
        None => Err(PyErr::type_error(format!(
            "unbound method {}.{}() needs an argument",
            d.owner.name(),
            d.name
        ))),
        Some(this) if !this.type_of().is_subtype(d.owner) => Err(PyErr::type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            d.name,
            d.owner.name(),
            this.type_of().name()
        ))),
        Some(_) => Ok(()),
    }
}

fn call_method_descr(callee: &PyRef, args: &Args) -> PyResult {
    let d = callee
        .payload::<MethodDescr>()
        .expect("a method descriptor");
    check_self(d, args)?;
    (d.func)(args)
}

/// Calls a method descriptor with `this` as self, skipping the bound
/// method object (the eval loop's method calls).
pub fn call_method_descr_with(d: &MethodDescr, args: &Args) -> PyResult {
    check_self(d, args)?;
    (d.func)(args)
}

fn bind_method_descr(descr: &PyRef, obj: Option<&PyRef>, _owner: &'static Type) -> PyResult {
    let d = descr.payload::<MethodDescr>().expect("a method descriptor");
    match obj {
        None => Ok(descr.clone()),
        Some(obj) => {
            if !obj.type_of().is_subtype(d.owner) {
                return Err(PyErr::type_error(format!(
                    "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                    d.name,
                    d.owner.name(),
                    obj.type_of().name()
                )));
            }
            Ok(PyRef::new(
                NativeFunction {
                    name: d.name,
                    func: d.func,
                    bound: Some(obj.clone()),
                    module: None,
                },
                &BUILTIN_FUNCTION,
            ))
        }
    }
}

fn bind_classmethod_descr(descr: &PyRef, obj: Option<&PyRef>, owner: &'static Type) -> PyResult {
    let d = descr
        .payload::<ClassMethodDescr>()
        .expect("a classmethod descriptor");
    let cls = match obj {
        Some(o) if Type::from_object(o).is_some() && owner.is_subtype(&super::TYPE) => o.clone(),
        _ => owner.object(),
    };
    Ok(PyRef::new(
        NativeFunction {
            name: d.name,
            func: d.func,
            bound: Some(cls),
            module: None,
        },
        &BUILTIN_FUNCTION,
    ))
}

fn getset_get(descr: &PyRef, obj: Option<&PyRef>, _owner: &'static Type) -> PyResult {
    let d = descr.payload::<GetSetDescr>().expect("a getset descriptor");
    match obj {
        None => Ok(descr.clone()),
        Some(obj) => (d.get)(obj),
    }
}

fn getset_set(descr: &PyRef, obj: &PyRef, value: Option<&PyRef>) -> PyResult<()> {
    let d = descr.payload::<GetSetDescr>().expect("a getset descriptor");
    match d.set {
        Some(set) => set(obj, value),
        None => Err(PyErr::attribute_error(format!(
            "attribute '{}' of '{}' objects is not writable",
            d.name,
            d.owner.name()
        ))),
    }
}

impl Type {
    /// Adds a native method (`self` is the first argument).
    pub fn add_method(&'static self, name: &'static str, func: NativeFn) {
        self.set_attr(
            name,
            PyRef::immortal(
                MethodDescr {
                    name,
                    func,
                    owner: self,
                },
                &METHOD_DESCRIPTOR,
            ),
        );
    }

    /// Adds a class method (the class is the first argument).
    pub fn add_classmethod(&'static self, name: &'static str, func: NativeFn) {
        self.set_attr(
            name,
            PyRef::immortal(
                ClassMethodDescr {
                    name,
                    func,
                    owner: self,
                },
                &CLASSMETHOD_DESCRIPTOR,
            ),
        );
    }

    /// Adds a static function (`__new__`: the class is passed explicitly).
    pub fn add_static(&'static self, name: &'static str, func: NativeFn) {
        self.set_attr(
            name,
            PyRef::immortal(
                NativeFunction {
                    name,
                    func,
                    bound: None,
                    module: None,
                },
                &BUILTIN_FUNCTION,
            ),
        );
    }

    /// Adds a computed attribute.
    pub fn add_getset(&'static self, name: &'static str, get: Getter, set: Option<Setter>) {
        self.set_attr(
            name,
            PyRef::immortal(
                GetSetDescr {
                    name,
                    get,
                    set,
                    owner: self,
                },
                &GETSET_DESCRIPTOR,
            ),
        );
    }
}

/// The name of a native callable, for messages.
pub fn name_of(obj: &PyRef) -> Option<&'static str> {
    obj.payload::<NativeFunction>()
        .map(|f| f.name)
        .or_else(|| obj.payload::<MethodDescr>().map(|d| d.name))
}

/// A str argument, or CPython's TypeError naming the function and position.
pub fn str_arg<'a>(obj: &'a PyRef, fname: &str, what: &str) -> PyResult<&'a crate::text::PyStr> {
    pystr::as_str(obj).ok_or_else(|| {
        PyErr::type_error(format!(
            "{fname}() argument {what} must be str, not {}",
            obj.type_of().name()
        ))
    })
}

fn native_fn(obj: &PyRef) -> PyResult<&NativeFunction> {
    obj.payload::<NativeFunction>().ok_or_else(|| {
        PyErr::type_error(format!(
            "descriptor for 'builtin_function_or_method' objects doesn't apply to a '{}' object",
            obj.type_of().name()
        ))
    })
}

/// The class a bound native method belongs to: the class itself for class
/// methods (bound to a type), else the type of self.
fn bound_class(this: &PyRef) -> &'static Type {
    Type::from_object(this).unwrap_or_else(|| this.type_of())
}

/// `len.__qualname__` is `len`; `[].append.__qualname__` is `list.append`.
fn native_qualname(this: &PyRef) -> PyResult {
    let f = native_fn(this)?;
    Ok(pystr::new_str(&match &f.bound {
        Some(obj) => format!("{}.{}", bound_class(obj).qualname(), f.name),
        None => f.name.to_string(),
    }))
}

/// `<built-in function len>` or `<built-in method append of list object
/// at 0x...>`.
fn native_repr(args: &Args) -> PyResult {
    let f = native_fn(&args.exact("__repr__", 1, 1)?[0])?;
    Ok(pystr::new_str(&match &f.bound {
        Some(obj) => format!(
            "<built-in method {} of {} object at {:#x}>",
            f.name,
            obj.type_of().name(),
            obj.id()
        ),
        None => format!("<built-in function {}>", f.name),
    }))
}

fn method_descr(obj: &PyRef) -> PyResult<&MethodDescr> {
    obj.payload::<MethodDescr>().ok_or_else(|| {
        PyErr::type_error(format!(
            "descriptor for 'method_descriptor' objects doesn't apply to a '{}' object",
            obj.type_of().name()
        ))
    })
}

/// The name and owner of a descriptor of a built-in type, for its
/// `__name__`, `__qualname__`, `__objclass__` and repr.
fn descr_parts(obj: &PyRef) -> Option<(&'static str, &'static Type)> {
    obj.payload::<MethodDescr>()
        .map(|d| (d.name, d.owner))
        .or_else(|| obj.payload::<ClassMethodDescr>().map(|d| (d.name, d.owner)))
        .or_else(|| obj.payload::<GetSetDescr>().map(|d| (d.name, d.owner)))
}

fn descr_of(obj: &PyRef) -> PyResult<(&'static str, &'static Type)> {
    descr_parts(obj).ok_or_else(|| {
        PyErr::type_error(format!(
            "descriptor doesn't apply to a '{}' object",
            obj.type_of().name()
        ))
    })
}

/// `<method 'append' of 'list' objects>`, `<attribute '__name__' of
/// 'function' objects>`.
fn descr_repr(args: &Args) -> PyResult {
    let this = &args.exact("__repr__", 1, 1)?[0];
    let (name, owner) = descr_of(this)?;
    let kind = if this.payload::<GetSetDescr>().is_some() {
        "attribute"
    } else {
        "method"
    };
    Ok(pystr::new_str(&format!(
        "<{kind} '{name}' of '{}' objects>",
        owner.name()
    )))
}

/// `list.append.__get__(obj)`: binds like attribute lookup on `obj`.
fn method_descr_get(args: &Args) -> PyResult {
    let a = args.exact("__get__", 2, 3)?;
    method_descr(&a[0])?;
    if crate::types::is_none(&a[1]) {
        return Ok(a[0].clone());
    }
    bind_method_descr(&a[0], Some(&a[1]), a[1].type_of())
}

pub(super) fn register() {
    BUILTIN_FUNCTION.add_getset("__name__", |f| Ok(pystr::new_str(native_fn(f)?.name)), None);
    BUILTIN_FUNCTION.add_getset("__qualname__", native_qualname, None);
    BUILTIN_FUNCTION.add_getset(
        "__self__",
        |f| {
            Ok(native_fn(f)?
                .bound
                .clone()
                .unwrap_or_else(crate::types::none))
        },
        None,
    );
    BUILTIN_FUNCTION.add_getset(
        "__module__",
        |f| {
            Ok(native_fn(f)?
                .module
                .map_or_else(crate::types::none, pystr::new_str))
        },
        None,
    );
    BUILTIN_FUNCTION.add_getset("__doc__", |_| Ok(crate::types::none()), None);
    BUILTIN_FUNCTION.add_method("__repr__", native_repr);
    for ty in [
        &METHOD_DESCRIPTOR,
        &CLASSMETHOD_DESCRIPTOR,
        &GETSET_DESCRIPTOR,
    ] {
        ty.add_getset("__name__", |d| Ok(pystr::new_str(descr_of(d)?.0)), None);
        ty.add_getset(
            "__qualname__",
            |d| {
                let (name, owner) = descr_of(d)?;
                Ok(pystr::new_str(&format!("{}.{name}", owner.qualname())))
            },
            None,
        );
        ty.add_getset("__objclass__", |d| Ok(descr_of(d)?.1.object()), None);
        ty.add_method("__repr__", descr_repr);
    }
    METHOD_DESCRIPTOR.add_method("__get__", method_descr_get);
}
