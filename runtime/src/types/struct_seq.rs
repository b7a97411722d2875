//! Struct sequences (CPython's structseq.c): named-tuple-like native types
//! such as `sys.version_info` — a tuple subclass (the items are a tuple
//! payload, so tuple's methods, comparisons and hashing apply) whose fields
//! are also read-only attributes, with the repr
//! `sys.version_info(major=3, minor=14, ...)`.

use super::args::Args;
use super::member::{self, MemberKind};
use super::tuple::Tuple;
use super::{Slots, TUPLE, Type, flags, int, str as pystr, tuple};
use crate::err::{PyErr, PyResult};
use crate::object::PyRef;
use crate::ops;

/// A new struct sequence type `module.name` with these fields (all of them
/// in the sequence). The type lives for the rest of the process; make it
/// once (a `OnceLock`) and reuse it.
pub fn new_type(
    module: &'static str,
    name: &'static str,
    fields: &'static [&'static str],
) -> &'static Type {
    let ty: &'static Type = Box::leak(Box::new(Type::builtin::<Tuple>(
        name,
        Some(&TUPLE),
        TUPLE.flags & flags::SEQUENCE,
        Slots::NONE,
    )));
    ty.set_attr("__module__", pystr::new_str(module));
    ty.add_static("__new__", struct_seq_new);
    ty.add_method("__repr__", struct_seq_repr);
    for (i, field) in fields.iter().enumerate() {
        ty.set_attr(field, member::new_member(field, ty, MemberKind::Item(i)));
    }
    ty.set_attr("__doc__", super::none());
    let n = int::from_i64(fields.len() as i64);
    ty.set_attr("n_sequence_fields", n.clone());
    ty.set_attr("n_fields", n);
    ty.set_attr("n_unnamed_fields", int::from_i64(0));
    ty.set_attr(
        "__match_args__",
        tuple::new_tuple(fields.iter().map(|f| pystr::intern(f)).collect()),
    );
    ty.register_native_subclass();
    ty
}

/// A new instance of the struct sequence type `ty`, one item per field.
pub fn new(ty: &'static Type, items: Vec<PyRef>) -> PyRef {
    debug_assert_eq!(Some(items.len()), field_names(ty).map(|f| f.len()));
    PyRef::new(Tuple::new(items.into_boxed_slice()), ty)
}

/// The field names of a struct sequence type (its `__match_args__`).
fn field_names(ty: &'static Type) -> Option<Vec<PyRef>> {
    let names = super::dict::get_str(ty.dict(), "__match_args__")?;
    tuple::as_slice(&names).map(<[PyRef]>::to_vec)
}

/// Instances are made natively only.
fn struct_seq_new(args: &Args) -> PyResult {
    let cls = args
        .positional()
        .first()
        .and_then(Type::from_object)
        .map_or_else(|| "struct sequence".to_string(), |t| t.tp_name());
    Err(PyErr::type_error(format!(
        "cannot create '{cls}' instances"
    )))
}

/// `sys.version_info(major=3, minor=14, ...)`.
fn struct_seq_repr(args: &Args) -> PyResult {
    let this = &args.exact("__repr__", 1, 1)?[0];
    let ty = this.type_of();
    let names = field_names(ty).unwrap_or_default();
    let items = tuple::as_slice(this).unwrap_or_default();
    let mut parts = Vec::with_capacity(items.len());
    for (name, value) in names.iter().zip(items) {
        let r = ops::repr(value)?;
        parts.push(format!(
            "{}={}",
            pystr::to_string(name).unwrap_or_default(),
            pystr::to_string(&r).unwrap_or_default()
        ));
    }
    Ok(pystr::new_str(&format!(
        "{}({})",
        ty.tp_name(),
        parts.join(", ")
    )))
}
