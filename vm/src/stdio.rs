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
    TEXT_STREAM.add_method("write", write);
    TEXT_STREAM.add_method("flush", flush);
    TEXT_STREAM.add_getset("encoding", |_| Ok(pystr::new_str("utf-8")), None);
}
