//! Module objects: a namespace dict with a name. Attribute lookup reads
//! the namespace first (`ops::attr`); the type's own attributes are
//! `__dict__`, `__dir__` and `__repr__`.

use super::args::Args;
use super::{OBJECT, Slots, Type, dict, flags, str as pystr};
use crate::err::PyResult;
use crate::object::PyRef;
use crate::ops;

/// The payload of a module: its globals.
pub struct Module {
    pub dict: PyRef,
}

pub static MODULE: Type =
    Type::builtin::<Module>("module", Some(&OBJECT), flags::BASETYPE, Slots::NONE);

/// A new module named `name` with an empty namespace (`__name__` set).
pub fn new_module(name: &str) -> PyRef {
    let d = dict::new_dict();
    dict::set_str(&d, "__name__", pystr::new_str(name));
    dict::set_str(&d, "__doc__", super::none());
    // Modules and their namespaces are read by every thread (globals,
    // attributes) and live until exit in practice.
    d.immortalize();
    let m = PyRef::new(Module { dict: d }, &MODULE);
    m.immortalize();
    m
}

/// The namespace of a module object.
pub fn module_dict(m: &PyRef) -> Option<&PyRef> {
    m.payload::<Module>().map(|m| &m.dict)
}

/// Sets `name` in a module's namespace.
pub fn set(m: &PyRef, name: &str, value: PyRef) {
    dict::set_str(module_dict(m).expect("a module"), name, value);
}

/// The module's `__name__`, for messages.
pub fn name(m: &PyRef) -> String {
    module_dict(m)
        .and_then(|d| dict::get_str(d, "__name__"))
        .and_then(|n| pystr::to_string(&n))
        .unwrap_or_else(|| "?".into())
}

/// The namespace of the module `self` (checked by the descriptor).
fn namespace<'a>(args: &Args<'a>, name: &str) -> PyResult<&'a PyRef> {
    let a = args.exact(name, 1, 1)?;
    Ok(module_dict(&a[0]).expect("a module"))
}

/// `module.__dir__()`: the namespace's `__dir__()` if it defines one, else
/// the namespace's keys.
fn module_dir(args: &Args) -> PyResult {
    let d = namespace(args, "__dir__")?;
    if let Some(f) = dict::get_str(d, "__dir__") {
        return ops::call(&f, &[]);
    }
    Ok(super::list::new_list(dict::keys(d)))
}

/// `repr(module)`: where it came from, as its spec (or `__file__`) says.
fn module_repr(args: &Args) -> PyResult {
    let d = namespace(args, "__repr__")?;
    let text = |key: &str| dict::get_str(d, key).and_then(|v| pystr::to_string(&v));
    let name = text("__name__").unwrap_or_else(|| "?".into());
    let spec = dict::get_str(d, "__spec__").filter(|s| !super::is_none(s));
    let origin = match &spec {
        Some(spec) => {
            ops::getattr_opt(spec, &pystr::intern("origin"))?.and_then(|o| pystr::to_string(&o))
        }
        None => None,
    };
    let repr = match origin.or_else(|| text("__file__")) {
        Some(o) if o == "built-in" => format!("<module '{name}' (built-in)>"),
        Some(file) => format!("<module '{name}' from '{file}'>"),
        None => format!("<module '{name}'>"),
    };
    Ok(pystr::new_str(&repr))
}

pub(super) fn register() {
    MODULE.add_getset(
        "__dict__",
        |m| Ok(module_dict(m).expect("a module").clone()),
        None,
    );
    MODULE.add_method("__dir__", module_dir);
    MODULE.add_method("__repr__", module_repr);
}
