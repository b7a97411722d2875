//! Bound methods (`method`): a callable and the instance it is bound to,
//! made when a Python function is looked up on an instance.

use super::args::Args;
use super::{OBJECT, Slots, Type};
use crate::err::PyResult;
use crate::object::PyRef;
use crate::ops;

/// The payload of a bound method.
pub struct BoundMethod {
    pub func: PyRef,
    pub this: PyRef,
}

pub static METHOD: Type = Type::builtin::<BoundMethod>(
    "method",
    Some(&OBJECT),
    0,
    Slots {
        call: Some(call_bound),
        ..Slots::NONE
    },
);

pub fn new_method(func: PyRef, this: PyRef) -> PyRef {
    PyRef::new(BoundMethod { func, this }, &METHOD)
}

fn call_bound(callee: &PyRef, args: &Args) -> PyResult {
    let m = callee.payload::<BoundMethod>().expect("a bound method");
    let mut items = Vec::with_capacity(args.items().len() + 1);
    items.push(m.this.clone());
    items.extend_from_slice(args.items());
    ops::call_with(&m.func, &Args::with_kwnames(&items, args.kwnames()))
}
