//! printf-style formatting, `template % args`, for str and bytes alike: the
//! template and result are code points (bytes are code points below 256);
//! what differs is how `%s`/`%r`/`%a`/`%c` convert their argument ([`Mode`]).

use super::{bytes, dict, float, int, str as pystr, tuple};
use crate::err::{PyErr, PyResult};
use crate::num::Int;
use crate::num::format::{format_float_spec, format_int};
use crate::object::PyRef;
use crate::ops;
use crate::text::PyStr;

/// Which `%` is being done: `str % args` or `bytes % args`.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Str,
    Bytes,
}

/// The flags, width and precision of one conversion.
#[derive(Default)]
struct Spec {
    left: bool,
    sign: Option<char>,
    alternate: bool,
    zero: bool,
    width: usize,
    precision: Option<usize>,
}

/// The arguments: a tuple's items consumed in order, or one value; and the
/// mapping `%(key)s` looks keys up in.
struct Source<'a> {
    items: Vec<PyRef>,
    next: usize,
    mapping: Option<&'a PyRef>,
}

impl Source<'_> {
    fn next(&mut self) -> PyResult {
        let item = self
            .items
            .get(self.next)
            .cloned()
            .ok_or_else(|| PyErr::type_error("not enough arguments for format string"))?;
        self.next += 1;
        Ok(item)
    }
}

fn ch(c: u32) -> char {
    char::from_u32(c).unwrap_or('\u{fffd}')
}

/// A position in the template.
struct Cursor<'a> {
    template: &'a [u32],
    pos: usize,
}

impl Cursor<'_> {
    fn peek(&self) -> Option<char> {
        self.template.get(self.pos).copied().map(ch)
    }

    fn eat(&mut self, c: char) -> bool {
        let hit = self.peek() == Some(c);
        if hit {
            self.pos += 1;
        }
        hit
    }

    /// The text of a `%(key)` after its `(`, through the balancing `)`.
    fn key(&mut self) -> PyResult<&[u32]> {
        let start = self.pos;
        let mut depth = 1;
        while depth > 0 {
            match self.peek() {
                None => return Err(PyErr::value_error("incomplete format key")),
                Some('(') => depth += 1,
                Some(')') => depth -= 1,
                _ => {}
            }
            self.pos += 1;
        }
        Ok(&self.template[start..self.pos - 1])
    }

    /// A width or precision: `*` (taken from the arguments) or digits.
    fn number(&mut self, src: &mut Source, what: &str) -> PyResult<Option<isize>> {
        if self.eat('*') {
            let v = src.next()?;
            if int::as_int(&v).is_none() {
                return Err(PyErr::type_error("* wants int"));
            }
            return super::method_args::ssize(&v).map(Some);
        }
        let mut n: Option<isize> = None;
        while let Some(d) = self.peek().and_then(|c| c.to_digit(10)) {
            let more = n
                .unwrap_or(0)
                .checked_mul(10)
                .and_then(|n| n.checked_add(d as isize));
            n = Some(more.ok_or_else(|| PyErr::value_error(format!("{what} too big")))?);
            self.pos += 1;
        }
        Ok(n)
    }

    /// Flags, width and precision (`-+ #0`, `*` or digits, `.` then `*` or digits).
    fn spec(&mut self, src: &mut Source) -> PyResult<Spec> {
        let mut spec = Spec::default();
        loop {
            match self.peek() {
                Some('-') => spec.left = true,
                Some('+') => spec.sign = Some('+'),
                Some(' ') => spec.sign = spec.sign.or(Some(' ')),
                Some('#') => spec.alternate = true,
                Some('0') => spec.zero = true,
                _ => break,
            }
            self.pos += 1;
        }
        if let Some(width) = self.number(src, "width")? {
            // A negative `*` width means left alignment.
            spec.left |= width < 0;
            spec.width = width.unsigned_abs();
        }
        if self.eat('.') {
            let precision = self.number(src, "precision")?.unwrap_or(0);
            spec.precision = Some(usize::try_from(precision).unwrap_or(0));
        }
        // Length modifiers are accepted and ignored.
        while matches!(self.peek(), Some('h' | 'l' | 'L')) {
            self.pos += 1;
        }
        Ok(spec)
    }
}

/// `template % args`.
pub fn percent_format(template: &[u32], args: &PyRef, mode: Mode) -> PyResult<Vec<u32>> {
    let text_like =
        pystr::as_str(args).is_some() || (mode == Mode::Bytes && bytes::bytes_like(args).is_some());
    let mapping = (tuple::as_slice(args).is_none()
        && !text_like
        && (args.type_of().is_subtype(&dict::DICT)
            || args.type_of().lookup("__getitem__").is_some()))
    .then_some(args);
    let mut src = Source {
        items: match tuple::as_slice(args) {
            Some(items) => items.to_vec(),
            None => vec![args.clone()],
        },
        next: 0,
        mapping,
    };
    let mut out = Vec::with_capacity(template.len());
    let mut cur = Cursor { template, pos: 0 };
    while let Some(&c) = template.get(cur.pos) {
        cur.pos += 1;
        if c != u32::from('%') {
            out.push(c);
            continue;
        }
        if cur.eat('%') {
            out.push(c);
            continue;
        }
        if cur.eat('(') {
            let Some(map) = src.mapping else {
                return Err(PyErr::type_error("format requires a mapping"));
            };
            let key = cur.key()?;
            let key = match mode {
                Mode::Str => pystr::from_pystr(PyStr::from_code_points(key.iter().copied())),
                Mode::Bytes => bytes::new_bytes(key.iter().map(|&c| c as u8).collect()),
            };
            // The value becomes the only argument left, as in CPython: a
            // later unkeyed conversion finds it consumed.
            src.items = vec![ops::getitem(map, &key)?];
            src.next = 0;
        }
        let spec = cur.spec(&mut src)?;
        let Some(&conv) = template.get(cur.pos) else {
            return Err(PyErr::value_error("incomplete format"));
        };
        let at = cur.pos;
        cur.pos += 1;
        let arg = src.next()?;
        let body = convert(conv, at, &arg, &spec, mode)?;
        let numeric = matches!(
            ch(conv),
            'd' | 'i' | 'u' | 'x' | 'X' | 'o' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G'
        );
        pad(&mut out, body, &spec, numeric);
    }
    if src.next < src.items.len() && src.mapping.is_none() {
        return Err(PyErr::type_error(match mode {
            Mode::Str => "not all arguments converted during string formatting",
            Mode::Bytes => "not all arguments converted during bytes formatting",
        }));
    }
    Ok(out)
}

/// Pads a converted value to the width: numbers take zeros after their
/// sign and prefix when the `0` flag is given.
fn pad(out: &mut Vec<u32>, body: Vec<u32>, spec: &Spec, numeric: bool) {
    let margin = spec.width.saturating_sub(body.len());
    if margin == 0 {
        out.extend(body);
        return;
    }
    if spec.left {
        out.extend(body);
        out.extend(std::iter::repeat_n(u32::from(' '), margin));
        return;
    }
    if !(spec.zero && numeric) {
        out.extend(std::iter::repeat_n(u32::from(' '), margin));
        out.extend(body);
        return;
    }
    let mut head = 0;
    if body
        .first()
        .is_some_and(|&c| matches!(ch(c), '-' | '+' | ' '))
    {
        head = 1;
    }
    if body.get(head) == Some(&u32::from('0'))
        && body
            .get(head + 1)
            .is_some_and(|&c| matches!(ch(c), 'x' | 'X' | 'o'))
    {
        head += 2;
    }
    out.extend_from_slice(&body[..head]);
    out.extend(std::iter::repeat_n(u32::from('0'), margin));
    out.extend_from_slice(&body[head..]);
}

fn code_points(s: &str) -> Vec<u32> {
    s.chars().map(u32::from).collect()
}

/// The text of one conversion, before padding.
fn convert(raw: u32, at: usize, arg: &PyRef, spec: &Spec, mode: Mode) -> PyResult<Vec<u32>> {
    let truncate = |mut v: Vec<u32>| {
        if let Some(p) = spec.precision {
            v.truncate(p);
        }
        v
    };
    let text_of = |r: PyRef| -> Vec<u32> {
        pystr::as_str(&r).map_or_else(Vec::new, |s| s.code_points().collect())
    };
    let conv = ch(raw);
    Ok(match (conv, mode) {
        ('s', Mode::Str) => truncate(text_of(ops::str_(arg)?)),
        ('r', Mode::Str) => truncate(text_of(ops::repr(arg)?)),
        ('a', _) | ('r', Mode::Bytes) => truncate(text_of(ops::ascii(arg)?)),
        ('s' | 'b', Mode::Bytes) => truncate(bytes_arg(arg)?.into_iter().map(u32::from).collect()),
        ('c', _) => char_arg(arg, mode)?,
        ('d' | 'i' | 'u', _) => int_text(&int_arg(arg, conv, true)?, 10, spec),
        ('x' | 'X' | 'o', _) => {
            let n = int_arg(arg, conv, false)?;
            let base = if conv == 'o' { 8 } else { 16 };
            let mut t = int_text(&n, base, spec);
            if conv == 'X' {
                t.iter_mut()
                    .for_each(|c| *c = u32::from(ch(*c).to_ascii_uppercase()));
            }
            t
        }
        ('e' | 'E' | 'f' | 'F' | 'g' | 'G', _) => {
            let x = float_arg(arg)?;
            let mut fs = String::new();
            fs.extend(spec.sign);
            if spec.alternate {
                fs.push('#');
            }
            fs.push_str(&format!(".{}{conv}", spec.precision.unwrap_or(6)));
            code_points(&format_float_spec(x, &fs)?)
        }
        _ => {
            let shown = match char::from_u32(raw) {
                Some(c) if (0x20..0x7f).contains(&raw) => c.to_string(),
                _ => "?".to_string(),
            };
            return Err(PyErr::value_error(format!(
                "unsupported format character '{shown}' (0x{raw:x}) at index {at}"
            )));
        }
    })
}

/// The digits of an integer conversion: sign, `#` prefix, digits padded
/// with zeros to the precision.
fn int_text(n: &Int, base: u32, spec: &Spec) -> Vec<u32> {
    let kind = match base {
        8 => "o",
        16 => "x",
        _ => "d",
    };
    let digits = format_int(&n.abs(), kind).unwrap_or_default();
    let mut out = String::new();
    if n.is_negative() {
        out.push('-');
    } else {
        out.extend(spec.sign);
    }
    if spec.alternate && base != 10 {
        out.push_str(if base == 8 { "0o" } else { "0x" });
    }
    if let Some(p) = spec.precision {
        out.extend(std::iter::repeat_n('0', p.saturating_sub(digits.len())));
    }
    out.push_str(&digits);
    code_points(&out)
}

/// The int a `%d` (`real`: floats truncate) or `%x`/`%o` conversion takes.
fn int_arg(arg: &PyRef, conv: char, real: bool) -> PyResult<Int> {
    if let Some(i) = int::as_int(arg) {
        return Ok(i.clone());
    }
    if real && let Some(x) = float::as_f64(arg) {
        return Ok(Int::from_f64(x.trunc())?);
    }
    if arg.type_of().lookup("__index__").is_some() {
        return int::index(arg);
    }
    Err(PyErr::type_error(format!(
        "%{conv} format: {} is required, not {}",
        if real { "a real number" } else { "an integer" },
        arg.type_of().name()
    )))
}

fn float_arg(arg: &PyRef) -> PyResult<f64> {
    if let Some(x) = float::as_f64(arg) {
        return Ok(x);
    }
    if let Some(i) = int::as_int(arg) {
        return Ok(i.to_f64()?);
    }
    if arg.type_of().lookup("__float__").is_some() {
        let r = ops::call_method(arg, "__float__", &[])?;
        if let Some(x) = float::as_f64(&r) {
            return Ok(x);
        }
    }
    Err(PyErr::type_error(format!(
        "must be real number, not {}",
        arg.type_of().name()
    )))
}

/// `%s`/`%b` of bytes: a bytes-like object or one with `__bytes__`.
fn bytes_arg(arg: &PyRef) -> PyResult<Vec<u8>> {
    if let Some(b) = bytes::bytes_like(arg) {
        return Ok(b.into_owned());
    }
    if arg.type_of().lookup("__bytes__").is_some() {
        let r = ops::call_method(arg, "__bytes__", &[])?;
        if let Some(b) = bytes::bytes_like(&r) {
            return Ok(b.into_owned());
        }
    }
    Err(PyErr::type_error(format!(
        "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
        arg.type_of().name()
    )))
}

/// `%c`: an int code, or a one-character str (one byte for bytes).
fn char_arg(arg: &PyRef, mode: Mode) -> PyResult<Vec<u32>> {
    let limit = if mode == Mode::Str { 0x110000 } else { 256 };
    if let Some(i) = int::as_int(arg) {
        return match i.to_i64() {
            Some(c) if (0..limit).contains(&c) => Ok(vec![c as u32]),
            _ if mode == Mode::Str => Err(PyErr::overflow_error("%c arg not in range(0x110000)")),
            _ => Err(PyErr::overflow_error("%c arg not in range(256)")),
        };
    }
    match mode {
        Mode::Str => match pystr::as_str(arg) {
            Some(s) if s.len() == 1 => Ok(s.code_points().collect()),
            Some(s) => Err(PyErr::type_error(format!(
                "%c requires an int or a unicode character, not a string of length {}",
                s.len()
            ))),
            None => Err(PyErr::type_error(format!(
                "%c requires an int or a unicode character, not {}",
                arg.type_of().name()
            ))),
        },
        Mode::Bytes => match bytes::bytes_like(arg) {
            Some(b) if b.len() == 1 => Ok(vec![u32::from(b[0])]),
            Some(b) => Err(PyErr::type_error(format!(
                "%c requires an integer in range(256) or a single byte, not a {} object of length {}",
                arg.type_of().name(),
                b.len()
            ))),
            None => Err(PyErr::type_error(format!(
                "%c requires an integer in range(256) or a single byte, not {}",
                arg.type_of().name()
            ))),
        },
    }
}
