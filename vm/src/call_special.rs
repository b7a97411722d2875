//! Builtins that need the calling frame: zero-argument `super()`,
//! `locals()`, `globals()`, `vars()`, `dir()`, `exec()`, `eval()`. The eval
//! loop calls them with its frame; called from native code they raise.

use crate::frame::Frame;
use crate::function::cell_get;
use crate::interp::Mode;
use runtime::object::Layout;
use runtime::types::exceptions as exc;
use runtime::types::{Args, OBJECT, Slots, Type, dict, flags, list, none, str as pystr};
use runtime::{PyErr, PyRef, PyResult, ops};

pub type FrameFn = fn(&mut Frame, &[PyRef], &[PyRef]) -> PyResult;

pub struct FrameFunction {
    pub name: &'static str,
    pub func: FrameFn,
}

pub static FRAME_FUNCTION: Type = Type::builtin::<FrameFunction>(
    "builtin_function_or_method",
    Some(&OBJECT),
    0,
    Slots {
        call: Some(call_without_frame),
        ..Slots::NONE
    },
);

fn call_without_frame(callee: &PyRef, _args: &Args) -> PyResult {
    let f = callee.payload::<FrameFunction>().expect("a frame function");
    Err(PyErr::runtime_error(format!(
        "{}(): no current frame",
        f.name
    )))
}

pub fn call_with_frame(
    callee: &PyRef,
    frame: &mut Frame,
    items: &[PyRef],
    kwnames: &[PyRef],
) -> PyResult {
    let f = callee.payload::<FrameFunction>().expect("a frame function");
    (f.func)(frame, items, kwnames)
}

pub fn new(name: &'static str, func: FrameFn) -> PyRef {
    PyRef::immortal(FrameFunction { name, func }, &FRAME_FUNCTION)
}

/// The payload of `super` objects.
pub struct Super {
    this_class: &'static Type,
    obj: Option<PyRef>,
    obj_type: &'static Type,
}

pub static SUPER: Type = Type::with_layout(
    "super",
    Layout::of::<Super>(),
    Some(&OBJECT),
    flags::BASETYPE | flags::HAS_GETATTRIBUTE,
    Slots {
        getattro: Some(super_getattro),
        ..Slots::NONE
    },
);

fn super_call(frame: &mut Frame, items: &[PyRef], _kw: &[PyRef]) -> PyResult {
    let (cls, obj) = match items {
        [] => {
            let (cls, first) = zero_arg_super(frame)?;
            (cls, Some(first))
        }
        [cls] => (cls.clone(), None),
        [cls, obj] => (cls.clone(), Some(obj.clone())),
        _ => return Err(PyErr::type_error("super() takes at most 2 arguments")),
    };
    make_super(&cls, obj)
}

/// The class (`__class__`) and object (the first argument) of a
/// zero-argument `super()` in `frame`, with CPython's errors in its order
/// of checks (`super_init_without_args`).
fn zero_arg_super(frame: &Frame) -> PyResult<(PyRef, PyRef)> {
    let code = &frame.code;
    if code.source.arg_count == 0 {
        return Err(PyErr::runtime_error("super(): no arguments"));
    }
    let first = match code.first_arg_cell {
        Some(i) => frame.values[code.first_cell_slot() + i]
            .as_ref()
            .and_then(cell_get),
        None => frame.values[0].clone(),
    };
    let first = first.ok_or_else(|| PyErr::runtime_error("super(): arg[0] deleted"))?;
    let class_slot = code
        .class_cell
        .map(|i| code.first_cell_slot() + code.source.cellvars.len() + i)
        .ok_or_else(|| PyErr::runtime_error("super(): __class__ cell not found"))?;
    let cls = frame.values[class_slot]
        .as_ref()
        .and_then(cell_get)
        .ok_or_else(|| PyErr::runtime_error("super(): empty __class__ cell"))?;
    if Type::from_object(&cls).is_none() {
        return Err(PyErr::runtime_error(format!(
            "super(): __class__ is not a type ({})",
            cls.type_of().name()
        )));
    }
    Ok((cls, first))
}

/// `super().name` for a method call at `site` in `frame`, when `super` is
/// the built-in: the Python function found along the instance's MRO after
/// `__class__`, and the instance to call it with (CPython's
/// `LOAD_SUPER_ATTR` method form, which makes no super object). `None`
/// when anything else would answer, errors included: the caller then runs
/// `super()` and the attribute load as written, which raise them. The
/// function found is kept in the site's attribute cache.
pub fn super_method(
    cache: &mut crate::attr_cache::Cache,
    site: usize,
    frame: &Frame,
    name: crate::attr_cache::Name<'_>,
) -> Option<(PyRef, PyRef)> {
    let (cls, obj) = zero_arg_super(frame).ok()?;
    let this_class = Type::from_object(&cls)?;
    let func = cache.super_method(site, &obj, this_class, name, || {
        find_super_method(this_class, &obj, name.get())
    })?;
    Some((func, obj))
}

/// The lookup of [`super_method`]: the Python function `name` along
/// `obj`'s MRO after `this_class`.
fn find_super_method(this_class: &'static Type, obj: &PyRef, name: &PyRef) -> Option<PyRef> {
    let obj_type = obj.type_of();
    if Type::from_object(obj).is_some()
        || !obj_type.is_subtype(this_class)
        || pystr::as_str(name).is_some_and(|n| n.eq_str("__class__"))
    {
        return None;
    }
    let mro = obj_type.mro();
    let start = mro.iter().position(|t| std::ptr::eq(*t, this_class))? + 1;
    let found = mro[start..]
        .iter()
        .find_map(|t| dict::get_str_key(t.dict(), name))?;
    std::ptr::eq(found.type_of(), &crate::function::FUNCTION).then_some(found)
}

/// Whether `v` is the built-in `super`.
pub fn is_super(v: &PyRef) -> bool {
    PyRef::ptr_eq(v, &SUPER_CALLABLE)
}

fn make_super(cls: &PyRef, obj: Option<PyRef>) -> PyResult {
    let this_class = Type::from_object(cls).ok_or_else(|| {
        PyErr::type_error(format!(
            "super() argument 1 must be a type, not {}",
            cls.type_of().name()
        ))
    })?;
    let obj_type = match &obj {
        None => this_class,
        Some(o) => {
            if let Some(t) = Type::from_object(o).filter(|t| t.is_subtype(this_class)) {
                t
            } else if o.type_of().is_subtype(this_class) {
                o.type_of()
            } else {
                let (kind, name) = match Type::from_object(o) {
                    Some(t) => ("type", t.name()),
                    None => ("instance of", o.type_of().name()),
                };
                return Err(PyErr::type_error(format!(
                    "super(type, obj): obj ({kind} {name}) is not an instance or subtype of type ({}).",
                    this_class.name()
                )));
            }
        }
    };
    Ok(PyRef::new(
        Super {
            this_class,
            obj,
            obj_type,
        },
        &SUPER,
    ))
}

fn super_getattribute(args: &Args) -> PyResult {
    let a = args.exact("__getattribute__", 2, 2)?;
    super_getattro(&a[0], &a[1])
}

/// The attribute `name` of the super object `this`: found along the MRO
/// after the class super() was given, bound to its object.
fn super_getattro(this: &PyRef, name: &PyRef) -> PyResult {
    let s = this.payload::<Super>().expect("a super object");
    if pystr::as_str(name).is_some_and(|n| n.eq_str("__class__")) {
        return ops::generic_getattr(this, name);
    }
    let mro = s.obj_type.mro();
    let start = mro
        .iter()
        .position(|t| std::ptr::eq(*t, s.this_class))
        .map_or(mro.len(), |i| i + 1);
    for t in &mro[start..] {
        if let Some(v) = dict::get_str_key(t.dict(), name) {
            let inst = s.obj.as_ref().filter(|o| {
                Type::from_object(o).is_none()
                    || !std::ptr::eq(Type::from_object(o).unwrap(), s.obj_type)
            });
            return match v.type_of().slots.descr_get {
                Some(get) => get(&v, inst, s.obj_type),
                None => Ok(v),
            };
        }
    }
    ops::generic_getattr(this, name)
}

fn super_new(args: &Args) -> PyResult {
    let pos = args.positional();
    match &pos[1..] {
        [cls] => make_super(cls, None),
        [cls, obj] => make_super(cls, Some(obj.clone())),
        _ => Err(PyErr::runtime_error("super(): no arguments")),
    }
}

fn super_repr(args: &Args) -> PyResult {
    let a = args.exact("__repr__", 1, 1)?;
    let s = a[0].payload::<Super>().expect("a super object");
    Ok(pystr::new_str(&match &s.obj {
        Some(o) => format!(
            "<super: <class '{}'>, <{} object>>",
            s.this_class.name(),
            o.type_of().name()
        ),
        None => format!("<super: <class '{}'>, NULL>", s.this_class.name()),
    }))
}

/// `locals()`: the namespace of module and class bodies; a snapshot of
/// the bound locals in functions.
pub fn frame_locals(frame: &Frame) -> PyResult {
    if let Some(l) = &frame.locals {
        return Ok(l.clone());
    }
    fast_locals(&frame.code, frame.slots())
}

/// The bound locals of a function frame of `code` with `slots`, as a dict.
pub fn fast_locals(code: &crate::code::Code, slots: &[Option<PyRef>]) -> PyResult {
    let d = dict::new_dict();
    let co = &code.source;
    for (i, name) in code.varnames.iter().enumerate() {
        if co.cellvars.iter().any(|c| c == &co.varnames[i]) {
            continue;
        }
        if let Some(v) = &slots[i] {
            dict::set(&d, name.clone(), v.clone())?;
        }
    }
    let first = code.first_cell_slot();
    for (i, name) in co.cellvars.iter().chain(co.freevars.iter()).enumerate() {
        if let Some(v) = slots[first + i].as_ref().and_then(cell_get) {
            dict::set(&d, pystr::intern(name), v)?;
        }
    }
    Ok(d)
}

fn locals_call(frame: &mut Frame, items: &[PyRef], _kw: &[PyRef]) -> PyResult {
    if !items.is_empty() {
        return Err(PyErr::type_error(format!(
            "locals() takes no arguments ({} given)",
            items.len()
        )));
    }
    frame_locals(frame)
}

fn globals_call(frame: &mut Frame, items: &[PyRef], _kw: &[PyRef]) -> PyResult {
    if !items.is_empty() {
        return Err(PyErr::type_error(format!(
            "globals() takes no arguments ({} given)",
            items.len()
        )));
    }
    Ok(frame.globals.clone())
}

fn vars_call(frame: &mut Frame, items: &[PyRef], _kw: &[PyRef]) -> PyResult {
    match items {
        [] => frame_locals(frame),
        [obj] => ops::getattr_str(obj, "__dict__").map_err(|e| {
            if e.matches(&exc::ATTRIBUTE_ERROR) {
                PyErr::type_error("vars() argument must have __dict__ attribute")
            } else {
                e
            }
        }),
        _ => Err(PyErr::type_error(format!(
            "vars expected at most 1 argument, got {}",
            items.len()
        ))),
    }
}

fn dir_call(frame: &mut Frame, items: &[PyRef], _kw: &[PyRef]) -> PyResult {
    let names = match items {
        [] => dict::keys(&frame_locals(frame)?),
        [obj] => ops::to_vec(&ops::call_method(obj, "__dir__", &[])?)?,
        _ => {
            return Err(PyErr::type_error(format!(
                "dir expected at most 1 argument, got {}",
                items.len()
            )));
        }
    };
    let l = list::new_list(names);
    ops::call_method(&l, "sort", &[])?;
    Ok(l)
}

/// The globals and locals of `exec`/`eval`: the caller's by default.
fn namespaces(
    frame: &Frame,
    globals: Option<&PyRef>,
    locals: Option<&PyRef>,
    fname: &str,
) -> PyResult<(PyRef, PyRef)> {
    let globals = globals.filter(|g| !runtime::types::is_none(g));
    let locals = locals.filter(|l| !runtime::types::is_none(l));
    match globals {
        Some(g) => {
            if !g.type_of().is_subtype(&dict::DICT) {
                return Err(PyErr::type_error(format!(
                    "{fname}() globals must be a dict, not {}",
                    g.type_of().name()
                )));
            }
            Ok((g.clone(), locals.cloned().unwrap_or_else(|| g.clone())))
        }
        None => Ok((
            frame.globals.clone(),
            match locals {
                Some(l) => l.clone(),
                None => frame_locals(frame)?,
            },
        )),
    }
}

fn source_arg(
    src: &PyRef,
    fname: &str,
) -> PyResult<Result<Vec<u8>, std::sync::Arc<crate::code::Code>>> {
    if let Some(c) = src.payload::<crate::code::CodeRef>() {
        return Ok(Err(c.0.clone()));
    }
    if let Some(s) = pystr::as_str(src) {
        return Ok(Ok(s.to_utf8_lossy().into_bytes()));
    }
    if let Some(b) = runtime::types::bytes::bytes_like(src) {
        return Ok(Ok(b.to_vec()));
    }
    Err(PyErr::type_error(format!(
        "{fname}() arg 1 must be a string, bytes or code object"
    )))
}

fn exec_call(frame: &mut Frame, items: &[PyRef], kw: &[PyRef]) -> PyResult {
    let args = Args::with_kwnames(items, kw);
    let [src, globals, locals] = args.bind("exec", ["source", "globals", "locals"], 1)?;
    let (g, l) = namespaces(frame, globals, locals, "exec")?;
    match source_arg(src.expect("required"), "exec")? {
        Ok(bytes) => crate::interp::exec_source(&bytes, "<string>", &g, &l)?,
        Err(code) => crate::interp::run_code(&code, &g, &l)?,
    };
    Ok(none())
}

fn eval_call(frame: &mut Frame, items: &[PyRef], kw: &[PyRef]) -> PyResult {
    let args = Args::with_kwnames(items, kw);
    let [src, globals, locals] = args.bind("eval", ["source", "globals", "locals"], 1)?;
    let (g, l) = namespaces(frame, globals, locals, "eval")?;
    let code = match source_arg(src.expect("required"), "eval")? {
        Ok(bytes) => {
            // eval() ignores leading spaces and tabs (CPython's builtin_eval).
            let start = bytes
                .iter()
                .position(|b| *b != b' ' && *b != b'\t')
                .unwrap_or(bytes.len());
            crate::interp::compile_in(&bytes[start..], "<string>", Mode::Eval)?
        }
        Err(code) => code,
    };
    crate::interp::run_code(&code, &g, &l)
}

/// `compile(source, filename, mode, flags=0, dont_inherit=False,
/// optimize=-1)`: a code object for `exec` or `eval`. Flags and
/// optimization levels are accepted and have no effect.
fn compile(args: &Args) -> PyResult {
    let [src, filename, mode, _flags, _dont_inherit, _optimize] = args.bind(
        "compile",
        [
            "source",
            "filename",
            "mode",
            "flags",
            "dont_inherit",
            "optimize",
        ],
        3,
    )?;
    let (src, filename, mode) = (
        src.expect("required"),
        filename.expect("required"),
        mode.expect("required"),
    );
    let mode = match pystr::to_string(mode).as_deref() {
        Some("exec") => Mode::Exec,
        Some("eval") => Mode::Eval,
        Some("single") => Mode::Single,
        Some(_) => {
            return Err(PyErr::value_error(
                "compile() mode must be 'exec', 'eval' or 'single'",
            ));
        }
        None => {
            return Err(PyErr::type_error(format!(
                "compile() argument 'mode' must be str, not {}",
                mode.type_of().name()
            )));
        }
    };
    let filename = pystr::to_string(filename).ok_or_else(|| {
        PyErr::type_error(format!(
            "compile() argument 'filename' must be str, not {}",
            filename.type_of().name()
        ))
    })?;
    match source_arg(src, "compile")? {
        Ok(bytes) => Ok(crate::interp::compile_in(&bytes, &filename, mode)?.object()),
        Err(_) => Ok(src.clone()),
    }
}

pub(crate) fn register() {
    SUPER.add_static("__new__", super_new);
    SUPER.add_method("__getattribute__", super_getattribute);
    SUPER.add_method("__repr__", super_repr);
    SUPER.add_getset(
        "__thisclass__",
        |s| Ok(s.payload::<Super>().expect("super").this_class.object()),
        None,
    );
    SUPER.add_getset(
        "__self__",
        |s| {
            Ok(s.payload::<Super>()
                .expect("super")
                .obj
                .clone()
                .unwrap_or_else(none))
        },
        None,
    );
}

/// The frame-aware builtins, for the builtins module.
pub fn builtins() -> Vec<(&'static str, PyRef)> {
    vec![
        ("locals", new("locals", locals_call)),
        ("globals", new("globals", globals_call)),
        ("vars", new("vars", vars_call)),
        ("dir", new("dir", dir_call)),
        ("exec", new("exec", exec_call)),
        ("eval", new("eval", eval_call)),
        (
            "compile",
            runtime::types::native::new_function("compile", compile, Some("builtins")),
        ),
        ("super", SUPER_CALLABLE.clone()),
    ]
}

/// `super` is a type, but zero-argument `super()` needs the frame: the
/// builtin name is a frame function whose `__new__`-like behaviour builds
/// super objects; `isinstance(x, super)` is rare enough to go without.
static SUPER_CALLABLE: std::sync::LazyLock<PyRef> =
    std::sync::LazyLock::new(|| new("super", super_call));
