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
                code: frame.code.arc(),
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
/// contexts included, exception groups drawn as CPython's boxed tree.
pub fn format_exception(e: &PyRef) -> String {
    let mut ctx = Context::default();
    format_chain(e, &mut ctx);
    ctx.out
}

/// How many sub-exceptions of a group are shown (CPython's default).
const MAX_GROUP_WIDTH: usize = 15;

/// The state of printing one exception tree (`traceback`'s
/// `_ExceptionPrintContext`).
#[derive(Default)]
struct Context {
    out: String,
    seen: Vec<usize>,
    /// How deep in exception groups the printing is.
    depth: usize,
    need_close: bool,
}

impl Context {
    fn indent(&self) -> String {
        " ".repeat(2 * self.depth)
    }

    /// Appends `text`'s lines with the group margin (`margin` is `|`, or
    /// `+` on a top-level group's first line).
    fn emit(&mut self, text: &str, margin: char) {
        let mut prefix = self.indent();
        if self.depth > 0 {
            prefix.push(margin);
            prefix.push(' ');
        }
        for line in text.lines() {
            self.out.push_str(&prefix);
            self.out.push_str(line);
            self.out.push('\n');
        }
    }
}

fn format_chain(e: &PyRef, ctx: &mut Context) {
    ctx.seen.push(e.id());
    let (cause, context, suppress) = exc::with_state(e, |s| {
        (s.cause.clone(), s.context.clone(), s.suppress_context)
    });
    if let Some(c) = cause.filter(|c| !ctx.seen.contains(&c.id())) {
        format_chain(&c, ctx);
        ctx.emit(
            "\nThe above exception was the direct cause of the following exception:\n\n",
            '|',
        );
    } else if let Some(c) = context.filter(|c| !suppress && !ctx.seen.contains(&c.id())) {
        format_chain(&c, ctx);
        ctx.emit(
            "\nDuring handling of the above exception, another exception occurred:\n\n",
            '|',
        );
    }
    if e.type_of().is_subtype(&exc::BASE_EXCEPTION_GROUP) {
        format_group(e, ctx);
    } else {
        if let Some(stack) = stack_text(e) {
            ctx.emit("Traceback (most recent call last):", '|');
            ctx.emit(&stack, '|');
        }
        ctx.emit(&exception_only(e), '|');
    }
}

/// An exception group: its own traceback and line, then each member in
/// a numbered box.
fn format_group(e: &PyRef, ctx: &mut Context) {
    let toplevel = ctx.depth == 0;
    if toplevel {
        ctx.depth += 1;
    }
    if let Some(stack) = stack_text(e) {
        let margin = if toplevel { '+' } else { '|' };
        ctx.emit("Exception Group Traceback (most recent call last):", margin);
        ctx.emit(&stack, '|');
    }
    ctx.emit(&exception_only(e), '|');
    let members = ops::getattr(e, &pystr::new_str("exceptions"))
        .ok()
        .and_then(|t| runtime::types::tuple::as_slice(&t).map(<[PyRef]>::to_vec))
        .unwrap_or_default();
    let shown = members.len().min(MAX_GROUP_WIDTH + 1);
    ctx.need_close = false;
    for (i, member) in members.iter().take(shown).enumerate() {
        let last = i + 1 == shown;
        if last {
            ctx.need_close = true;
        }
        let truncated = i >= MAX_GROUP_WIDTH;
        let title = if truncated {
            "...".to_string()
        } else {
            (i + 1).to_string()
        };
        let corner = if i == 0 { "+-" } else { "  " };
        ctx.out.push_str(&format!(
            "{}{corner}+---------------- {title} ----------------\n",
            ctx.indent()
        ));
        ctx.depth += 1;
        if truncated {
            let more = members.len() - MAX_GROUP_WIDTH;
            let plural = if more > 1 { "s" } else { "" };
            ctx.emit(&format!("and {more} more exception{plural}"), '|');
        } else {
            format_chain(member, ctx);
        }
        if last && ctx.need_close {
            ctx.out.push_str(&format!(
                "{}+------------------------------------\n",
                ctx.indent()
            ));
            ctx.need_close = false;
        }
        ctx.depth -= 1;
    }
    if toplevel {
        ctx.depth = 0;
    }
}

/// The `File ..., line ..., in ...` lines of `e`'s traceback, if it has one.
fn stack_text(e: &PyRef) -> Option<String> {
    let tb = exc::with_state(e, |s| s.traceback.clone())?;
    let mut out = String::new();
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
    Some(out)
}

/// The exception's line and its notes.
fn exception_only(e: &PyRef) -> String {
    let mut out = exception_line(e);
    let notes = e
        .instance_dict()
        .and_then(|d| runtime::types::dict::get_str(d, "__notes__"));
    if let Some(notes) = notes {
        for note in ops::to_vec(&notes).unwrap_or_default() {
            out.push('\n');
            match pystr::to_string(&note) {
                Some(text) => out.push_str(&text),
                None => out.push_str("<note str() failed>"),
            }
        }
    }
    out
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
