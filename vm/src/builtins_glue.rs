//! The builtins that belong to the interpreter rather than to the object
//! model: `__build_class__`, `__import__`, the frame-aware builtins, and the
//! display hook of `INTRINSIC_PRINT`.

use crate::frame::Frame;
use crate::function::{self, FUNCTION, cell_set};
use runtime::types::{Args, TYPE, Type, dict, module, native, none, str as pystr, tuple};
use runtime::{PyErr, PyRef, PyResult, ops};

/// Adds the interpreter's builtins to the builtins module.
pub fn add_to(builtins: &PyRef) {
    module::set(
        builtins,
        "__build_class__",
        native::new_function("__build_class__", build_class, Some("builtins")),
    );
    module::set(
        builtins,
        "__import__",
        native::new_function("__import__", import, Some("builtins")),
    );
    for (name, f) in crate::call_special::builtins() {
        module::set(builtins, name, f);
    }
}

/// `__build_class__(func, name, *bases, metaclass=None, **kwds)`.
fn build_class(args: &Args) -> PyResult {
    let pos = args.positional();
    if pos.len() < 2 {
        return Err(PyErr::type_error("__build_class__: not enough arguments"));
    }
    let func = &pos[0];
    if !std::ptr::eq(func.type_of(), &FUNCTION) {
        return Err(PyErr::type_error(
            "__build_class__: func must be a function",
        ));
    }
    let name = &pos[1];
    let bases = tuple::new_tuple(pos[2..].to_vec());
    let mut meta: Option<PyRef> = None;
    let mut kwnames = Vec::new();
    let mut kwvalues = Vec::new();
    for (k, v) in args.kwargs() {
        if pystr::as_str(k).is_some_and(|s| s.eq_str("metaclass")) {
            meta = Some(v.clone());
        } else {
            kwnames.push(k.clone());
            kwvalues.push(v.clone());
        }
    }
    let meta = match meta {
        Some(m) => m,
        None => match pos.get(2) {
            Some(b) => b.type_of().object(),
            None => TYPE.object(),
        },
    };
    let meta = match Type::from_object(&meta) {
        Some(m) if m.is_subtype(&TYPE) => {
            runtime::ops::class::calculate_metaclass(m, &pos[2..])?.object()
        }
        _ => meta,
    };
    let ns = match ops::getattr_opt(&meta, &pystr::intern("__prepare__"))? {
        Some(prepare) => {
            let mut items = vec![name.clone(), bases.clone()];
            items.extend(kwvalues.iter().cloned());
            ops::call_kw(&prepare, &items, &kwnames)?
        }
        None => dict::new_dict(),
    };
    let f = function::payload(func);
    let mut frame = Frame::for_namespace(
        f.code.clone(),
        f.globals.clone(),
        f.builtins.clone(),
        ns.clone(),
    );
    frame.func = Some(func.clone());
    let cell = crate::eval::run_frame(frame)?;
    let mut items = vec![name.clone(), bases, ns];
    items.extend(kwvalues);
    let classdict_cell = take_classdict_cell(&items[2])?;
    let cls = ops::call_kw(&meta, &items, &kwnames)?;
    if std::ptr::eq(cell.type_of(), &function::CELL) {
        cell_set(&cell, Some(cls.clone()));
    }
    if let (Some(cell), Some(ty)) = (classdict_cell, Type::from_object(&cls)) {
        cell_set(&cell, Some(ty.dict().clone()));
    }
    Ok(cls)
}

/// Removes the `__classdictcell__` the compiler stores in a class body
/// whose annotation scopes read `__classdict__`; the cell is then given
/// the new class's dict (as CPython's `type_new`), not left as an attribute.
fn take_classdict_cell(ns: &PyRef) -> PyResult<Option<PyRef>> {
    if !ns.type_of().is_subtype(&dict::DICT) {
        return Ok(None);
    }
    let cell = dict::remove(ns, &pystr::intern("__classdictcell__"))?;
    Ok(cell.filter(|c| std::ptr::eq(c.type_of(), &function::CELL)))
}

/// `__import__(name, globals=None, locals=None, fromlist=(), level=0)`.
fn import(args: &Args) -> PyResult {
    let [name, globals, _locals, fromlist, level] = args.bind(
        "__import__",
        ["name", "globals", "locals", "fromlist", "level"],
        1,
    )?;
    let globals = globals
        .cloned()
        .filter(|g| !runtime::types::is_none(g))
        .unwrap_or_else(dict::new_dict);
    let fromlist = fromlist.cloned().unwrap_or_else(none);
    let level = level
        .cloned()
        .unwrap_or_else(|| runtime::types::int::from_i64(0));
    crate::import::import_name(name.expect("required"), &globals, &fromlist, &level)
}

/// `INTRINSIC_PRINT`: the interactive display hook.
pub fn display_hook(v: &PyRef) -> PyResult<()> {
    if runtime::types::is_none(v) {
        return Ok(());
    }
    let r = ops::repr(v)?;
    crate::builtins::io::write_stdout(&format!("{}\n", pystr::to_string(&r).unwrap_or_default()))
}
