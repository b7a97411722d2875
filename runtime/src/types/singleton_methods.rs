//! The Python-visible methods of the types of `None`, `NotImplemented`
//! and `Ellipsis`: each singleton's repr is its name, and calling its type
//! gives the singleton back.

use super::args::Args;
use super::number_methods::wrapper_args;
use super::singletons::{ELLIPSIS_TYPE, NONE_TYPE, NOT_IMPLEMENTED_TYPE};
use super::{Type, ellipsis, from_bool, none, not_implemented, str as pystr};
use crate::err::{PyErr, PyResult};
use crate::object::PyRef;

/// A singleton: its type, its name (and repr), and the object.
struct Singleton {
    ty: &'static Type,
    name: &'static str,
    get: fn() -> PyRef,
}

const SINGLETONS: [Singleton; 3] = [
    Singleton {
        ty: &NONE_TYPE,
        name: "None",
        get: none,
    },
    Singleton {
        ty: &NOT_IMPLEMENTED_TYPE,
        name: "NotImplemented",
        get: not_implemented,
    },
    Singleton {
        ty: &ELLIPSIS_TYPE,
        name: "Ellipsis",
        get: ellipsis,
    },
];

/// `type(None)()` and the like: the singleton; no arguments allowed.
fn singleton_new<const K: usize>(args: &Args) -> PyResult {
    let s = &SINGLETONS[K];
    let rest = args.skip_first();
    if rest.has_kwargs() || !rest.positional().is_empty() {
        return Err(PyErr::type_error(format!(
            "{} takes no arguments",
            s.ty.name()
        )));
    }
    Ok((s.get)())
}

fn singleton_repr<const K: usize>(args: &Args) -> PyResult {
    wrapper_args(args, "__repr__", 0)?;
    Ok(pystr::new_str(SINGLETONS[K].name))
}

fn none_bool(args: &Args) -> PyResult {
    wrapper_args(args, "__bool__", 0)?;
    Ok(from_bool(false))
}

pub(super) fn register() {
    let methods: [(super::native::NativeFn, super::native::NativeFn); 3] = [
        (singleton_new::<0>, singleton_repr::<0>),
        (singleton_new::<1>, singleton_repr::<1>),
        (singleton_new::<2>, singleton_repr::<2>),
    ];
    for (s, (new, repr)) in SINGLETONS.iter().zip(methods) {
        s.ty.add_static("__new__", new);
        s.ty.add_method("__repr__", repr);
    }
    NONE_TYPE.add_method("__bool__", none_bool);
}
