//! Module objects: a namespace dict with a name.

use super::{OBJECT, Slots, Type, dict, flags, str as pystr};
use crate::object::PyRef;

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
    PyRef::new(Module { dict: d }, &MODULE)
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
