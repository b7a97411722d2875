//! `sys.stdout` and `sys.stderr`: text streams with `write` and `flush`
//! (the `io` module's full classes come with the standard library).

use runtime::types::{Args, OBJECT, Slots, Type, int, none, str as pystr};
use runtime::{PyErr, PyRef, PyResult};
use std::io::Write;

/// Which standard stream a stream object writes to.
pub struct Stream {
    err: bool,
}

pub static TEXT_STREAM: Type =
    Type::builtin::<Stream>("TextIOWrapper", Some(&OBJECT), 0, Slots::NONE);

/// The payload of `sys.stdin`.
pub struct InStream;

pub static TEXT_INPUT: Type =
    Type::builtin::<InStream>("TextIOWrapper", Some(&OBJECT), 0, Slots::NONE);

pub fn stdin_object() -> PyRef {
    PyRef::new(InStream, &TEXT_INPUT)
}

fn decoded(bytes: &[u8]) -> PyResult {
    Ok(pystr::from_pystr(runtime::text::decode(
        bytes, "utf-8", "strict",
    )?))
}

/// `stdin.readline()`: the next line with its newline, `''` at the end.
fn readline(args: &Args) -> PyResult {
    args.exact("readline", 1, 2)?;
    decoded(&crate::builtins::io::read_stdin_line()?)
}

/// `stdin.read(size=-1)`: `size` characters, or everything left.
fn read(args: &Args) -> PyResult {
    let a = args.exact("read", 1, 2)?;
    let size = match a.get(1) {
        Some(n) if !runtime::types::is_none(n) => usize::try_from(int::index_isize(n)?).ok(),
        _ => None,
    };
    decoded(&crate::builtins::io::read_stdin(size)?)
}

pub fn stdout_object() -> PyRef {
    PyRef::new(Stream { err: false }, &TEXT_STREAM)
}

pub fn stderr_object() -> PyRef {
    PyRef::new(Stream { err: true }, &TEXT_STREAM)
}

fn stream(obj: &PyRef) -> &Stream {
    obj.payload::<Stream>().expect("a stream")
}

fn write(args: &Args) -> PyResult {
    let a = args.exact("write", 2, 2)?;
    let text = pystr::as_str(&a[1]).ok_or_else(|| {
        PyErr::type_error(format!(
            "write() argument must be str, not {}",
            a[1].type_of().name()
        ))
    })?;
    let bytes: Vec<u8> = text.encode("utf-8", "strict")?;
    if stream(&a[0]).err {
        crate::builtins::io::flush_stdout()?;
        let _ = std::io::stderr().lock().write_all(&bytes);
    } else {
        crate::builtins::io::write_stdout(&String::from_utf8_lossy(&bytes))?;
    }
    Ok(int::from_i64(text.len() as i64))
}

fn flush(args: &Args) -> PyResult {
    let a = args.exact("flush", 1, 1)?;
    if stream(&a[0]).err {
        let _ = std::io::stderr().lock().flush();
    } else {
        crate::builtins::io::flush_stdout()?;
    }
    Ok(none())
}

pub(crate) fn register() {
    TEXT_INPUT.add_method("read", read);
    TEXT_INPUT.add_method("readline", readline);
    TEXT_INPUT.add_getset("encoding", |_| Ok(pystr::new_str("utf-8")), None);
    TEXT_STREAM.add_method("write", write);
    TEXT_STREAM.add_method("flush", flush);
    TEXT_STREAM.add_getset("encoding", |_| Ok(pystr::new_str("utf-8")), None);
}
