//! `print` and `input`, and the process's standard output until there is a
//! `sys` module: [`write_stdout`] writes whole texts under the stdout lock,
//! so lines printed by different threads never interleave.

use runtime::ops;
use runtime::text::{self, PyStr};
use runtime::types::native::NativeFn;
use runtime::types::{Args, exceptions, is_none, none, str as pystr};
use runtime::{PyErr, PyRef, PyResult};
use std::io::{BufRead, Write};

pub(super) const FUNCTIONS: &[(&str, NativeFn)] = &[("input", input), ("print", print)];

fn os_error(e: std::io::Error) -> PyErr {
    PyErr::new(&exceptions::OS_ERROR, e.to_string())
}

/// Writes `text` to standard output (line-buffered) in one piece.
/// One line of standard input with its newline; empty at end of input.
pub fn read_stdin_line() -> PyResult<Vec<u8>> {
    let mut line = Vec::new();
    std::io::stdin()
        .lock()
        .read_until(b'\n', &mut line)
        .map_err(os_error)?;
    Ok(line)
}

/// Up to `chars` characters of standard input (all of it for `None`), as
/// UTF-8 bytes: reading stops at a character boundary.
pub fn read_stdin(chars: Option<usize>) -> PyResult<Vec<u8>> {
    let mut out = Vec::new();
    let mut stdin = std::io::stdin().lock();
    let Some(limit) = chars else {
        std::io::Read::read_to_end(&mut stdin, &mut out).map_err(os_error)?;
        return Ok(out);
    };
    let mut count = 0;
    loop {
        let buf = stdin.fill_buf().map_err(os_error)?;
        let Some(&b) = buf.first() else {
            return Ok(out);
        };
        let starts_char = !(0x80..0xC0).contains(&b);
        if starts_char && count == limit {
            return Ok(out);
        }
        count += usize::from(starts_char);
        out.push(b);
        stdin.consume(1);
    }
}

pub fn write_stdout(text: &str) -> PyResult<()> {
    write_stdout_bytes(text.as_bytes())
}

fn write_stdout_bytes(bytes: &[u8]) -> PyResult<()> {
    std::io::stdout().lock().write_all(bytes).map_err(os_error)
}

/// A str as standard output encodes it: UTF-8, CPython's error for lone
/// surrogates.
fn encode(text: &PyStr) -> PyResult<Vec<u8>> {
    Ok(text.encode("utf-8", "strict")?)
}

/// `obj.name(*args)` for an ordinary (instance) attribute.
fn call_attr(obj: &PyRef, name: &str, args: &[PyRef]) -> PyResult {
    ops::call(&ops::getattr_str(obj, name)?, args)
}

/// Flushes standard output.
pub fn flush_stdout() -> PyResult<()> {
    std::io::stdout().lock().flush().map_err(os_error)
}

/// A `sep`/`end` argument: a str, or `None` for the default.
fn text_option<'a>(value: Option<&'a PyRef>, what: &str) -> PyResult<Option<&'a PyStr>> {
    match value.filter(|v| !is_none(v)) {
        None => Ok(None),
        Some(v) => pystr::as_str(v).map(Some).ok_or_else(|| {
            PyErr::type_error(format!(
                "{what} must be None or a string, not {}",
                v.type_of().name()
            ))
        }),
    }
}

/// `print(*objects, sep=' ', end='\n', file=None, flush=False)`.
fn print(args: &Args) -> PyResult {
    let (mut sep, mut end, mut file, mut flush) = (None, None, None, None);
    for (k, v) in args.kwargs() {
        let slot = match pystr::to_string(k).unwrap_or_default().as_str() {
            "sep" => &mut sep,
            "end" => &mut end,
            "file" => &mut file,
            "flush" => &mut flush,
            other => {
                return Err(PyErr::type_error(format!(
                    "print() got an unexpected keyword argument '{other}'"
                )));
            }
        };
        *slot = Some(v);
    }
    let sep = text_option(sep, "sep")?;
    let end = text_option(end, "end")?;
    let flush = match flush {
        Some(f) => ops::truthy(f)?,
        None => false,
    };
    let mut pieces = Vec::with_capacity(2 * args.positional().len() + 1);
    for (i, obj) in args.positional().iter().enumerate() {
        if i > 0 {
            pieces.push(sep.cloned().unwrap_or_else(|| PyStr::from(" ")));
        }
        let s = ops::str_(obj)?;
        pieces.push(pystr::as_str(&s).expect("str() gives a str").clone());
    }
    pieces.push(end.cloned().unwrap_or_else(|| PyStr::from("\n")));
    match file.filter(|f| !is_none(f)) {
        Some(f) => {
            for piece in pieces {
                call_attr(f, "write", &[pystr::from_pystr(piece)])?;
            }
            if flush {
                call_attr(f, "flush", &[])?;
            }
        }
        None => {
            let mut bytes = Vec::new();
            for piece in &pieces {
                bytes.extend(encode(piece)?);
            }
            write_stdout_bytes(&bytes)?;
            if flush {
                flush_stdout()?;
            }
        }
    }
    Ok(none())
}

/// `input(prompt='')`: a line of standard input without its newline.
fn input(args: &Args) -> PyResult {
    let a = args.exact("input", 0, 1)?;
    if let Some(prompt) = a.first() {
        let s = ops::str_(prompt)?;
        write_stdout_bytes(&encode(pystr::as_str(&s).expect("str() gives a str"))?)?;
    }
    flush_stdout()?;
    let mut line = read_stdin_line()?;
    if line.is_empty() {
        return Err(PyErr::new(
            &exceptions::EOF_ERROR,
            "EOF when reading a line",
        ));
    }
    if line.ends_with(b"\n") {
        line.pop();
    }
    Ok(pystr::from_pystr(text::decode(&line, "utf-8", "strict")?))
}
