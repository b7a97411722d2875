//! The methods and attributes of the built-in exceptions: `BaseException`'s
//! (args, the chaining attributes, notes, text forms) and the per-class
//! constructors and attributes of CPython's Objects/exceptions.c.
//!
//! Per-class attributes (`StopIteration.value`, `OSError.errno`, ...) live
//! in the instance dict behind data descriptors that read `None` when unset;
//! CPython keeps them in C struct members.

use super::exceptions::{self as exc, *};
use super::native::{BUILTIN_FUNCTION, NativeFn, NativeFunction};
use super::{Args, Type, check_subtype_new, dict, from_bool, int, is_none, list, none, tuple};
use crate::err::{PyErr, PyResult};
use crate::object::PyRef;
use crate::ops;
use crate::types::str as pystr;

/// The text of a str object.
pub(super) fn text(obj: &PyRef) -> String {
    pystr::to_string(obj).unwrap_or_default()
}

pub(super) fn str_text(obj: &PyRef) -> PyResult<String> {
    Ok(text(&ops::str_(obj)?))
}

pub(super) fn repr_text(obj: &PyRef) -> PyResult<String> {
    Ok(text(&ops::repr(obj)?))
}

/// `repr(tuple(items))`, without depending on tuple's own `__repr__`.
fn tuple_text(items: &[PyRef]) -> PyResult<String> {
    let parts = items.iter().map(repr_text).collect::<PyResult<Vec<_>>>()?;
    Ok(match parts.len() {
        1 => format!("({},)", parts[0]),
        _ => format!("({})", parts.join(", ")),
    })
}

/// The exception `self` of a descriptor, or CPython's TypeError.
fn exc_self(obj: &PyRef) -> PyResult<&PyRef> {
    if is_exception(obj) {
        Ok(obj)
    } else {
        Err(PyErr::type_error(format!(
            "descriptor for 'BaseException' objects doesn't apply to a '{}' object",
            obj.type_of().name()
        )))
    }
}

/// The items of `exc.args`.
pub(super) fn args_vec(this: &PyRef) -> Vec<PyRef> {
    tuple::as_slice(&exc::args(this))
        .unwrap_or_default()
        .to_vec()
}

fn set_args(this: &PyRef, items: &[PyRef]) {
    let new = tuple::new_tuple(items.to_vec());
    let old = with_state(this, |s| std::mem::replace(&mut s.args, new));
    drop(old);
}

/// A per-class attribute: as stored in the instance dict, else as derived
/// from `args`, else `None`.
pub(super) fn member(obj: &PyRef, name: &str) -> PyRef {
    obj.instance_dict()
        .and_then(|d| dict::get_str(d, name))
        .or_else(|| derived(obj, name))
        .unwrap_or_else(none)
}

/// A per-class attribute never set: what the class's constructor makes of
/// `args`. Exceptions raised by native code (`PyErr::with_args`) are made
/// without running the constructor, yet `StopIteration(v).value` or
/// `OSError(errno, msg, name).filename` must read as if they had.
fn derived(obj: &PyRef, name: &str) -> Option<PyRef> {
    let a = args_vec(obj);
    let ty = obj.type_of();
    let is = |t: &'static Type| ty.is_subtype(t);
    let at = |names: &[&str], items: &[PyRef]| {
        names
            .iter()
            .position(|n| *n == name)
            .and_then(|i| items.get(i).cloned())
    };
    if is(&STOP_ITERATION) && name == "value" {
        a.first().cloned()
    } else if is(&SYSTEM_EXIT) && name == "code" {
        match a.as_slice() {
            [] => None,
            [one] => Some(one.clone()),
            _ => Some(exc::args(obj)),
        }
    } else if is(&IMPORT_ERROR) && name == "msg" {
        (a.len() == 1).then(|| a[0].clone())
    } else if is(&OS_ERROR) && (2..=5).contains(&a.len()) {
        at(
            &["errno", "strerror", "filename", "winerror", "filename2"],
            &a,
        )
    } else if is(&SYNTAX_ERROR) {
        match (name, a.as_slice()) {
            ("msg", [msg, ..]) => Some(msg.clone()),
            (_, [_, info]) => at(&SYNTAX_INFO, &ops::to_vec(info).ok()?),
            _ => None,
        }
    } else if is(&UNICODE_ERROR) {
        let names: &[&str] = if is(&UNICODE_TRANSLATE_ERROR) {
            &["object", "start", "end", "reason"]
        } else {
            &["encoding", "object", "start", "end", "reason"]
        };
        (a.len() == names.len()).then(|| at(names, &a)).flatten()
    } else {
        None
    }
}

pub(super) fn set_member(obj: &PyRef, name: &str, value: PyRef) -> PyResult<()> {
    let d = exc_self(obj)?
        .instance_dict()
        .ok_or_else(|| PyErr::attribute_error(format!("cannot set '{name}' on this object")))?;
    dict::set_str(d, name, value);
    Ok(())
}

/// Registers dict-backed attributes (read `None` when unset, deleting
/// resets them to `None`).
macro_rules! members {
    ($ty:expr => $($name:literal),+ $(,)?) => {$(
        $ty.add_getset(
            $name,
            |o| Ok(member(o, $name)),
            Some(|o, v| {
                set_member(o, $name, v.cloned().unwrap_or_else(none))
            }),
        );
    )+};
}

pub(super) fn no_kwargs(this: &PyRef, args: &Args) -> PyResult<()> {
    if args.has_kwargs() {
        return Err(PyErr::type_error(format!(
            "{}() takes no keyword arguments",
            this.type_of().name()
        )));
    }
    Ok(())
}

/// Each exception type's `__new__` is bound to the type (CPython's
/// per-type wrappers), so `Exception.__new__(int)` names `Exception`.
fn add_new(ty: &'static Type, func: NativeFn) {
    let new = NativeFunction {
        name: "__new__",
        func,
        bound: Some(ty.object()),
        module: None,
    };
    ty.set_attr("__new__", PyRef::immortal(new, &BUILTIN_FUNCTION));
}

/// The types whose `__new__` is their base's in CPython (so
/// `KeyError.__new__` is `LookupError.__new__`).
fn inherits_new(ty: &'static Type) -> bool {
    const INHERITING: [&Type; 12] = [
        &SYSTEM_EXIT,
        &ATTRIBUTE_ERROR,
        &IMPORT_ERROR,
        &MODULE_NOT_FOUND_ERROR,
        &NAME_ERROR,
        &UNBOUND_LOCAL_ERROR,
        &STOP_ITERATION,
        &SYNTAX_ERROR,
        &INDENTATION_ERROR,
        &TAB_ERROR,
        &KEY_ERROR,
        &EXCEPTION_GROUP,
    ];
    INHERITING.iter().any(|t| std::ptr::eq(*t, ty))
        || (ty.is_subtype(&OS_ERROR) && !std::ptr::eq(ty, &OS_ERROR))
}

/// The arguments of a bound `__new__` (owner, cls, *args): `cls`, checked
/// against the owner, and the arguments from `cls` on.
pub(super) fn new_cls<'a>(args: &Args<'a>) -> PyResult<(&'static Type, Args<'a>)> {
    let owner = Type::from_object(&args.positional()[0]).expect("__new__ is bound to its type");
    let rest = args.skip_first();
    let Some(cls) = rest.positional().first() else {
        return Err(PyErr::type_error(format!(
            "{}.__new__(): not enough arguments",
            owner.name()
        )));
    };
    Ok((check_subtype_new(owner, cls)?, rest))
}

/// `BaseException.__new__(cls, *args)`: keyword arguments are left to
/// `__init__`.
fn base_new(args: &Args) -> PyResult {
    let (cls, args) = new_cls(args)?;
    Ok(new_exception(
        cls,
        tuple::new_tuple(args.positional()[1..].to_vec()),
    ))
}

fn base_init(args: &Args) -> PyResult {
    let this = &args.positional()[0];
    no_kwargs(this, args)?;
    set_args(this, &args.positional()[1..]);
    Ok(none())
}

fn base_repr(args: &Args) -> PyResult {
    let this = &args.exact("__repr__", 1, 1)?[0];
    let items = args_vec(this);
    let name = this.type_of().name();
    Ok(pystr::new_str(&match items.as_slice() {
        [one] => format!("{name}({})", repr_text(one)?),
        _ => format!("{name}{}", tuple_text(&items)?),
    }))
}

/// `str(exc)` as `BaseException.__str__` gives it.
fn base_str_of(this: &PyRef) -> PyResult {
    match args_vec(this).as_slice() {
        [] => Ok(pystr::empty()),
        [one] => ops::str_(one),
        items => Ok(pystr::new_str(&tuple_text(items)?)),
    }
}

fn base_str(args: &Args) -> PyResult {
    base_str_of(&args.exact("__str__", 1, 1)?[0])
}

fn get_args(this: &PyRef) -> PyResult {
    Ok(exc::args(exc_self(this)?))
}

fn put_args(this: &PyRef, value: Option<&PyRef>) -> PyResult<()> {
    let value = value.ok_or_else(|| PyErr::type_error("args may not be deleted"))?;
    let items = ops::to_vec(value)?;
    set_args(exc_self(this)?, &items);
    Ok(())
}

fn get_traceback(this: &PyRef) -> PyResult {
    Ok(with_state(exc_self(this)?, |s| s.traceback.clone()).unwrap_or_else(none))
}

/// Traceback objects are made by the interpreter; they are recognised by
/// their type's name so this layer needs no dependency on it.
fn is_traceback(obj: &PyRef) -> bool {
    obj.type_of().name() == "traceback"
}

fn put_traceback(this: &PyRef, value: Option<&PyRef>) -> PyResult<()> {
    let value = value.ok_or_else(|| PyErr::type_error("__traceback__ may not be deleted"))?;
    let tb = if is_none(value) {
        None
    } else if is_traceback(value) {
        Some(value.clone())
    } else {
        return Err(PyErr::type_error(
            "__traceback__ must be a traceback or None",
        ));
    };
    let old = with_state(exc_self(this)?, |s| std::mem::replace(&mut s.traceback, tb));
    drop(old);
    Ok(())
}

/// A `__cause__` / `__context__` value: `None` or an exception.
fn chain_value(value: Option<&PyRef>, attr: &str, what: &str) -> PyResult<Option<PyRef>> {
    let value = value.ok_or_else(|| PyErr::type_error(format!("{attr} may not be deleted")))?;
    if is_none(value) {
        Ok(None)
    } else if is_exception(value) {
        Ok(Some(value.clone()))
    } else {
        Err(PyErr::type_error(format!(
            "exception {what} must be None or derive from BaseException"
        )))
    }
}

fn get_cause(this: &PyRef) -> PyResult {
    Ok(with_state(exc_self(this)?, |s| s.cause.clone()).unwrap_or_else(none))
}

fn put_cause(this: &PyRef, value: Option<&PyRef>) -> PyResult<()> {
    let cause = chain_value(value, "__cause__", "cause")?;
    let old = with_state(exc_self(this)?, |s| {
        s.suppress_context = true;
        std::mem::replace(&mut s.cause, cause)
    });
    drop(old);
    Ok(())
}

fn get_context(this: &PyRef) -> PyResult {
    Ok(with_state(exc_self(this)?, |s| s.context.clone()).unwrap_or_else(none))
}

fn put_context(this: &PyRef, value: Option<&PyRef>) -> PyResult<()> {
    let context = chain_value(value, "__context__", "context")?;
    let old = with_state(exc_self(this)?, |s| {
        std::mem::replace(&mut s.context, context)
    });
    drop(old);
    Ok(())
}

fn get_suppress(this: &PyRef) -> PyResult {
    Ok(from_bool(with_state(exc_self(this)?, |s| {
        s.suppress_context
    })))
}

fn put_suppress(this: &PyRef, value: Option<&PyRef>) -> PyResult<()> {
    let value = value.ok_or_else(|| PyErr::type_error("can't delete numeric/char attribute"))?;
    if !std::ptr::eq(value.type_of(), &super::BOOL) {
        return Err(PyErr::type_error("attribute value type must be bool"));
    }
    let on = super::singletons::is_true(value);
    with_state(exc_self(this)?, |s| s.suppress_context = on);
    Ok(())
}

fn with_traceback(args: &Args) -> PyResult {
    let this = &args.positional()[0];
    let tb = &args
        .skip_first()
        .exact("BaseException.with_traceback", 1, 1)?[0];
    put_traceback(this, Some(tb))?;
    Ok(this.clone())
}

fn add_note(args: &Args) -> PyResult {
    let this = &args.positional()[0];
    let note = &args.skip_first().exact("BaseException.add_note", 1, 1)?[0];
    if pystr::as_str(note).is_none() {
        return Err(PyErr::type_error(format!(
            "add_note() argument must be str, not {}",
            note.type_of().name()
        )));
    }
    let d = this.instance_dict().expect("exceptions have a dict");
    match dict::get_str(d, "__notes__") {
        None => dict::set_str(d, "__notes__", list::new_list(vec![note.clone()])),
        Some(notes) if list::is_list(&notes) => list::append(&notes, note.clone()),
        Some(_) => {
            return Err(PyErr::type_error(
                "Cannot add note: __notes__ is not a list",
            ));
        }
    }
    Ok(none())
}

/// `KeyError.__str__`: the repr of a lone key, so `KeyError('')` is visible.
fn key_error_str(args: &Args) -> PyResult {
    let this = &args.exact("__str__", 1, 1)?[0];
    match args_vec(this).as_slice() {
        [key] => ops::repr(key),
        _ => base_str_of(this),
    }
}

/// `__init__` of StopIteration: `value` is the first argument.
fn stop_iteration_init(args: &Args) -> PyResult {
    base_init(args)?;
    let this = &args.positional()[0];
    let value = args.positional().get(1).cloned().unwrap_or_else(none);
    set_member(this, "value", value)?;
    Ok(none())
}

/// `__init__` of SystemExit: `code` is the lone argument or all of them.
fn system_exit_init(args: &Args) -> PyResult {
    base_init(args)?;
    let this = &args.positional()[0];
    let code = match &args.positional()[1..] {
        [] => none(),
        [one] => one.clone(),
        _ => exc::args(this),
    };
    set_member(this, "code", code)?;
    Ok(none())
}

/// Sets args from the positional arguments and the keyword-only `names`
/// (the message names `fname` for any other keyword).
fn init_with_keywords(args: &Args, fname: &str, names: &[&'static str]) -> PyResult<()> {
    let this = &args.positional()[0];
    for (k, v) in args.kwargs() {
        let key = text(k);
        if !names.contains(&key.as_str()) {
            return Err(PyErr::type_error(format!(
                "{fname}() got an unexpected keyword argument '{key}'"
            )));
        }
        set_member(this, &key, v.clone())?;
    }
    set_args(this, &args.positional()[1..]);
    Ok(())
}

fn import_error_init(args: &Args) -> PyResult {
    init_with_keywords(args, "ImportError", &["name", "path", "name_from"])?;
    let msg = match &args.positional()[1..] {
        [one] => one.clone(),
        _ => none(),
    };
    set_member(&args.positional()[0], "msg", msg)?;
    Ok(none())
}

fn import_error_str(args: &Args) -> PyResult {
    let this = &args.exact("__str__", 1, 1)?[0];
    let msg = member(this, "msg");
    if pystr::is_exact(&msg) {
        return Ok(msg);
    }
    base_str_of(this)
}

fn name_error_init(args: &Args) -> PyResult {
    init_with_keywords(args, "NameError", &["name"])?;
    Ok(none())
}

fn attribute_error_init(args: &Args) -> PyResult {
    init_with_keywords(args, "AttributeError", &["name", "obj"])?;
    Ok(none())
}

/// The subclass `OSError(errno, ...)` makes for an errno (Linux numbers,
/// PEP 3151).
fn os_error_subclass(errno: i64) -> Option<&'static Type> {
    Some(match errno {
        11 | 114 | 115 => &BLOCKING_IO_ERROR,
        10 => &CHILD_PROCESS_ERROR,
        32 | 108 => &BROKEN_PIPE_ERROR,
        103 => &CONNECTION_ABORTED_ERROR,
        111 => &CONNECTION_REFUSED_ERROR,
        104 => &CONNECTION_RESET_ERROR,
        17 => &FILE_EXISTS_ERROR,
        2 => &FILE_NOT_FOUND_ERROR,
        21 => &IS_A_DIRECTORY_ERROR,
        20 => &NOT_A_DIRECTORY_ERROR,
        4 => &INTERRUPTED_ERROR,
        1 | 13 => &PERMISSION_ERROR,
        3 => &PROCESS_LOOKUP_ERROR,
        110 => &TIMEOUT_ERROR,
        _ => return None,
    })
}

/// Whether a class overrides `__init__` but not `__new__`, so OSError's
/// arguments are parsed by `OSError.__init__` (as CPython's
/// `oserror_use_init`).
fn os_error_uses_init(cls: &'static Type) -> bool {
    let own = |t: &'static Type, name| match (t.lookup(name), OS_ERROR.lookup(name)) {
        (Some(a), Some(b)) => PyRef::ptr_eq(&a, &b),
        _ => false,
    };
    !own(cls, "__init__") && own(cls, "__new__")
}

/// Sets OSError's attributes from `(errno, strerror[, filename[, winerror[,
/// filename2]]])`; with a filename, `args` keeps only the first two.
fn os_error_parse(this: &PyRef, items: &[PyRef]) -> PyResult<()> {
    for name in ["errno", "strerror", "filename", "filename2"] {
        set_member(this, name, none())?;
    }
    let mut kept = items;
    if (2..=5).contains(&items.len()) {
        set_member(this, "errno", items[0].clone())?;
        set_member(this, "strerror", items[1].clone())?;
        if let Some(f) = items.get(2).filter(|f| !is_none(f)) {
            if std::ptr::eq(this.type_of(), &BLOCKING_IO_ERROR) && int::as_int(f).is_some() {
                set_member(this, "characters_written", f.clone())?;
            } else {
                set_member(this, "filename", f.clone())?;
                if let Some(f2) = items.get(4) {
                    set_member(this, "filename2", f2.clone())?;
                }
                kept = &items[..2];
            }
        }
    }
    set_args(this, kept);
    Ok(())
}

fn os_error_new(args: &Args) -> PyResult {
    let (mut cls, args) = new_cls(args)?;
    let items = &args.positional()[1..];
    if std::ptr::eq(cls, &OS_ERROR)
        && (2..=5).contains(&items.len())
        && let Some(sub) = int::as_i64(&items[0]).and_then(os_error_subclass)
    {
        cls = sub;
    }
    let this = new_exception(cls, tuple::new_tuple(items.to_vec()));
    if !os_error_uses_init(cls) {
        no_kwargs(&this, &args)?;
        os_error_parse(&this, items)?;
    }
    Ok(this)
}

fn os_error_init(args: &Args) -> PyResult {
    let this = &args.positional()[0];
    if os_error_uses_init(this.type_of()) {
        no_kwargs(this, args)?;
        os_error_parse(this, &args.positional()[1..])?;
    }
    Ok(none())
}

/// `BlockingIOError.characters_written`: an AttributeError until set.
fn get_written(this: &PyRef) -> PyResult {
    this.instance_dict()
        .and_then(|d| dict::get_str(d, "characters_written"))
        .ok_or_else(|| PyErr::attribute_error("characters_written"))
}

fn put_written(this: &PyRef, value: Option<&PyRef>) -> PyResult<()> {
    let d = exc_self(this)?
        .instance_dict()
        .expect("exceptions have a dict");
    match value {
        Some(v) => {
            int::index(v)?;
            dict::set_str(d, "characters_written", v.clone());
        }
        None => {
            dict::remove(d, &pystr::new_str("characters_written"))?
                .ok_or_else(|| PyErr::attribute_error("characters_written"))?;
        }
    }
    Ok(())
}

fn os_error_str(args: &Args) -> PyResult {
    let this = &args.exact("__str__", 1, 1)?[0];
    let [errno, strerror, filename, filename2] =
        ["errno", "strerror", "filename", "filename2"].map(|n| member(this, n));
    let head = || -> PyResult<String> {
        Ok(format!(
            "[Errno {}] {}",
            str_text(&errno)?,
            str_text(&strerror)?
        ))
    };
    let s = if !is_none(&filename) {
        let mut s = format!("{}: {}", head()?, repr_text(&filename)?);
        if !is_none(&filename2) {
            s = format!("{s} -> {}", repr_text(&filename2)?);
        }
        s
    } else if !is_none(&errno) && !is_none(&strerror) {
        head()?
    } else {
        return base_str_of(this);
    };
    Ok(pystr::new_str(&s))
}

const SYNTAX_INFO: [&str; 6] = [
    "filename",
    "lineno",
    "offset",
    "text",
    "end_lineno",
    "end_offset",
];

/// `SyntaxError(msg, (filename, lineno, offset, text[, end_lineno[,
/// end_offset]]))`.
fn syntax_error_init(args: &Args) -> PyResult {
    base_init(args)?;
    let this = &args.positional()[0];
    let items = &args.positional()[1..];
    if let Some(msg) = items.first() {
        set_member(this, "msg", msg.clone())?;
    }
    if let [_, info] = items {
        let info = ops::to_vec(info)?;
        if info.len() < 4 || info.len() > 7 {
            let (bound, n) = if info.len() < 4 {
                ("least", 4)
            } else {
                ("most", 7)
            };
            return Err(PyErr::type_error(format!(
                "function takes at {bound} {n} arguments ({} given)",
                info.len()
            )));
        }
        for (name, value) in SYNTAX_INFO.iter().zip(info) {
            set_member(this, name, value)?;
        }
    }
    Ok(none())
}

fn syntax_error_str(args: &Args) -> PyResult {
    let this = &args.exact("__str__", 1, 1)?[0];
    let msg = member(this, "msg");
    let msg = if is_none(&msg) {
        "None".into()
    } else {
        str_text(&msg)?
    };
    let filename = member(this, "filename");
    let file =
        pystr::to_string(&filename).map(|f| f.rsplit('/').next().unwrap_or_default().to_string());
    let lineno = member(this, "lineno");
    let line = int::is_exact(&lineno)
        .then(|| str_text(&lineno))
        .transpose()?;
    Ok(pystr::new_str(&match (file, line) {
        (Some(f), Some(l)) => format!("{msg} ({f}, line {l})"),
        (Some(f), None) => format!("{msg} ({f})"),
        (None, Some(l)) => format!("{msg} (line {l})"),
        (None, None) => msg,
    }))
}

/// Which of the three Unicode errors: their arguments differ in the
/// encoding and the object's type.
#[derive(Clone, Copy, PartialEq)]
enum UnicodeKind {
    Encode,
    Decode,
    Translate,
}

fn str_param(obj: &PyRef, pos: usize) -> PyResult<()> {
    if pystr::as_str(obj).is_none() {
        return Err(PyErr::type_error(format!(
            "argument {pos} must be str, not {}",
            obj.type_of().name()
        )));
    }
    Ok(())
}

fn unicode_init(args: &Args, kind: UnicodeKind) -> PyResult {
    let this = &args.positional()[0];
    no_kwargs(this, args)?;
    let items = &args.positional()[1..];
    let want = if kind == UnicodeKind::Translate { 4 } else { 5 };
    if items.len() != want {
        return Err(PyErr::type_error(format!(
            "function takes exactly {want} arguments ({} given)",
            items.len()
        )));
    }
    let (encoding, rest) = match kind {
        UnicodeKind::Translate => (None, items),
        _ => (Some(&items[0]), &items[1..]),
    };
    let offset = items.len() - rest.len();
    if let Some(e) = encoding {
        str_param(e, 1)?;
    }
    let object = &rest[0];
    if kind == UnicodeKind::Decode {
        if pystr::as_str(object).is_some() || int::as_int(object).is_some() {
            return Err(PyErr::type_error(format!(
                "a bytes-like object is required, not '{}'",
                object.type_of().name()
            )));
        }
    } else {
        str_param(object, offset + 1)?;
    }
    let start = int::from_int(int::index(&rest[1])?);
    let end = int::from_int(int::index(&rest[2])?);
    str_param(&rest[3], offset + 4)?;
    set_args(this, items);
    if let Some(e) = encoding {
        set_member(this, "encoding", e.clone())?;
    }
    set_member(this, "object", object.clone())?;
    set_member(this, "start", start)?;
    set_member(this, "end", end)?;
    set_member(this, "reason", rest[3].clone())?;
    Ok(none())
}

fn unicode_encode_init(args: &Args) -> PyResult {
    unicode_init(args, UnicodeKind::Encode)
}

fn unicode_decode_init(args: &Args) -> PyResult {
    unicode_init(args, UnicodeKind::Decode)
}

fn unicode_translate_init(args: &Args) -> PyResult {
    unicode_init(args, UnicodeKind::Translate)
}

/// A character in CPython's escaped form: `\xe9`, `\u1234`, `\U00012345`.
fn escaped_char(c: u32) -> String {
    match c {
        0..=0xff => format!("\\x{c:02x}"),
        0x100..=0xffff => format!("\\u{c:04x}"),
        _ => format!("\\U{c:08x}"),
    }
}

fn unicode_str(args: &Args, kind: UnicodeKind) -> PyResult {
    let this = &args.exact("__str__", 1, 1)?[0];
    let object = member(this, "object");
    let (Some(start), Some(end)) = (
        int::as_i64(&member(this, "start")),
        int::as_i64(&member(this, "end")),
    ) else {
        return base_str_of(this);
    };
    let reason = str_text(&member(this, "reason"))?;
    let prefix = match kind {
        UnicodeKind::Translate => String::new(),
        _ => format!("'{}' codec ", str_text(&member(this, "encoding"))?),
    };
    let verb = match kind {
        UnicodeKind::Encode => "encode",
        UnicodeKind::Decode => "decode",
        UnicodeKind::Translate => "translate",
    };
    let len = match pystr::as_str(&object) {
        Some(text) => text.len(),
        None => ops::len(&object)?,
    };
    let len = i64::try_from(len).unwrap_or(i64::MAX);
    if (0..len).contains(&start) && end == start + 1 {
        let what = if kind == UnicodeKind::Decode {
            let byte = ops::getitem(&object, &int::from_i64(start))?;
            format!("byte 0x{:02x}", int::as_i64(&byte).unwrap_or(0))
        } else {
            let c = pystr::as_str(&object)
                .and_then(|s| s.get(start as usize))
                .unwrap_or(0);
            format!("character '{}'", escaped_char(c))
        };
        return Ok(pystr::new_str(&format!(
            "{prefix}can't {verb} {what} in position {start}: {reason}"
        )));
    }
    let what = if kind == UnicodeKind::Decode {
        "bytes"
    } else {
        "characters"
    };
    Ok(pystr::new_str(&format!(
        "{prefix}can't {verb} {what} in position {start}-{}: {reason}",
        end - 1
    )))
}

fn unicode_encode_str(args: &Args) -> PyResult {
    unicode_str(args, UnicodeKind::Encode)
}

fn unicode_decode_str(args: &Args) -> PyResult {
    unicode_str(args, UnicodeKind::Decode)
}

fn unicode_translate_str(args: &Args) -> PyResult {
    unicode_str(args, UnicodeKind::Translate)
}

pub(super) fn register() {
    super::exception_group_methods::set_up_mro();

    let b = &BASE_EXCEPTION;
    for &ty in ALL.iter().filter(|&&t| !inherits_new(t)) {
        let new: NativeFn = if ty.is_subtype(&BASE_EXCEPTION_GROUP) {
            super::exception_group_methods::group_new
        } else if ty.is_subtype(&OS_ERROR) {
            os_error_new
        } else {
            base_new
        };
        add_new(ty, new);
    }
    b.add_method("__init__", base_init);
    b.add_method("__repr__", base_repr);
    b.add_method("__str__", base_str);
    b.add_method("with_traceback", with_traceback);
    b.add_method("add_note", add_note);
    b.add_getset("args", get_args, Some(put_args));
    b.add_getset("__traceback__", get_traceback, Some(put_traceback));
    b.add_getset("__cause__", get_cause, Some(put_cause));
    b.add_getset("__context__", get_context, Some(put_context));
    b.add_getset("__suppress_context__", get_suppress, Some(put_suppress));
    let (get_dict, set_dict) = super::instance_dict_getset();
    b.add_getset("__dict__", get_dict, Some(set_dict));

    KEY_ERROR.add_method("__str__", key_error_str);

    STOP_ITERATION.add_method("__init__", stop_iteration_init);
    members!(STOP_ITERATION => "value");
    SYSTEM_EXIT.add_method("__init__", system_exit_init);
    members!(SYSTEM_EXIT => "code");

    IMPORT_ERROR.add_method("__init__", import_error_init);
    IMPORT_ERROR.add_method("__str__", import_error_str);
    members!(IMPORT_ERROR => "msg", "name", "path", "name_from");
    NAME_ERROR.add_method("__init__", name_error_init);
    members!(NAME_ERROR => "name");
    ATTRIBUTE_ERROR.add_method("__init__", attribute_error_init);
    members!(ATTRIBUTE_ERROR => "name", "obj");

    OS_ERROR.add_method("__init__", os_error_init);
    OS_ERROR.add_method("__str__", os_error_str);
    members!(OS_ERROR => "errno", "strerror", "filename", "filename2");
    BLOCKING_IO_ERROR.add_getset("characters_written", get_written, Some(put_written));

    SYNTAX_ERROR.add_method("__init__", syntax_error_init);
    SYNTAX_ERROR.add_method("__str__", syntax_error_str);
    members!(SYNTAX_ERROR => "msg", "filename", "lineno", "offset", "text",
        "end_lineno", "end_offset", "print_file_and_line");

    UNICODE_ENCODE_ERROR.add_method("__init__", unicode_encode_init);
    UNICODE_ENCODE_ERROR.add_method("__str__", unicode_encode_str);
    UNICODE_DECODE_ERROR.add_method("__init__", unicode_decode_init);
    UNICODE_DECODE_ERROR.add_method("__str__", unicode_decode_str);
    UNICODE_TRANSLATE_ERROR.add_method("__init__", unicode_translate_init);
    UNICODE_TRANSLATE_ERROR.add_method("__str__", unicode_translate_str);
    members!(UNICODE_ERROR => "encoding", "object", "start", "end", "reason");

    super::exception_group_methods::register();
}
