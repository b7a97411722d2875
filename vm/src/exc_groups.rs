//! `except*`: splitting an exception group by type, and re-raising what
//! the handlers left (`CHECK_EG_MATCH`, `INTRINSIC_PREP_RERAISE_STAR`).

use runtime::types::exceptions as exc;
use runtime::types::{exception_group_methods, list, none, tuple};
use runtime::{PyErr, PyRef, PyResult, ops};

/// `eg type -> rest match`: the part of `eg` matching `t` (an exception
/// group; a naked matching exception is wrapped in one) and the rest.
pub fn eg_match(eg: &PyRef, t: &PyRef) -> PyResult<(PyRef, PyRef)> {
    if ops::is_instance(eg, t)? {
        if eg.type_of().is_subtype(&exc::BASE_EXCEPTION_GROUP) {
            return Ok((none(), eg.clone()));
        }
        let wrapped = ops::call(
            &exc::EXCEPTION_GROUP.object(),
            &[
                runtime::types::str::new_str(""),
                tuple::new_tuple(vec![eg.clone()]),
            ],
        )?;
        if let Some(tb) = exc::with_state(eg, |s| s.traceback.clone()) {
            exc::with_state(&wrapped, |s| s.traceback = Some(tb));
        }
        return Ok((none(), wrapped));
    }
    if !eg.type_of().is_subtype(&exc::BASE_EXCEPTION_GROUP) {
        return Ok((eg.clone(), none()));
    }
    let pair = ops::call_method(eg, "split", std::slice::from_ref(t))?;
    let parts =
        tuple::as_slice(&pair).ok_or_else(|| PyErr::type_error("split must return a tuple"))?;
    Ok((parts[1].clone(), parts[0].clone()))
}

/// What to re-raise after the `except*` clauses: the unhandled rest of the
/// original group plus anything the handlers raised, or None.
pub fn prep_reraise_star(orig: &PyRef, excs: &PyRef) -> PyResult {
    let raised: Vec<PyRef> = list::to_vec(excs)
        .into_iter()
        .filter(|e| !runtime::types::is_none(e))
        .collect();
    if raised.is_empty() {
        return Ok(none());
    }
    if !orig.type_of().is_subtype(&exc::BASE_EXCEPTION_GROUP) {
        return Ok(raised[0].clone());
    }
    let (reraised, new): (Vec<PyRef>, Vec<PyRef>) = raised
        .into_iter()
        .partition(|e| PyRef::ptr_eq(e, orig) || is_part_of(e, orig));
    let mut keep = new;
    let mut leaves = Vec::new();
    for e in &reraised {
        exception_group_methods::leaf_ids(e, &mut leaves);
    }
    if let Some(part) = exception_group_methods::project(orig, leaves)? {
        keep.insert(0, part);
    }
    if keep.is_empty() {
        return Ok(none());
    }
    if keep.len() == 1 {
        return Ok(keep.remove(0));
    }
    ops::call(
        &exc::EXCEPTION_GROUP.object(),
        &[runtime::types::str::new_str(""), list::new_list(keep)],
    )
}

/// Whether `e` is a piece `split()` cut from `orig` (shares its traceback).
fn is_part_of(e: &PyRef, orig: &PyRef) -> bool {
    let tb_e = exc::with_state(e, |s| s.traceback.clone());
    let tb_o = exc::with_state(orig, |s| s.traceback.clone());
    matches!((tb_e, tb_o), (Some(a), Some(b)) if PyRef::ptr_eq(&a, &b))
}
