//! `frame` objects: what Python code sees of a frame (`gen.gi_frame`,
//! `tb.tb_frame`). ferropy's frames live on the eval loop's stack without
//! an object identity, so a frame object is a view taken when asked for:
//! the code, the globals, the instruction reached and the locals then.

use crate::call_special::fast_locals;
use crate::code::{Code, CodeRef};
use crate::frame::Frame;
use runtime::PyRef;
use runtime::types::{OBJECT, Slots, Type, dict, int, none, str as pystr};
use std::sync::Arc;

/// Where `f_locals` comes from.
enum Locals {
    /// The namespace of a module or class body.
    Namespace(PyRef),
    /// The fast locals of a function when the view was taken; the dict is
    /// built when `f_locals` is read.
    Fast(Vec<Option<PyRef>>),
    /// A finished function frame, as after CPython's `frame.clear()`: its
    /// locals are not kept (tracebacks holding them would make reference
    /// cycles through every exception stored in a local).
    Cleared,
}

/// The payload of a `frame` object.
pub struct FrameObject {
    code: Arc<Code>,
    globals: PyRef,
    lasti: usize,
    locals: Locals,
}

pub static FRAME: Type = Type::builtin::<FrameObject>("frame", Some(&OBJECT), 0, Slots::NONE);

/// A view of `frame` as it is now, its locals included.
pub fn snapshot(frame: &Frame) -> PyRef {
    let locals = match &frame.locals {
        Some(ns) => Locals::Namespace(ns.clone()),
        None => Locals::Fast(frame.slots().to_vec()),
    };
    new_view(frame, locals)
}

/// A view of `frame` for a traceback: a function's locals are dropped.
pub fn finished(frame: &Frame) -> PyRef {
    let locals = match &frame.locals {
        Some(ns) => Locals::Namespace(ns.clone()),
        None => Locals::Cleared,
    };
    new_view(frame, locals)
}

fn new_view(frame: &Frame, locals: Locals) -> PyRef {
    PyRef::new(
        FrameObject {
            code: frame.code.arc(),
            globals: frame.globals.clone(),
            lasti: frame.lasti,
            locals,
        },
        &FRAME,
    )
}

fn view(f: &PyRef) -> &FrameObject {
    f.payload::<FrameObject>().expect("a frame")
}

fn line(v: &FrameObject) -> u32 {
    v.code.line_at(v.lasti)
}

pub(crate) fn register() {
    FRAME.add_getset(
        "f_code",
        |f| {
            Ok(PyRef::new(
                CodeRef(view(f).code.clone()),
                &crate::code::CODE,
            ))
        },
        None,
    );
    FRAME.add_getset(
        "f_lineno",
        |f| Ok(int::from_i64(line(view(f)) as i64)),
        None,
    );
    FRAME.add_getset(
        "f_lasti",
        |f| Ok(int::from_i64(view(f).lasti as i64 * 2)),
        None,
    );
    FRAME.add_getset("f_globals", |f| Ok(view(f).globals.clone()), None);
    FRAME.add_getset(
        "f_locals",
        |f| {
            let v = view(f);
            match &v.locals {
                Locals::Namespace(ns) => Ok(ns.clone()),
                Locals::Fast(slots) => fast_locals(&v.code, slots),
                Locals::Cleared => Ok(dict::new_dict()),
            }
        },
        None,
    );
    // The caller is not kept: the view does not hold the stack below it.
    FRAME.add_getset("f_back", |_| Ok(none()), None);
    FRAME.add_method("__repr__", |args| {
        let f = &args.exact("__repr__", 1, 1)?[0];
        let v = view(f);
        Ok(pystr::new_str(&format!(
            "<frame at {:#x}, file '{}', line {}, code {}>",
            f.id(),
            v.code.source.filename,
            line(v),
            v.code.source.name
        )))
    });
}
