//! `BaseExceptionGroup` and `ExceptionGroup` (PEP 654): construction with
//! CPython's checks, `derive`, and the recursive `split` / `subgroup`.

use super::exception_methods::{member, new_cls, repr_text, set_member, str_text};
use super::exceptions::{
    self as exc, BASE_EXCEPTION_GROUP, EXCEPTION, EXCEPTION_GROUP, with_state,
};
use super::{Args, Type, dict, is_none, list, none, tuple};
use crate::err::{PyErr, PyResult};
use crate::object::PyRef;
use crate::ops;
use crate::types::str as pystr;

/// `ExceptionGroup(BaseExceptionGroup, Exception)`: its second base must be
/// in place before anything reads its MRO.
pub(super) fn set_up_mro() {
    EXCEPTION_GROUP.set_static_bases(&[&BASE_EXCEPTION_GROUP, &EXCEPTION]);
}

fn exceptions_of(group: &PyRef) -> Vec<PyRef> {
    tuple::as_slice(&member(group, "exceptions"))
        .unwrap_or_default()
        .to_vec()
}

fn is_group(obj: &PyRef) -> bool {
    obj.type_of().is_subtype(&BASE_EXCEPTION_GROUP)
}

/// `PySequence_Check`: indexable and not a mapping.
fn is_sequence(obj: &PyRef) -> bool {
    tuple::as_slice(obj).is_some()
        || list::is_list(obj)
        || (obj.type_of().lookup("__getitem__").is_some() && !obj.type_of().is_subtype(&dict::DICT))
}

pub(super) fn group_new(args: &Args) -> PyResult {
    let (mut cls, args) = new_cls(args)?;
    let [message, excs] = &args.positional()[1..] else {
        return Err(PyErr::type_error(format!(
            "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
            args.positional().len() - 1
        )));
    };
    if pystr::as_str(message).is_none() {
        return Err(PyErr::type_error(format!(
            "BaseExceptionGroup.__new__() argument 1 must be str, not {}",
            message.type_of().name()
        )));
    }
    if !is_sequence(excs) {
        return Err(PyErr::type_error(
            "second argument (exceptions) must be a sequence",
        ));
    }
    let items = ops::to_vec(excs)?;
    if items.is_empty() {
        return Err(PyErr::value_error(
            "second argument (exceptions) must be a non-empty sequence",
        ));
    }
    if let Some(i) = items.iter().position(|e| !exc::is_exception(e)) {
        return Err(PyErr::value_error(format!(
            "Item {i} of second argument (exceptions) is not an exception"
        )));
    }
    let nests_base = items.iter().any(|e| !e.type_of().is_subtype(&EXCEPTION));
    if std::ptr::eq(cls, &BASE_EXCEPTION_GROUP) {
        if !nests_base {
            cls = &EXCEPTION_GROUP;
        }
    } else if nests_base && cls.is_subtype(&EXCEPTION) {
        return Err(PyErr::type_error(if std::ptr::eq(cls, &EXCEPTION_GROUP) {
            "Cannot nest BaseExceptions in an ExceptionGroup".to_string()
        } else {
            format!("Cannot nest BaseExceptions in '{}'", cls.name())
        }));
    }
    let this = exc::new_exception(cls, tuple::new_tuple(vec![message.clone(), excs.clone()]));
    set_member(&this, "message", message.clone())?;
    set_member(&this, "exceptions", tuple::new_tuple(items))?;
    Ok(this)
}

fn group_str(args: &Args) -> PyResult {
    let this = &args.exact("__str__", 1, 1)?[0];
    let n = exceptions_of(this).len();
    Ok(pystr::new_str(&format!(
        "{} ({n} sub-exception{})",
        str_text(&member(this, "message"))?,
        if n == 1 { "" } else { "s" }
    )))
}

/// `Name(message, [excs])`: the exceptions as held, shown as a list when
/// they were given as one.
fn group_repr(args: &Args) -> PyResult {
    let this = &args.exact("__repr__", 1, 1)?[0];
    let excs = exceptions_of(this);
    let parts = excs.iter().map(repr_text).collect::<PyResult<Vec<_>>>()?;
    let given_list = exc::args(this)
        .payload::<tuple::Tuple>()
        .and_then(|t| t.items().get(1).map(list::is_list))
        .unwrap_or(false);
    let seq = match (given_list, parts.len()) {
        (true, _) => format!("[{}]", parts.join(", ")),
        (false, 1) => format!("({},)", parts[0]),
        (false, _) => format!("({})", parts.join(", ")),
    };
    Ok(pystr::new_str(&format!(
        "{}({}, {seq})",
        this.type_of().name(),
        repr_text(&member(this, "message"))?
    )))
}

fn derive(args: &Args) -> PyResult {
    let this = &args.positional()[0];
    let excs = &args.skip_first().exact("BaseExceptionGroup.derive", 1, 1)?[0];
    ops::call(
        &BASE_EXCEPTION_GROUP.object(),
        &[member(this, "message"), excs.clone()],
    )
}

/// What `split` / `subgroup` select by.
enum Matcher {
    Types(Vec<&'static Type>),
    Predicate(PyRef),
    /// These leaf exceptions (by identity), for `except*`'s projection.
    Leaves(Vec<usize>),
}

fn exception_type(obj: &PyRef) -> Option<&'static Type> {
    Type::from_object(obj).filter(|_| exc::is_exception_type(obj))
}

fn is_callable(obj: &PyRef) -> bool {
    let ty = obj.type_of();
    ty.slots.call.is_some() || ty.lookup("__call__").is_some()
}

fn matcher(value: &PyRef) -> PyResult<Matcher> {
    if let Some(t) = exception_type(value) {
        return Ok(Matcher::Types(vec![t]));
    }
    if let Some(items) = tuple::as_slice(value)
        && let Some(types) = items.iter().map(exception_type).collect::<Option<Vec<_>>>()
    {
        return Ok(Matcher::Types(types));
    }
    if Type::from_object(value).is_none() && is_callable(value) {
        return Ok(Matcher::Predicate(value.clone()));
    }
    Err(PyErr::type_error(
        "expected an exception type, a tuple of exception types, or a callable (other than a class)",
    ))
}

impl Matcher {
    fn test(&self, e: &PyRef) -> PyResult<bool> {
        match self {
            Matcher::Types(types) => Ok(types.iter().any(|t| e.type_of().is_subtype(t))),
            Matcher::Predicate(f) => ops::truthy(&ops::call(f, std::slice::from_ref(e))?),
            Matcher::Leaves(ids) => Ok(!is_group(e) && ids.contains(&e.id())),
        }
    }
}

/// The matching and (if wanted) the other leaves of `e`, as groups shaped
/// like `e`.
fn split_rec(e: &PyRef, m: &Matcher, want_rest: bool) -> PyResult<(Option<PyRef>, Option<PyRef>)> {
    if m.test(e)? {
        return Ok((Some(e.clone()), None));
    }
    if !is_group(e) {
        return Ok((None, want_rest.then(|| e.clone())));
    }
    let (mut hits, mut rest) = (Vec::new(), Vec::new());
    for x in exceptions_of(e) {
        let (h, r) = split_rec(&x, m, want_rest)?;
        hits.extend(h);
        rest.extend(r);
    }
    Ok((derive_copy(e, hits)?, derive_copy(e, rest)?))
}

/// The identities of the leaf exceptions of `e` (itself when not a group).
pub fn leaf_ids(e: &PyRef, out: &mut Vec<usize>) {
    if is_group(e) {
        for x in exceptions_of(e) {
            leaf_ids(&x, out);
        }
    } else {
        out.push(e.id());
    }
}

/// The part of `group` made of the leaves in `leaves`, shaped like it
/// (what `except*` re-raises of the group it split).
pub fn project(group: &PyRef, leaves: Vec<usize>) -> PyResult<Option<PyRef>> {
    Ok(split_rec(group, &Matcher::Leaves(leaves), false)?.0)
}

/// `group.derive(items)` carrying over the traceback, cause, context and
/// a copy of the notes; `None` for no items.
fn derive_copy(group: &PyRef, items: Vec<PyRef>) -> PyResult<Option<PyRef>> {
    if items.is_empty() {
        return Ok(None);
    }
    let new = ops::call_method(group, "derive", &[list::new_list(items)])?;
    if !is_group(&new) {
        return Err(PyErr::type_error(
            "derive must return an instance of BaseExceptionGroup",
        ));
    }
    let (tb, cause, context) = with_state(group, |s| {
        (s.traceback.clone(), s.cause.clone(), s.context.clone())
    });
    let old = with_state(&new, |s| {
        s.suppress_context = true;
        (
            std::mem::replace(&mut s.traceback, tb),
            std::mem::replace(&mut s.cause, cause),
            std::mem::replace(&mut s.context, context),
        )
    });
    drop(old);
    if let Some(notes) = group
        .instance_dict()
        .and_then(|d| dict::get_str(d, "__notes__"))
        && is_sequence(&notes)
        && let Some(d) = new.instance_dict()
    {
        dict::set_str(d, "__notes__", list::new_list(ops::to_vec(&notes)?));
    }
    Ok(Some(new))
}

fn split(args: &Args) -> PyResult {
    let this = &args.positional()[0];
    let m = matcher(&args.skip_first().exact("BaseExceptionGroup.split", 1, 1)?[0])?;
    let (hits, rest) = split_rec(this, &m, true)?;
    Ok(tuple::new_tuple(vec![
        hits.unwrap_or_else(none),
        rest.unwrap_or_else(none),
    ]))
}

fn subgroup(args: &Args) -> PyResult {
    let this = &args.positional()[0];
    let m = matcher(
        &args
            .skip_first()
            .exact("BaseExceptionGroup.subgroup", 1, 1)?[0],
    )?;
    Ok(split_rec(this, &m, false)?.0.unwrap_or_else(none))
}

/// `message` and `exceptions` are read-only.
fn get_message(this: &PyRef) -> PyResult {
    Ok(member(this, "message"))
}

fn get_exceptions(this: &PyRef) -> PyResult {
    let e = member(this, "exceptions");
    Ok(if is_none(&e) {
        tuple::new_tuple(Vec::new())
    } else {
        e
    })
}

pub(super) fn register() {
    let g = &BASE_EXCEPTION_GROUP;
    g.add_method("__str__", group_str);
    g.add_method("__repr__", group_repr);
    g.add_method("derive", derive);
    g.add_method("split", split);
    g.add_method("subgroup", subgroup);
    g.add_getset("message", get_message, None);
    g.add_getset("exceptions", get_exceptions, None);
}
