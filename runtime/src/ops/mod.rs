//! The abstract object protocols (CPython's Objects/abstract.c and the
//! generic parts of typeobject.c): calling, attributes, comparison, hashing,
//! truth, text forms, iteration, containers and arithmetic. Each does the
//! exact built-in types directly and everything else through the type's
//! slots or its dunder methods, so Python classes and subclasses of
//! built-in types behave as in CPython.

mod attr;
mod call;
pub mod class;
mod compare;
mod number;
mod sequence;
mod text;

pub use attr::{
    Method, delattr, generic_getattr, generic_setattr, getattr, getattr_opt, getattr_str, hasattr,
    lookup_method, setattr,
};
pub use call::{call, call_kw, call_method, call_with};
pub use compare::{
    CompareOp, eq, hash, identity_hash, is_instance, is_subclass, native_hash, richcompare,
    richcompare_bool,
};
pub use number::{BinOp, binary_op, float_op, inplace_op, int_op, invert, negative, positive};
pub use sequence::{
    contains, delitem, getitem, getitem_stack_ref, iter, len, next, sequence_fast, setitem, to_vec,
};
pub use text::{ascii, format, repr, str_, truthy};
