//! Python functions and cells: the `function` type (code + globals +
//! defaults + closure) and its call slot, which runs the function's frame.

use crate::code::{Code, CodeRef};
use crate::frame::{Frame, FrameCode};
use runtime::object::{AtomicRef, Layout, Locked, Retired};
use runtime::types::{Args, OBJECT, Slots, Type, flags, method, none, str as pystr};
use runtime::{PyErr, PyRef, PyResult};
use std::sync::{Arc, OnceLock};

/// The payload of a function object. What a call reads is set once, before
/// the function escapes (`MAKE_FUNCTION` + `SET_FUNCTION_ATTRIBUTE`), so
/// calls from many threads read it without locking; the defaults, which
/// Python code may reassign, are swapped atomically and read by a pinned
/// load ([`Swappable`]).
pub struct Function {
    pub code: Arc<Code>,
    /// The code as its frames hold it.
    pub frame_code: FrameCode,
    pub globals: PyRef,
    pub builtins: PyRef,
    /// `__defaults__`: a tuple, or empty.
    pub defaults: Swappable,
    /// `__kwdefaults__`: a dict, or empty.
    pub kwdefaults: Swappable,
    pub closure: OnceLock<PyRef>,
    /// Attributes Python code may reassign.
    pub attrs: Locked<FunctionAttrs>,
}

pub struct FunctionAttrs {
    pub name: PyRef,
    pub qualname: PyRef,
    pub doc: PyRef,
    pub module: PyRef,
    pub annotations: Option<PyRef>,
    pub annotate: Option<PyRef>,
}

pub static FUNCTION: Type = Type::with_layout(
    "function",
    Layout::of::<Function>().with_dict(),
    Some(&OBJECT),
    flags::METHOD_DESCRIPTOR,
    Slots {
        call: Some(call_function),
        descr_get: Some(bind_function),
        ..Slots::NONE
    },
);

/// A reference that calls read without locking while `f.__defaults__ = ...`
/// may replace it from another thread (an [`AtomicRef`]: loads pin, the
/// replaced reference is given up after readers are done).
pub struct Swappable(AtomicRef);

impl Swappable {
    pub fn new() -> Self {
        Swappable(AtomicRef::new(None))
    }

    /// A new reference to the current value.
    #[inline]
    pub fn get(&self) -> Option<PyRef> {
        self.0.get()
    }

    /// Sets the value (`SET_FUNCTION_ATTRIBUTE`); the batch returned holds
    /// the replaced value, to drop with no lock held.
    pub fn set(&self, value: PyRef) -> Retired {
        self.0.swap(Some(value))
    }

    /// Replaces or clears the value.
    pub fn replace(&self, value: Option<PyRef>) -> Retired {
        self.0.swap(value)
    }
}

impl Default for Swappable {
    fn default() -> Self {
        Self::new()
    }
}

/// A cell (a variable closures share): read without a lock, written by a
/// swap from any thread, the replaced value given up after readers that
/// may still be loading it (as a list item's).
pub struct Cell(AtomicRef);

pub static CELL: Type = Type::builtin::<Cell>("cell", Some(&OBJECT), 0, Slots::NONE);

pub fn new_cell(value: Option<PyRef>) -> PyRef {
    PyRef::new(Cell(AtomicRef::new(value)), &CELL)
}

#[inline]
pub fn cell_get(cell: &PyRef) -> Option<PyRef> {
    cell.payload::<Cell>().expect("a cell").0.get()
}

/// Sets a cell; says whether it held a value.
pub fn cell_set(cell: &PyRef, value: Option<PyRef>) -> bool {
    let (held, replaced) = cell.payload::<Cell>().expect("a cell").0.swap_held(value);
    drop(replaced);
    held
}

/// Where a new function's code comes from.
pub enum CodeSource {
    /// An immortal code constant's: frames hold it without counting.
    Immortal(&'static Arc<Code>),
    Counted(Arc<Code>),
}

/// A new function for `code` in `globals` (`MAKE_FUNCTION`).
pub fn new_function(code: CodeSource, globals: PyRef, builtins: PyRef) -> PyRef {
    let (code, immortal_code) = match code {
        CodeSource::Immortal(c) => (c.clone(), Some(c)),
        CodeSource::Counted(c) => (c, None),
    };
    let doc = if code
        .source
        .flags
        .has(compiler::bytecode::CodeFlags::HAS_DOCSTRING)
    {
        code.consts.first().cloned().unwrap_or_else(none)
    } else {
        none()
    };
    let module = runtime::types::dict::get_str(&globals, "__name__").unwrap_or_else(none);
    let attrs = FunctionAttrs {
        name: code.name.clone(),
        qualname: code.qualname.clone(),
        doc,
        module,
        annotations: None,
        annotate: None,
    };
    let top_level = !code.source.flags.has(compiler::bytecode::CodeFlags::NESTED);
    let frame_code = match immortal_code {
        Some(c) => FrameCode::immortal(c),
        None if top_level => FrameCode::leaked(&code),
        None => FrameCode::counted(code.clone()),
    };
    let f = PyRef::new_with_dict(
        Function {
            code,
            frame_code,
            globals,
            builtins,
            defaults: Swappable::new(),
            kwdefaults: Swappable::new(),
            closure: OnceLock::new(),
            attrs: Locked::new(attrs),
        },
        &FUNCTION,
        runtime::types::dict::new_dict(),
    );
    // Functions of a module or class body are what threads call and look
    // up in common; CPython's free-threaded build defers their counts (and
    // reclaims them by its collector), here they are immortal until the
    // collector exists.
    if top_level {
        f.immortalize();
    }
    f
}

#[inline]
pub fn payload(f: &PyRef) -> &Function {
    f.payload_exact::<Function>(&FUNCTION)
        .or_else(|| f.payload::<Function>())
        .expect("a function")
}

fn call_function(callee: &PyRef, args: &Args) -> PyResult {
    let frame = Frame::for_call(callee, payload(callee), args.items(), args.kwnames())?;
    crate::eval::run_frame(frame)
}

fn bind_function(f: &PyRef, obj: Option<&PyRef>, _owner: &'static Type) -> PyResult {
    Ok(match obj {
        None => f.clone(),
        Some(obj) => method::new_method(f.clone(), obj.clone()),
    })
}

/// `f.__get__(obj, type=None)`: a bound method, or `f` itself for `None`.
fn function_get(args: &Args) -> PyResult {
    let a = args.exact("__get__", 2, 3)?;
    let obj = Some(&a[1]).filter(|o| !runtime::types::is_none(o));
    bind_function(&a[0], obj, a[0].type_of())
}

fn cell_contents(cell: &PyRef) -> PyResult {
    cell_get(cell).ok_or_else(|| PyErr::value_error("Cell is empty"))
}

/// Setting `cell_contents`, or emptying the cell with `del`.
fn set_cell_contents(cell: &PyRef, value: Option<&PyRef>) -> PyResult<()> {
    cell_set(cell, value.cloned());
    Ok(())
}

fn attr(f: &PyRef, pick: fn(&FunctionAttrs) -> PyRef) -> PyRef {
    payload(f).attrs.with(f, |a| pick(a))
}

fn set_attr(
    f: &PyRef,
    value: Option<&PyRef>,
    put: fn(&mut FunctionAttrs, PyRef) -> PyRef,
) -> PyResult<()> {
    let v = value
        .cloned()
        .ok_or_else(|| PyErr::type_error("cannot delete function attribute"))?;
    let old = payload(f).attrs.with(f, |a| put(a, v));
    drop(old);
    Ok(())
}

/// `f.__defaults__ = value`: a tuple, or None (as `del`) for none.
fn set_defaults(f: &PyRef, value: Option<&PyRef>) -> PyResult<()> {
    let value = value.filter(|v| !runtime::types::is_none(v));
    if value.is_some_and(|v| runtime::types::tuple::as_slice(v).is_none()) {
        return Err(PyErr::type_error(
            "__defaults__ must be set to a tuple object",
        ));
    }
    drop(payload(f).defaults.replace(value.cloned()));
    Ok(())
}

/// `f.__kwdefaults__ = value`: a dict, or None (as `del`) for none.
fn set_kwdefaults(f: &PyRef, value: Option<&PyRef>) -> PyResult<()> {
    let value = value.filter(|v| !runtime::types::is_none(v));
    if value.is_some_and(|v| !v.type_of().is_subtype(&runtime::types::DICT)) {
        return Err(PyErr::type_error(
            "__kwdefaults__ must be set to a dict object",
        ));
    }
    drop(payload(f).kwdefaults.replace(value.cloned()));
    Ok(())
}

fn once_or_none(cell: &OnceLock<PyRef>) -> PyRef {
    cell.get().cloned().unwrap_or_else(none)
}

pub(crate) fn register() {
    FUNCTION.add_getset(
        "__name__",
        |f| Ok(attr(f, |a| a.name.clone())),
        Some(|f, v| set_attr(f, v, |a, v| std::mem::replace(&mut a.name, v))),
    );
    FUNCTION.add_getset(
        "__qualname__",
        |f| Ok(attr(f, |a| a.qualname.clone())),
        Some(|f, v| set_attr(f, v, |a, v| std::mem::replace(&mut a.qualname, v))),
    );
    FUNCTION.add_getset(
        "__doc__",
        |f| Ok(attr(f, |a| a.doc.clone())),
        Some(|f, v| set_attr(f, v, |a, v| std::mem::replace(&mut a.doc, v))),
    );
    FUNCTION.add_getset(
        "__module__",
        |f| Ok(attr(f, |a| a.module.clone())),
        Some(|f, v| set_attr(f, v, |a, v| std::mem::replace(&mut a.module, v))),
    );
    FUNCTION.add_getset(
        "__defaults__",
        |f| Ok(payload(f).defaults.get().unwrap_or_else(none)),
        Some(set_defaults),
    );
    FUNCTION.add_getset(
        "__kwdefaults__",
        |f| Ok(payload(f).kwdefaults.get().unwrap_or_else(none)),
        Some(set_kwdefaults),
    );
    FUNCTION.add_getset(
        "__closure__",
        |f| Ok(once_or_none(&payload(f).closure)),
        None,
    );
    FUNCTION.add_getset("__globals__", |f| Ok(payload(f).globals.clone()), None);
    FUNCTION.add_getset(
        "__code__",
        |f| {
            Ok(PyRef::new(
                CodeRef(payload(f).code.clone()),
                &crate::code::CODE,
            ))
        },
        None,
    );
    FUNCTION.add_getset(
        "__dict__",
        |f| Ok(f.instance_dict().cloned().unwrap_or_else(none)),
        None,
    );
    FUNCTION.add_getset("__annotations__", annotations, None);
    FUNCTION.add_method("__get__", function_get);
    CELL.add_getset("cell_contents", cell_contents, Some(set_cell_contents));
    FUNCTION.add_method("__repr__", |args| {
        let f = &args.exact("__repr__", 1, 1)?[0];
        let q = pystr::to_string(&attr(f, |a| a.qualname.clone())).unwrap_or_default();
        Ok(pystr::new_str(&format!("<function {q} at {:#x}>", f.id())))
    });
    register_code();
}

/// Adds a `code` attribute that is a count or bit set of the compiled code.
fn code_int(name: &'static str, get: fn(&PyRef) -> PyResult) {
    crate::code::CODE.add_getset(name, get, None);
}

fn from_u32(n: u32) -> PyResult {
    Ok(runtime::types::int::from_i64(i64::from(n)))
}

fn names_tuple(names: &[Box<str>]) -> PyResult {
    Ok(runtime::types::tuple::new_tuple(
        names.iter().map(|n| pystr::intern(n)).collect(),
    ))
}

/// `<code object f at 0x..., file "x.py", line 3>`.
fn code_repr(args: &Args) -> PyResult {
    let c = &args.exact("__repr__", 1, 1)?[0];
    let code = code_of(c);
    Ok(pystr::new_str(&format!(
        "<code object {} at {:#x}, file \"{}\", line {}>",
        pystr::to_string(&code.name).unwrap_or_default(),
        c.id(),
        code.source.filename,
        code.source.first_line
    )))
}

fn register_code() {
    let code = &crate::code::CODE;
    code.add_method("__repr__", code_repr);
    code.add_getset("co_name", |c| Ok(code_of(c).name.clone()), None);
    code.add_getset("co_qualname", |c| Ok(code_of(c).qualname.clone()), None);
    code.add_getset(
        "co_filename",
        |c| Ok(pystr::new_str(&code_of(c).source.filename)),
        None,
    );
    code_int("co_argcount", |c| from_u32(code_of(c).source.arg_count));
    code_int("co_posonlyargcount", |c| {
        from_u32(code_of(c).source.posonly_arg_count)
    });
    code_int("co_kwonlyargcount", |c| {
        from_u32(code_of(c).source.kwonly_arg_count)
    });
    code_int("co_flags", |c| from_u32(code_of(c).source.flags.0));
    code_int("co_firstlineno", |c| from_u32(code_of(c).source.first_line));
    code_int("co_nlocals", |c| {
        Ok(runtime::types::int::from_i64(
            code_of(c).varnames.len() as i64
        ))
    });
    code.add_getset(
        "co_varnames",
        |c| {
            Ok(runtime::types::tuple::new_tuple(
                code_of(c).varnames.clone(),
            ))
        },
        None,
    );
    code.add_getset("co_names", |c| names_tuple(&code_of(c).source.names), None);
    code.add_getset(
        "co_cellvars",
        |c| names_tuple(&code_of(c).source.cellvars),
        None,
    );
    code.add_getset(
        "co_freevars",
        |c| names_tuple(&code_of(c).source.freevars),
        None,
    );
    code.add_getset(
        "co_consts",
        |c| Ok(runtime::types::tuple::new_tuple(code_of(c).consts.clone())),
        None,
    );
}

fn code_of(c: &PyRef) -> &Arc<Code> {
    &c.payload::<CodeRef>().expect("a code object").0
}

/// `f.__annotations__`: computed by `__annotate__(1)` once (PEP 649).
fn annotations(f: &PyRef) -> PyResult {
    let (cached, annotate) = payload(f)
        .attrs
        .with(f, |a| (a.annotations.clone(), a.annotate.clone()));
    if let Some(a) = cached {
        return Ok(a);
    }
    let value = match annotate {
        Some(func) => runtime::ops::call(&func, &[runtime::types::int::from_i64(1)])?,
        None => runtime::types::dict::new_dict(),
    };
    payload(f)
        .attrs
        .with(f, |a| a.annotations = Some(value.clone()));
    Ok(value)
}
