//! Argument checks with CPython's messages for the two kinds of native
//! methods built-in types have: positional-only methods (`str.find`,
//! `bytearray.pop`) and slot wrappers (`__add__`, `__len__`, ...).

use super::args::Args;
use crate::err::{PyErr, PyResult};
use crate::object::PyRef;

/// The arguments after `self` of the positional-only method `owner.name`,
/// `min..=max` of them.
pub fn method_args<'a>(
    args: &Args<'a>,
    owner: &str,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<&'a [PyRef]> {
    let rest = args.skip_first();
    if rest.has_kwargs() {
        return Err(PyErr::type_error(format!(
            "{owner}.{name}() takes no keyword arguments"
        )));
    }
    if min == max && min <= 1 {
        // "owner.name() takes no arguments" / "... exactly one argument".
        return rest.exact(&format!("{owner}.{name}"), min, max);
    }
    rest.exact(name, min, max)
}

/// The `n` arguments after `self` of the slot wrapper `name`.
pub fn slot_args<'a>(args: &Args<'a>, name: &str, n: usize) -> PyResult<&'a [PyRef]> {
    let rest = args.skip_first();
    if rest.has_kwargs() {
        return Err(PyErr::type_error(format!(
            "wrapper {name}() takes no keyword arguments"
        )));
    }
    let given = rest.positional().len();
    if given != n {
        // Wrappers of one-argument slots name no function; the others do.
        return Err(PyErr::type_error(match n {
            0 => format!("expected 0 arguments, got {given}"),
            1 => format!("expected 1 argument, got {given}"),
            _ => format!("{name} expected {n} arguments, got {given}"),
        }));
    }
    Ok(rest.positional())
}
