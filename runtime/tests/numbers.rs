//! The Python-visible behaviour of `int`, `bool`, `float` and `complex`,
//! checked against CPython 3.14: each line of `numbers_cases.txt` is a
//! Python expression and what the reference interpreter gives for it (its
//! repr, or `ExcType: message`), as `numbers_cases.py` records them. The
//! expressions are evaluated here by a small evaluator that goes through
//! `ops` (operators, calls, attributes), since there is no interpreter loop
//! to run them yet.

use runtime::ops::{self, BinOp, CompareOp};
use runtime::types::{
    self, INT, TYPE, complex, dict, exceptions, float, int, list, str as pystr, tuple,
};
use runtime::{PyErr, PyRef, PyResult};

const CASES: &str = include_str!("numbers_cases.txt");

/// A token of the expression language.
#[derive(Clone, Debug, PartialEq)]
enum Tok {
    Int(String),
    Float(String),
    Imag(String),
    Str(String),
    Name(String),
    Op(&'static str),
}

const OPS: [&str; 30] = [
    "**", "//", "<<", ">>", "<=", ">=", "==", "!=", "+", "-", "*", "/", "%", "@", "&", "|", "^",
    "~", "<", ">", "(", ")", "[", "]", ",", ".", "=", "{", "}", ":",
];

fn tokenize(src: &str) -> Vec<Tok> {
    let chars: Vec<char> = src.chars().collect();
    let mut toks = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_whitespace() {
            i += 1;
        } else if c.is_ascii_digit()
            || (c == '.' && chars.get(i + 1).is_some_and(char::is_ascii_digit))
        {
            let start = i;
            let prefixed = c == '0' && chars.get(i + 1).is_some_and(|p| "xXbBoO".contains(*p));
            while i < chars.len() && (chars[i].is_ascii_alphanumeric() || "_.".contains(chars[i])) {
                let exponent = !prefixed && "eE".contains(chars[i]);
                i += 1;
                if exponent && matches!(chars.get(i), Some('+' | '-')) {
                    i += 1;
                }
            }
            let text: String = chars[start..i].iter().collect();
            toks.push(if let Some(t) = text.strip_suffix('j') {
                Tok::Imag(t.to_owned())
            } else if !prefixed && text.contains(['.', 'e', 'E']) {
                Tok::Float(text)
            } else {
                Tok::Int(text)
            });
        } else if c == '\'' || c == '"' {
            let mut s = String::new();
            i += 1;
            while chars[i] != c {
                if chars[i] == '\\' {
                    i += 1;
                    s.push(match chars[i] {
                        'n' => '\n',
                        't' => '\t',
                        other => other,
                    });
                } else {
                    s.push(chars[i]);
                }
                i += 1;
            }
            i += 1;
            toks.push(Tok::Str(s));
        } else if c.is_alphabetic() || c == '_' {
            let start = i;
            while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_') {
                i += 1;
            }
            toks.push(Tok::Name(chars[start..i].iter().collect()));
        } else {
            let rest: String = chars[i..chars.len().min(i + 2)].iter().collect();
            let op = OPS
                .iter()
                .find(|op| rest.starts_with(**op))
                .unwrap_or_else(|| panic!("unexpected {c:?} in {src}"));
            toks.push(Tok::Op(op));
            i += op.len();
        }
    }
    toks
}

/// A recursive-descent evaluator of Python's expression grammar (the
/// subset the cases use), evaluating as it parses.
struct Eval<'a> {
    toks: &'a [Tok],
    pos: usize,
    env: &'a Env,
}

/// The names the cases can use.
struct Env {
    my_int: PyRef,
    my_float: PyRef,
    my_complex: PyRef,
}

fn class(name: &str, base: &'static types::Type) -> PyRef {
    ops::call(
        &TYPE.object(),
        &[
            pystr::new_str(name),
            tuple::new_tuple(vec![base.object()]),
            dict::new_dict(),
        ],
    )
    .expect("a subclass")
}

impl Env {
    fn new() -> Env {
        Env {
            my_int: class("MyInt", &INT),
            my_float: class("MyFloat", &types::FLOAT),
            my_complex: class("MyComplex", &complex::COMPLEX),
        }
    }
}

const BINARY_LEVELS: [&[(&str, BinOp)]; 6] = [
    &[("|", BinOp::Or)],
    &[("^", BinOp::Xor)],
    &[("&", BinOp::And)],
    &[("<<", BinOp::LShift), (">>", BinOp::RShift)],
    &[("+", BinOp::Add), ("-", BinOp::Subtract)],
    &[
        ("*", BinOp::Multiply),
        ("/", BinOp::TrueDivide),
        ("//", BinOp::FloorDivide),
        ("%", BinOp::Remainder),
        ("@", BinOp::MatMul),
    ],
];

const COMPARISONS: [(&str, CompareOp); 6] = [
    ("<", CompareOp::Lt),
    ("<=", CompareOp::Le),
    ("==", CompareOp::Eq),
    ("!=", CompareOp::Ne),
    (">", CompareOp::Gt),
    (">=", CompareOp::Ge),
];

impl Eval<'_> {
    fn peek(&self) -> Option<&Tok> {
        self.toks.get(self.pos)
    }

    fn eat(&mut self, op: &str) -> bool {
        if self.peek()
            == Some(&Tok::Op(match OPS.iter().find(|o| **o == op) {
                Some(o) => o,
                None => return false,
            }))
        {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    fn expect(&mut self, op: &str) {
        assert!(self.eat(op), "expected {op} at {:?}", self.peek());
    }

    /// An expression, or a tuple of them (`a, b`).
    fn tuple_expr(&mut self) -> PyResult {
        let first = self.expr()?;
        if !matches!(self.peek(), Some(Tok::Op(","))) {
            return Ok(first);
        }
        let mut items = vec![first];
        while self.eat(",") {
            if matches!(self.peek(), None | Some(Tok::Op(")"))) {
                break;
            }
            items.push(self.expr()?);
        }
        Ok(tuple::new_tuple(items))
    }

    /// A comparison chain: `a < b < c` is `a < b and b < c`.
    fn expr(&mut self) -> PyResult {
        let mut left = self.binary(0)?;
        let mut result: Option<PyRef> = None;
        'chain: loop {
            for (sym, op) in COMPARISONS {
                if self.eat(sym) {
                    let right = self.binary(0)?;
                    let go_on = match &result {
                        Some(r) => ops::truthy(r)?,
                        None => true,
                    };
                    if go_on {
                        result = Some(ops::richcompare(&left, &right, op)?);
                    }
                    left = right;
                    continue 'chain;
                }
            }
            return Ok(result.unwrap_or(left));
        }
    }

    fn binary(&mut self, level: usize) -> PyResult {
        if level == BINARY_LEVELS.len() {
            return self.unary();
        }
        let mut left = self.binary(level + 1)?;
        'outer: loop {
            for (sym, op) in BINARY_LEVELS[level] {
                if self.eat(sym) {
                    let right = self.binary(level + 1)?;
                    left = ops::binary_op(&left, &right, *op)?;
                    continue 'outer;
                }
            }
            return Ok(left);
        }
    }

    fn unary(&mut self) -> PyResult {
        if self.eat("-") {
            return ops::negative(&self.unary()?);
        }
        if self.eat("+") {
            return ops::positive(&self.unary()?);
        }
        if self.eat("~") {
            return ops::invert(&self.unary()?);
        }
        let base = self.postfix()?;
        if self.eat("**") {
            let exp = self.unary()?;
            return ops::binary_op(&base, &exp, BinOp::Power);
        }
        Ok(base)
    }

    fn postfix(&mut self) -> PyResult {
        let mut value = self.atom()?;
        loop {
            if self.eat(".") {
                let Some(Tok::Name(name)) = self.peek().cloned() else {
                    panic!("expected a name after '.'");
                };
                self.pos += 1;
                value = ops::getattr_str(&value, &name)?;
            } else if self.eat("(") {
                let (items, kwnames) = self.call_args()?;
                value = ops::call_kw(&value, &items, &kwnames)?;
            } else {
                return Ok(value);
            }
        }
    }

    fn call_args(&mut self) -> PyResult<(Vec<PyRef>, Vec<PyRef>)> {
        let (mut items, mut kw_values, mut kwnames) = (Vec::new(), Vec::new(), Vec::new());
        while !self.eat(")") {
            if let (Some(Tok::Name(name)), Some(Tok::Op("="))) =
                (self.peek().cloned(), self.toks.get(self.pos + 1))
            {
                self.pos += 2;
                kwnames.push(pystr::new_str(&name));
                kw_values.push(self.expr()?);
            } else {
                items.push(self.expr()?);
            }
            if !self.eat(",") {
                self.expect(")");
                break;
            }
        }
        items.extend(kw_values);
        Ok((items, kwnames))
    }

    fn atom(&mut self) -> PyResult {
        let tok = self.peek().cloned().expect("an operand");
        self.pos += 1;
        Ok(match tok {
            Tok::Int(t) => {
                let (digits, radix) = match t.get(..2) {
                    Some("0x") => (&t[2..], 16),
                    Some("0b") => (&t[2..], 2),
                    Some("0o") => (&t[2..], 8),
                    _ => (&t[..], 10),
                };
                let n = num_bigint::BigInt::parse_bytes(digits.replace('_', "").as_bytes(), radix)
                    .expect("an int literal");
                int::from_int(runtime::num::Int::from(n))
            }
            Tok::Float(t) => float::from_f64(t.parse().expect("a float literal")),
            Tok::Imag(t) => complex::from_complex(runtime::num::Complex::new(
                0.0,
                t.parse().expect("an imaginary literal"),
            )),
            Tok::Str(s) => pystr::new_str(&s),
            Tok::Name(name) => self.name(&name)?,
            Tok::Op("(") => {
                if self.eat(")") {
                    return Ok(tuple::new_tuple(Vec::new()));
                }
                let v = self.tuple_expr()?;
                self.expect(")");
                v
            }
            Tok::Op("[") => {
                let mut items = Vec::new();
                while !self.eat("]") {
                    items.push(self.expr()?);
                    self.eat(",");
                }
                list::new_list(items)
            }
            other => panic!("unexpected {other:?}"),
        })
    }

    fn name(&mut self, name: &str) -> PyResult {
        Ok(match name {
            "int" => INT.object(),
            "float" => types::FLOAT.object(),
            "complex" => complex::COMPLEX.object(),
            "bool" => types::BOOL.object(),
            "True" => types::from_bool(true),
            "False" => types::from_bool(false),
            "None" => types::none(),
            "MyInt" => self.env.my_int.clone(),
            "MyFloat" => self.env.my_float.clone(),
            "MyComplex" => self.env.my_complex.clone(),
            "str" if self.peek() != Some(&Tok::Op("(")) => pystr::STR.object(),
            _ => return self.builtin(name),
        })
    }

    /// The builtin functions the cases use, as CPython defines them.
    fn builtin(&mut self, name: &str) -> PyResult {
        self.expect("(");
        let (args, kwnames) = self.call_args()?;
        assert!(kwnames.is_empty(), "no keywords to {name}()");
        let arg = |i: usize| args[i].clone();
        match (name, args.len()) {
            ("repr", 1) => ops::repr(&arg(0)),
            ("str", 1) => ops::str_(&arg(0)),
            ("hash", 1) => Ok(int::from_i64(ops::hash(&arg(0))?)),
            ("abs", 1) => ops::call_method(&arg(0), "__abs__", &[]),
            ("format", 2) => ops::format(&arg(0), &arg(1)),
            ("round", 1) => ops::call_method(&arg(0), "__round__", &[]),
            ("round", 2) => ops::call_method(&arg(0), "__round__", &[arg(1)]),
            ("pow", 2) => ops::binary_op(&arg(0), &arg(1), BinOp::Power),
            ("pow", 3) => {
                let r = ops::call_method(&arg(0), "__pow__", &[arg(1), arg(2)])?;
                if types::is_not_implemented(&r) {
                    return Err(PyErr::type_error(format!(
                        "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
                        args[0].type_of().name(),
                        args[1].type_of().name(),
                        args[2].type_of().name()
                    )));
                }
                Ok(r)
            }
            ("divmod", 2) => {
                for (a, b, name) in [(0, 1, "__divmod__"), (1, 0, "__rdivmod__")] {
                    if let Some(m) = ops::lookup_method(&args[a], name)? {
                        let r = m.call(&[arg(b)])?;
                        if !types::is_not_implemented(&r) {
                            return Ok(r);
                        }
                    }
                }
                Err(PyErr::type_error(format!(
                    "unsupported operand type(s) for divmod(): '{}' and '{}'",
                    args[0].type_of().name(),
                    args[1].type_of().name()
                )))
            }
            ("type", 1) => Ok(arg(0).type_of().object()),
            ("isinstance", 2) => Ok(types::from_bool(ops::is_instance(&arg(0), &arg(1))?)),
            _ => panic!("unknown builtin {name}/{}", args.len()),
        }
    }
}

/// `repr(value)` as the reference prints it (tuples and lists by hand:
/// their methods are not this file's).
fn show(value: &PyRef) -> PyResult<String> {
    if types::is_not_implemented(value) {
        return Ok("NotImplemented".to_owned());
    }
    if types::is_none(value) {
        return Ok("None".to_owned());
    }
    if let Some(items) = tuple::as_slice(value) {
        let parts: Vec<String> = items.iter().map(show).collect::<PyResult<_>>()?;
        return Ok(match parts.len() {
            1 => format!("({},)", parts[0]),
            _ => format!("({})", parts.join(", ")),
        });
    }
    if list::is_exact(value) {
        let parts: Vec<String> = list::to_vec(value)
            .iter()
            .map(show)
            .collect::<PyResult<_>>()?;
        return Ok(format!("[{}]", parts.join(", ")));
    }
    if let Some(ty) = types::Type::from_object(value) {
        return Ok(format!("<class '{}'>", ty.qualname()));
    }
    Ok(pystr::to_string(&ops::repr(value)?).expect("repr is a str"))
}

fn show_error(e: &PyErr) -> String {
    let args = exceptions::args(e.instance());
    let msg = match tuple::as_slice(&args) {
        Some([arg]) => {
            pystr::to_string(&ops::str_(arg).expect("str of an argument")).expect("a str")
        }
        _ => String::new(),
    };
    let name = e.type_of().name();
    if msg.is_empty() {
        name.to_owned()
    } else {
        format!("{name}: {msg}")
    }
}

fn evaluate(src: &str, env: &Env) -> String {
    let toks = tokenize(src);
    let mut eval = Eval {
        toks: &toks,
        pos: 0,
        env,
    };
    let result = eval.tuple_expr().and_then(|v| show(&v));
    match result {
        Ok(text) => {
            assert_eq!(eval.pos, toks.len(), "trailing tokens in {src}");
            text
        }
        Err(e) => show_error(&e),
    }
}

#[test]
fn numbers_match_cpython() {
    runtime::init();
    let env = Env::new();
    let mut failures = Vec::new();
    let mut count = 0;
    for line in CASES
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
    {
        let (expr, expected) = line
            .split_once(" => ")
            .expect("a case is `expr => expected`");
        count += 1;
        let got = evaluate(expr, &env);
        if got != expected {
            failures.push(format!(
                "{expr}\n    expected: {expected}\n    got:      {got}"
            ));
        }
    }
    assert!(count >= 150, "only {count} cases");
    assert!(
        failures.is_empty(),
        "{} of {count} cases differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
