//! The Python-visible methods of `NoneType`, `NotImplementedType` and
//! `ellipsis`: each type's call gives back its one instance, whose repr is
//! its builtin name.

use super::args::Args;
use super::native::NativeFn;
use super::number_methods::wrapper_args;
use super::singletons::{ELLIPSIS_TYPE, NONE_TYPE, NOT_IMPLEMENTED_TYPE};
use super::{Type, ellipsis, none, not_implemented, str as pystr};
use crate::err::{PyErr, PyResult};
use crate::object::PyRef;

/// One singleton type: its instance and the names CPython shows for it.
struct Singleton {
    ty: &'static Type,
    instance: fn() -> PyRef,
    /// The instance's repr (its name in builtins).
    repr: &'static str,
    /// The name in "… takes no arguments" (`types.EllipsisType` for `...`).
    type_name: &'static str,
}

static SINGLETONS: [Singleton; 3] = [
    Singleton {
        ty: &NONE_TYPE,
        instance: none,
        repr: "None",
        type_name: "NoneType",
    },
    Singleton {
        ty: &NOT_IMPLEMENTED_TYPE,
        instance: not_implemented,
        repr: "NotImplemented",
        type_name: "NotImplementedType",
    },
    Singleton {
        ty: &ELLIPSIS_TYPE,
        instance: ellipsis,
        repr: "Ellipsis",
        type_name: "EllipsisType",
    },
];

fn new_singleton<const I: usize>(args: &Args) -> PyResult {
    let s = &SINGLETONS[I];
    if args.has_kwargs() || args.positional().len() > 1 {
        return Err(PyErr::type_error(format!(
            "{} takes no arguments",
            s.type_name
        )));
    }
    Ok((s.instance)())
}

fn repr_singleton<const I: usize>(args: &Args) -> PyResult {
    wrapper_args(args, "__repr__", 0)?;
    Ok(pystr::new_str(SINGLETONS[I].repr))
}

pub(super) fn register() {
    let methods: [(NativeFn, NativeFn); 3] = [
        (new_singleton::<0>, repr_singleton::<0>),
        (new_singleton::<1>, repr_singleton::<1>),
        (new_singleton::<2>, repr_singleton::<2>),
    ];
    for (s, (new, repr)) in SINGLETONS.iter().zip(methods) {
        s.ty.add_static("__new__", new);
        s.ty.add_method("__repr__", repr);
    }
}
