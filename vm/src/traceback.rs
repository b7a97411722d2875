//! Traceback objects (`tb_next`, `tb_lineno`, `tb_lasti`) and the printing
//! of an uncaught exception in CPython's format.

use crate::code::Code;
use crate::frame::Frame;
use crate::frame_object;
use runtime::types::exceptions as exc;
use runtime::types::{OBJECT, Slots, Type, int, none, str as pystr};
use runtime::{PyErr, PyRef, ops};
use std::sync::Arc;

/// The payload of a traceback entry: one frame an exception passed.
pub struct Traceback {
    pub next: Option<PyRef>,
    pub code: Arc<Code>,
    pub lasti: usize,
    /// `tb_frame`: a view of the frame when the exception passed it.
    pub frame: PyRef,
}

pub static TRACEBACK: Type = Type::builtin::<Traceback>("traceback", Some(&OBJECT), 0, Slots::NONE);

/// Prepends an entry for `frame` at its current instruction to the
/// exception's traceback.
pub fn add(e: &PyErr, frame: &Frame) {
    let view = frame_object::finished(frame);
    let inst = e.instance();
    exc::with_state(inst, |s| {
        let tb = PyRef::new(
            Traceback {
                next: s.traceback.take(),
                code: frame.code.clone(),
                lasti: frame.lasti,
                frame: view,
            },
            &TRACEBACK,
        );
        s.traceback = Some(tb);
    });
}

fn entry(tb: &PyRef) -> &Traceback {
    tb.payload::<Traceback>().expect("a traceback")
}

pub(crate) fn register() {
    TRACEBACK.add_getset(
        "tb_next",
        |tb| Ok(entry(tb).next.clone().unwrap_or_else(none)),
        None,
    );
    TRACEBACK.add_getset("tb_frame", |tb| Ok(entry(tb).frame.clone()), None);
    TRACEBACK.add_getset(
        "tb_lineno",
        |tb| {
            let e = entry(tb);
            Ok(int::from_i64(e.code.line_at(e.lasti) as i64))
        },
        None,
    );
    TRACEBACK.add_getset(
        "tb_lasti",
        |tb| Ok(int::from_i64(entry(tb).lasti as i64 * 2)),
        None,
    );
}

/// The text CPython prints for an uncaught exception, chained causes and
/// contexts included.
pub fn format_exception(e: &PyRef) -> String {
    let mut out = String::new();
    let mut seen = Vec::new();
    format_chain(e, &mut out, &mut seen);
    out
}

fn format_chain(e: &PyRef, out: &mut String, seen: &mut Vec<usize>) {
    seen.push(e.id());
    let (cause, context, suppress, tb) = exc::with_state(e, |s| {
        (
            s.cause.clone(),
            s.context.clone(),
            s.suppress_context,
            s.traceback.clone(),
        )
    });
    if let Some(c) = cause.filter(|c| !seen.contains(&c.id())) {
        format_chain(&c, out, seen);
        out.push_str("\nThe above exception was the direct cause of the following exception:\n\n");
    } else if let Some(c) = context.filter(|c| !suppress && !seen.contains(&c.id())) {
        format_chain(&c, out, seen);
        out.push_str("\nDuring handling of the above exception, another exception occurred:\n\n");
    }
    if let Some(tb) = tb {
        out.push_str("Traceback (most recent call last):\n");
        let mut cur = Some(tb);
        while let Some(t) = cur {
            let en = entry(&t);
            let line = en.code.line_at(en.lasti);
            out.push_str(&format!(
                "  File \"{}\", line {}, in {}\n",
                en.code.source.filename, line, en.code.source.name
            ));
            if let Some(text) = source_line(&en.code.source.filename, line) {
                out.push_str(&format!("    {}\n", text.trim()));
            }
            cur = en.next.clone();
        }
    }
    out.push_str(&exception_line(e));
    out.push('\n');
}

/// `TypeName: message` (or just the name when the message is empty).
pub fn exception_line(e: &PyRef) -> String {
    let ty = e.type_of();
    let module = ty.module_name();
    let name = if module == "builtins" || module == "__main__" {
        ty.qualname()
    } else {
        format!("{module}.{}", ty.qualname())
    };
    let msg = ops::str_(e)
        .ok()
        .and_then(|s| pystr::to_string(&s))
        .unwrap_or_else(|| "<exception str() failed>".into());
    if msg.is_empty() {
        name
    } else {
        format!("{name}: {msg}")
    }
}

fn source_line(filename: &str, line: u32) -> Option<String> {
    if line == 0 {
        return None;
    }
    let text = std::fs::read_to_string(filename).ok()?;
    text.lines().nth(line as usize - 1).map(str::to_string)
}
