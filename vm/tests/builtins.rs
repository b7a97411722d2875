//! The builtins module against CPython 3.14: each case is a Python
//! expression made of literals, names and calls, evaluated here by a small
//! parser that calls the module's functions through `ops`, and the repr of
//! its result (or `ExcType: message`) as the reference interpreter printed
//! it. Names resolve to the builtins, plus a few helpers the reference run
//! defined identically: `neg = lambda x: -x`, `collect = list`,
//! `inf`/`nan`, `names = lambda: ['b', 'a', 'c']`.

use runtime::num;
use runtime::ops::{self, BinOp};
use runtime::types::{
    self, Args, BOOL, Type, complex, dict, exceptions, float, int, list, native, str as pystr,
    tuple,
};
use runtime::{PyErr, PyRef, PyResult};
use std::sync::LazyLock;

static BUILTINS: LazyLock<PyRef> = LazyLock::new(vm::builtins::make_builtins);

/// The test helpers' native functions.
fn helper(name: &str) -> Option<PyRef> {
    fn neg(args: &Args) -> PyResult {
        ops::negative(&args.exact("<lambda>", 1, 1)?[0])
    }
    fn collect(args: &Args) -> PyResult {
        Ok(list::new_list(ops::to_vec(&args.exact("list", 1, 1)?[0])?))
    }
    fn names(args: &Args) -> PyResult {
        args.exact("<lambda>", 0, 0)?;
        Ok(list::new_list(["b", "a", "c"].map(pystr::new_str).to_vec()))
    }
    Some(match name {
        "neg" => native::new_function("neg", neg, None),
        "collect" => native::new_function("collect", collect, None),
        "names" => native::new_function("names", names, None),
        "inf" => float::from_f64(f64::INFINITY),
        "nan" => float::from_f64(f64::NAN),
        _ => return None,
    })
}

/// A recursive-descent evaluator of the expressions in the table.
struct Parser<'a> {
    src: &'a [u8],
    pos: usize,
}

impl<'a> Parser<'a> {
    fn peek(&mut self) -> Option<u8> {
        while self.src.get(self.pos) == Some(&b' ') {
            self.pos += 1;
        }
        self.src.get(self.pos).copied()
    }

    fn eat(&mut self, token: &str) -> bool {
        self.peek();
        if self.src[self.pos..].starts_with(token.as_bytes()) {
            self.pos += token.len();
            true
        } else {
            false
        }
    }

    fn expect(&mut self, token: &str) {
        assert!(self.eat(token), "expected {token:?} at {}", self.pos);
    }

    /// `term (('*' | '/') term)*`
    fn expr(&mut self) -> PyResult {
        let mut value = self.term()?;
        loop {
            let op = if self.peek() == Some(b'*') && !self.src[self.pos..].starts_with(b"**") {
                BinOp::Multiply
            } else if self.peek() == Some(b'/') {
                BinOp::TrueDivide
            } else {
                return Ok(value);
            };
            self.pos += 1;
            let rhs = self.term()?;
            value = ops::binary_op(&value, &rhs, op)?;
        }
    }

    /// `'-' term | postfix ['**' term]`
    fn term(&mut self) -> PyResult {
        if self.eat("-") {
            return ops::negative(&self.term()?);
        }
        let base = self.postfix()?;
        if self.eat("**") {
            let exp = self.term()?;
            return ops::binary_op(&base, &exp, BinOp::Power);
        }
        Ok(base)
    }

    /// `primary ('.' name | '(' args ')')*`
    fn postfix(&mut self) -> PyResult {
        let mut value = self.primary()?;
        loop {
            if self.eat(".") {
                let name = self.name();
                value = ops::getattr_str(&value, &name)?;
            } else if self.eat("(") {
                value = self.call(&value)?;
            } else {
                return Ok(value);
            }
        }
    }

    fn call(&mut self, callee: &PyRef) -> PyResult {
        let (mut items, mut kwnames, mut kwvalues) = (Vec::new(), Vec::new(), Vec::new());
        while !self.eat(")") {
            let start = self.pos;
            let name = self.name();
            if !name.is_empty() && self.eat("=") && !self.eat("=") {
                kwnames.push(pystr::new_str(&name));
                kwvalues.push(self.expr()?);
            } else {
                self.pos = start;
                items.push(self.expr()?);
            }
            self.eat(",");
        }
        items.extend(kwvalues);
        ops::call_kw(callee, &items, &kwnames)
    }

    fn name(&mut self) -> String {
        self.peek();
        let start = self.pos;
        while self
            .src
            .get(self.pos)
            .is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'_')
        {
            self.pos += 1;
        }
        String::from_utf8(self.src[start..self.pos].to_vec()).expect("ascii")
    }

    /// Items up to `close`; whether a comma followed the last one.
    fn items(&mut self, close: &str) -> PyResult<(Vec<PyRef>, bool)> {
        let (mut items, mut comma) = (Vec::new(), false);
        while !self.eat(close) {
            items.push(self.expr()?);
            comma = self.eat(",");
        }
        Ok((items, comma))
    }

    fn primary(&mut self) -> PyResult {
        let c = self.peek().expect("an expression");
        if self.eat("...") {
            return Ok(types::ellipsis());
        }
        if self.eat("[") {
            return Ok(list::new_list(self.items("]")?.0));
        }
        if self.eat("(") {
            let (mut items, comma) = self.items(")")?;
            if items.len() == 1 && !comma {
                return Ok(items.pop().expect("one item"));
            }
            return Ok(tuple::new_tuple(items));
        }
        if self.eat("{") {
            let d = dict::new_dict();
            while !self.eat("}") {
                let k = self.expr()?;
                self.expect(":");
                let v = self.expr()?;
                dict::set(&d, k, v)?;
                self.eat(",");
            }
            return Ok(d);
        }
        if c == b'\'' || c == b'"' {
            return Ok(self.string());
        }
        if c.is_ascii_digit() {
            return Ok(self.number());
        }
        let name = self.name();
        if let Some(v) = helper(&name) {
            return Ok(v);
        }
        ops::getattr_str(&BUILTINS, &name)
    }

    fn number(&mut self) -> PyRef {
        let start = self.pos;
        let mut is_float = false;
        while let Some(&c) = self.src.get(self.pos) {
            match c {
                b'0'..=b'9' | b'x' | b'a'..=b'd' | b'f' | b'_' => {}
                b'.' | b'e' => is_float = true,
                _ => break,
            }
            self.pos += 1;
        }
        let text = std::str::from_utf8(&self.src[start..self.pos]).expect("ascii");
        if is_float {
            return float::from_f64(num::parse::parse_float(text).expect("a float"));
        }
        int::from_int(num::parse::parse_int(text, 0).expect("an int"))
    }

    fn string(&mut self) -> PyRef {
        let quote = self.src[self.pos];
        self.pos += 1;
        let rest = std::str::from_utf8(&self.src[self.pos..]).expect("utf-8");
        let mut chars = rest.char_indices();
        let mut out = Vec::new();
        while let Some((i, c)) = chars.next() {
            if c as u32 == u32::from(quote) {
                self.pos += i + 1;
                return pystr::from_pystr(runtime::text::PyStr::from_code_points(out));
            }
            if c != '\\' {
                out.push(c as u32);
                continue;
            }
            let (_, e) = chars.next().expect("an escape");
            let hex = |n: usize, chars: &mut std::str::CharIndices| {
                let digits: String = chars.take(n).map(|(_, c)| c).collect();
                u32::from_str_radix(&digits, 16).expect("hex digits")
            };
            out.push(match e {
                'n' => 10,
                't' => 9,
                'x' => hex(2, &mut chars),
                'u' => hex(4, &mut chars),
                'U' => hex(8, &mut chars),
                other => other as u32,
            });
        }
        panic!("unterminated string");
    }
}

fn eval(src: &str) -> PyResult {
    let mut p = Parser {
        src: src.as_bytes(),
        pos: 0,
    };
    let value = p.expr()?;
    assert_eq!(p.peek(), None, "trailing input in {src:?}");
    Ok(value)
}

/// `repr(obj)` for the values the cases produce, without relying on the
/// reprs of other types' methods.
fn show(obj: &PyRef) -> String {
    if std::ptr::eq(obj.type_of(), &BOOL) {
        return if ops::truthy(obj).expect("a bool") {
            "True"
        } else {
            "False"
        }
        .into();
    }
    if types::is_none(obj) {
        return "None".into();
    }
    if PyRef::ptr_eq(obj, &types::ellipsis()) {
        return "Ellipsis".into();
    }
    if types::is_not_implemented(obj) {
        return "NotImplemented".into();
    }
    if let Some(i) = int::as_int(obj) {
        return num::format::int_str(i).expect("a printable int");
    }
    if let Some(x) = float::as_f64(obj) {
        return num::format::format_float_spec(x, "").expect("a float");
    }
    if let Some(c) = complex::as_complex(obj) {
        return c.repr();
    }
    if let Some(s) = pystr::as_str(obj) {
        return s.repr().to_string();
    }
    let join = |items: &[PyRef]| items.iter().map(show).collect::<Vec<_>>().join(", ");
    if list::is_list(obj) {
        return format!("[{}]", join(&list::to_vec(obj)));
    }
    if let Some(items) = tuple::as_slice(obj) {
        return match items {
            [one] => format!("({},)", show(one)),
            _ => format!("({})", join(items)),
        };
    }
    if obj.type_of().is_subtype(&dict::DICT) {
        let items: Vec<String> = dict::items(obj)
            .iter()
            .map(|(k, v)| format!("{}: {}", show(k), show(v)))
            .collect();
        return format!("{{{}}}", items.join(", "));
    }
    let r = ops::repr(obj).expect("a repr");
    pystr::to_string(&r).expect("a str")
}

/// `ExcType: str(exc)` from the exception's args.
fn show_error(e: &PyErr) -> String {
    let args = exceptions::args(e.instance());
    let items = tuple::as_slice(&args).expect("a tuple");
    let text = match items {
        [] => String::new(),
        [one] => pystr::to_string(one).unwrap_or_else(|| show(one)),
        // UnicodeError subclasses format their five arguments.
        _ if e.matches(&exceptions::UNICODE_ERROR) => {
            pystr::to_string(&ops::str_(e.instance()).expect("str()")).unwrap_or_default()
        }
        _ => show(&args),
    };
    format!("{}: {text}", e.type_of().name())
}

fn run(case: &str) -> String {
    match eval(case) {
        Ok(v) => show(&v),
        Err(e) => show_error(&e),
    }
}

/// The other areas' methods these cases rely on, registered only until
/// those areas are merged (iteration over lists and tuples, indexing for
/// `reversed`), each as the sequence protocol defines it.
fn stand_ins() {
    use runtime::types::iterators::{LIST_ITERATOR, TUPLE_ITERATOR};
    fn list_iter(args: &Args) -> PyResult {
        Ok(runtime::types::iterators::new_list_iter(
            args.items()[0].clone(),
        ))
    }
    fn tuple_iter(args: &Args) -> PyResult {
        Ok(runtime::types::iterators::new_tuple_iter(
            args.items()[0].clone(),
        ))
    }
    fn same(args: &Args) -> PyResult {
        Ok(args.items()[0].clone())
    }
    fn step(args: &Args) -> PyResult {
        ops::next(&args.items()[0])?.ok_or_else(|| PyErr::stop_iteration(None))
    }
    fn len(args: &Args) -> PyResult {
        Ok(int::from_i64(ops::len(&args.items()[0])? as i64))
    }
    fn none(_args: &Args) -> PyResult {
        Ok(types::none())
    }
    fn getitem(args: &Args) -> PyResult {
        ops::getitem(&args.items()[0], &args.items()[1])
    }
    let add = |ty: &'static Type, name: &'static str, f: native::NativeFn| {
        if ty.lookup(name).is_none_or(|m| {
            PyRef::ptr_eq(&m, &types::OBJECT.lookup(name).unwrap_or_else(types::none))
        }) {
            ty.add_method(name, f);
        }
    };
    add(&types::LIST, "__iter__", list_iter);
    add(&types::TUPLE, "__iter__", tuple_iter);
    for ty in [&LIST_ITERATOR, &TUPLE_ITERATOR] {
        add(ty, "__iter__", same);
        add(ty, "__next__", step);
    }
    for ty in [&types::LIST, &types::TUPLE] {
        add(ty, "__len__", len);
        add(ty, "__getitem__", getitem);
    }
    add(&types::TYPE, "__init__", none);
}

fn check(cases: &[(&str, &str)]) {
    LazyLock::force(&BUILTINS);
    stand_ins();
    let mut failures = Vec::new();
    for (case, expected) in cases {
        let got = run(case);
        if got != *expected {
            failures.push(format!(
                "{case}\n    expected {expected}\n    got      {got}"
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases differ:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

#[test]
fn table() {
    check(CASES);
}

/// The methods of other types that [`PENDING`] needs.
fn others_merged() -> bool {
    let needed: [(&'static Type, &str); 9] = [
        (&types::LIST, "__repr__"),
        (&types::LIST, "sort"),
        (&types::LIST, "__add__"),
        (&types::STR, "__iter__"),
        (&types::STR, "__format__"),
        (&types::INT, "__round__"),
        (&types::BOOL, "__new__"),
        (&types::FLOAT, "__gt__"),
        (&exceptions::BASE_EXCEPTION, "__init__"),
    ];
    needed
        .iter()
        .all(|(ty, name)| dict::get_str(ty.dict(), name).is_some())
}

/// Cases that need other types' methods: run once those are merged.
#[test]
fn table_with_other_types() {
    if others_merged() {
        check(PENDING);
    }
}

#[test]
fn module_attributes() {
    let b = &*BUILTINS;
    for name in [
        "object",
        "int",
        "enumerate",
        "ValueError",
        "BaseExceptionGroup",
    ] {
        let t = ops::getattr_str(b, name).expect(name);
        assert_eq!(Type::from_object(&t).map(Type::name), Some(name));
    }
    let name = ops::getattr_str(b, "__name__").expect("__name__");
    assert_eq!(pystr::to_string(&name).as_deref(), Some("builtins"));
    let f = ops::getattr_str(b, "len").expect("len");
    assert_eq!(native::name_of(&f), Some("len"));
}

fn builtin(name: &str) -> PyRef {
    ops::getattr_str(&BUILTINS, name).expect(name)
}

fn kwnames(names: &[&str]) -> Vec<PyRef> {
    names.iter().map(|n| pystr::new_str(n)).collect()
}

/// `print(..., file=f)` calls `f.write` once per piece, then `f.flush()`.
#[test]
fn print_to_file() {
    static WRITES: std::sync::Mutex<Vec<String>> = std::sync::Mutex::new(Vec::new());
    fn write(args: &Args) -> PyResult {
        let text = pystr::to_string(&args.exact("write", 1, 1)?[0]).expect("a str");
        WRITES.lock().unwrap().push(text);
        Ok(types::none())
    }
    fn flush(args: &Args) -> PyResult {
        args.exact("flush", 0, 0)?;
        WRITES.lock().unwrap().push("<flush>".into());
        Ok(types::none())
    }
    LazyLock::force(&BUILTINS);
    stand_ins();
    let ns = dict::new_dict();
    dict::set_str(&ns, "write", native::new_function("write", write, None));
    dict::set_str(&ns, "flush", native::new_function("flush", flush, None));
    let cls = ops::call(
        &types::TYPE.object(),
        &[pystr::new_str("F"), tuple::new_tuple(vec![]), ns],
    )
    .expect("a class");
    let file = ops::call(&cls, &[]).expect("an instance");
    let items = [
        int::from_i64(1),
        pystr::new_str("a"),
        pystr::new_str("-"),
        pystr::new_str("!"),
        file,
        types::from_bool(true),
    ];
    let r = ops::call_kw(
        &builtin("print"),
        &items,
        &kwnames(&["sep", "end", "file", "flush"]),
    );
    assert!(types::is_none(&r.expect("print")));
    assert_eq!(*WRITES.lock().unwrap(), ["1", "-", "a", "!", "<flush>"]);
}

#[test]
fn print_to_stdout() {
    let items = [pystr::new_str("print_to_stdout"), types::none()];
    let r = ops::call_kw(&builtin("print"), &items, &kwnames(&["sep"]));
    assert!(types::is_none(&r.expect("print")));
    let r = ops::call(
        &builtin("print"),
        &[pystr::from_pystr(runtime::text::PyStr::from_code_points([
            0xd800,
        ]))],
    );
    assert_eq!(
        show_error(&r.expect_err("a lone surrogate")),
        "UnicodeEncodeError: 'utf-8' codec can't encode character '\\ud800' in position 0: surrogates not allowed"
    );
}

/// Threads sharing one iterator: `enumerate` and `reversed` hand out every
/// index once, `iter(f, sentinel)` stops for all.
#[test]
fn shared_iterators() {
    runtime::object::ebr::share_objects();
    LazyLock::force(&BUILTINS);
    stand_ins();
    const N: i64 = 2000;
    let items: Vec<PyRef> = (0..N).map(int::from_i64).collect();
    let seq = tuple::new_tuple(items.clone());
    let drain = |it: PyRef, pick: fn(&PyRef) -> i64| {
        let mut seen: Vec<i64> = std::thread::scope(|s| {
            let workers: Vec<_> = (0..4)
                .map(|_| {
                    let it = it.clone();
                    s.spawn(move || {
                        let mut got = Vec::new();
                        while let Some(x) = ops::next(&it).expect("next") {
                            got.push(pick(&x));
                        }
                        got
                    })
                })
                .collect();
            workers
                .into_iter()
                .flat_map(|w| w.join().unwrap())
                .collect()
        });
        seen.sort_unstable();
        seen
    };
    let index = |x: &PyRef| int::as_i64(&tuple::as_slice(x).unwrap()[0]).unwrap();
    let value = |x: &PyRef| int::as_i64(x).unwrap();
    let all: Vec<i64> = (0..N).collect();
    let e = ops::call(&builtin("enumerate"), std::slice::from_ref(&seq)).unwrap();
    assert_eq!(drain(e, index), all);
    let r = ops::call(&builtin("reversed"), std::slice::from_ref(&seq)).unwrap();
    assert_eq!(drain(r, value), all);
    let source = ops::call(&builtin("iter"), std::slice::from_ref(&seq)).unwrap();
    let step = ops::getattr_str(&source, "__next__").unwrap();
    let c = ops::call(&builtin("iter"), &[step, int::from_i64(N - 1)]).unwrap();
    assert!(drain(c, value).len() < N as usize);
}

/// (expression, what CPython 3.14 printed).
const CASES: &[(&str, &str)] = &[
    ("abs(-5)", "5"),
    ("abs(5)", "5"),
    ("abs(-2.5)", "2.5"),
    ("abs(True)", "1"),
    ("abs(-10**30)", "1000000000000000000000000000000"),
    ("abs('x')", "TypeError: bad operand type for abs(): 'str'"),
    (
        "abs()",
        "TypeError: abs() takes exactly one argument (0 given)",
    ),
    (
        "abs(1, 2)",
        "TypeError: abs() takes exactly one argument (2 given)",
    ),
    ("all([])", "True"),
    ("all([1, 2, 0])", "False"),
    ("all([1, 'a', [0]])", "True"),
    ("any([])", "False"),
    ("any([0, '', 3])", "True"),
    ("any([0, None, ()])", "False"),
    ("all(1)", "TypeError: 'int' object is not iterable"),
    (
        "any()",
        "TypeError: any() takes exactly one argument (0 given)",
    ),
    ("ascii('abc')", "\"'abc'\""),
    ("ascii('é')", "\"'\\\\xe9'\""),
    (
        "ascii('\\u20ac\\U0001f600')",
        "\"'\\\\u20ac\\\\U0001f600'\"",
    ),
    ("ascii(5)", "'5'"),
    ("bin(5)", "'0b101'"),
    ("bin(-5)", "'-0b101'"),
    ("bin(0)", "'0b0'"),
    ("bin(True)", "'0b1'"),
    (
        "bin(2**70)",
        "'0b10000000000000000000000000000000000000000000000000000000000000000000000'",
    ),
    ("oct(8)", "'0o10'"),
    ("oct(-8)", "'-0o10'"),
    ("hex(255)", "'0xff'"),
    ("hex(-255)", "'-0xff'"),
    ("hex(0)", "'0x0'"),
    (
        "bin('x')",
        "TypeError: 'str' object cannot be interpreted as an integer",
    ),
    (
        "hex(1.5)",
        "TypeError: 'float' object cannot be interpreted as an integer",
    ),
    (
        "oct()",
        "TypeError: oct() takes exactly one argument (0 given)",
    ),
    ("callable(len)", "True"),
    ("callable(1)", "False"),
    ("callable(int)", "True"),
    (
        "callable()",
        "TypeError: callable() takes exactly one argument (0 given)",
    ),
    ("chr(65)", "'A'"),
    ("chr(0x1f600)", "'😀'"),
    ("chr(0)", "'\\x00'"),
    ("chr(-1)", "ValueError: chr() arg not in range(0x110000)"),
    (
        "chr(0x110000)",
        "ValueError: chr() arg not in range(0x110000)",
    ),
    ("chr(2**63)", "ValueError: chr() arg not in range(0x110000)"),
    (
        "chr('a')",
        "TypeError: 'str' object cannot be interpreted as an integer",
    ),
    (
        "chr(1.5)",
        "TypeError: 'float' object cannot be interpreted as an integer",
    ),
    ("chr(True)", "'\\x01'"),
    ("ord('a')", "97"),
    ("ord('é')", "233"),
    ("ord('\\U0001f600')", "128512"),
    (
        "ord('ab')",
        "TypeError: ord() expected a character, but string of length 2 found",
    ),
    (
        "ord('')",
        "TypeError: ord() expected a character, but string of length 0 found",
    ),
    (
        "ord(1)",
        "TypeError: ord() expected string of length 1, but int found",
    ),
    (
        "ord()",
        "TypeError: ord() takes exactly one argument (0 given)",
    ),
    ("divmod(7, 2)", "(3, 1)"),
    ("divmod(-7, 2)", "(-4, 1)"),
    ("divmod(7, -2)", "(-4, -1)"),
    ("divmod(7.5, 2)", "(3.0, 1.5)"),
    ("divmod(-7.5, 2)", "(-4.0, 0.5)"),
    ("divmod(7, 2.5)", "(2.0, 2.0)"),
    ("divmod(1, 0)", "ZeroDivisionError: division by zero"),
    ("divmod(1.0, 0)", "ZeroDivisionError: division by zero"),
    ("divmod(10**20, 7)", "(14285714285714285714, 2)"),
    (
        "divmod('a', 1)",
        "TypeError: unsupported operand type(s) for divmod(): 'str' and 'int'",
    ),
    ("divmod(1)", "TypeError: divmod expected 2 arguments, got 1"),
    ("divmod(True, 2)", "(0, 1)"),
    ("format(5)", "'5'"),
    (
        "format(1, 2)",
        "TypeError: format() argument 2 must be str, not int",
    ),
    (
        "format()",
        "TypeError: format expected at least 1 argument, got 0",
    ),
    ("getattr(int, '__name__')", "'int'"),
    ("getattr(1, 'nope', 7)", "7"),
    (
        "getattr(1, 'nope')",
        "AttributeError: 'int' object has no attribute 'nope'",
    ),
    (
        "getattr(int, 'nope')",
        "AttributeError: type object 'int' has no attribute 'nope'",
    ),
    (
        "getattr(1, 2)",
        "TypeError: attribute name must be string, not 'int'",
    ),
    (
        "getattr(1)",
        "TypeError: getattr expected at least 2 arguments, got 1",
    ),
    ("hasattr(int, '__name__')", "True"),
    ("hasattr(1, 'nope')", "False"),
    (
        "hasattr(1, 2)",
        "TypeError: attribute name must be string, not 'int'",
    ),
    (
        "setattr(1, 'x', 2)",
        "AttributeError: 'int' object has no attribute 'x' and no __dict__ for setting new attributes",
    ),
    (
        "setattr(int, 'x', 2)",
        "TypeError: cannot set 'x' attribute of immutable type 'int'",
    ),
    ("setattr(type('C', (), {}), 'x', 2)", "None"),
    ("getattr(type('C', (), {'y': 3}), 'y')", "3"),
    ("delattr(type('C', (), {'y': 3}), 'y')", "None"),
    (
        "delattr(type('C', (), {}), 'y')",
        "AttributeError: type object 'C' has no attribute 'y'",
    ),
    (
        "setattr(1, 'x')",
        "TypeError: setattr expected 3 arguments, got 2",
    ),
    (
        "delattr(1)",
        "TypeError: delattr expected 2 arguments, got 1",
    ),
    ("hash(1)", "1"),
    ("hash(-1)", "-2"),
    ("hash('')", "0"),
    ("hash(10**20)", "848750603811160107"),
    (
        "hash()",
        "TypeError: hash() takes exactly one argument (0 given)",
    ),
    ("isinstance(1, int)", "True"),
    ("isinstance(True, int)", "True"),
    ("isinstance(1, str)", "False"),
    ("isinstance(1, (str, int))", "True"),
    ("isinstance('a', (int, (float, str)))", "True"),
    (
        "isinstance(1, 1)",
        "TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union",
    ),
    (
        "isinstance(1)",
        "TypeError: isinstance expected 2 arguments, got 1",
    ),
    ("issubclass(bool, int)", "True"),
    ("issubclass(int, bool)", "False"),
    ("issubclass(bool, (str, int))", "True"),
    ("issubclass(TypeError, Exception)", "True"),
    (
        "issubclass(1, int)",
        "TypeError: issubclass() arg 1 must be a class",
    ),
    (
        "issubclass(int, 1)",
        "TypeError: issubclass() arg 2 must be a class, a tuple of classes, or a union",
    ),
    ("collect(iter([1, 2, 3]))", "[1, 2, 3]"),
    (
        "iter()",
        "TypeError: iter expected at least 1 argument, got 0",
    ),
    ("iter(1)", "TypeError: 'int' object is not iterable"),
    ("iter(1, 2)", "TypeError: iter(v, w): v must be callable"),
    (
        "iter(1, 2, 3)",
        "TypeError: iter expected at most 2 arguments, got 3",
    ),
    ("collect(iter(iter([3, 2, 1, 0]).__next__, 1))", "[3, 2]"),
    ("collect(iter(iter([1, 2]).__next__, 5))", "[1, 2]"),
    ("next(iter([1, 2]))", "1"),
    ("next(iter([]), 'dflt')", "'dflt'"),
    ("next(iter([]))", "StopIteration: "),
    ("next(1)", "TypeError: 'int' object is not an iterator"),
    (
        "next()",
        "TypeError: next expected at least 1 argument, got 0",
    ),
    ("len([1, 2, 3])", "3"),
    ("len(())", "0"),
    ("len({1: 2})", "1"),
    ("len(1)", "TypeError: object of type 'int' has no len()"),
    (
        "len()",
        "TypeError: len() takes exactly one argument (0 given)",
    ),
    (
        "len(1, 2)",
        "TypeError: len() takes exactly one argument (2 given)",
    ),
    ("max(1, 2)", "2"),
    ("max([1, 5, 3])", "5"),
    ("max([1, -5, 3], key=abs)", "-5"),
    ("max([], default=9)", "9"),
    ("max([], default=None)", "None"),
    ("max(3, 1, 2, key=neg)", "1"),
    ("max([1, 2], key=None)", "2"),
    ("max('b', 'a')", "'b'"),
    (
        "max()",
        "TypeError: max expected at least 1 argument, got 0",
    ),
    ("max(1)", "TypeError: 'int' object is not iterable"),
    ("max([])", "ValueError: max() iterable argument is empty"),
    (
        "max(1, 2, default=0)",
        "TypeError: Cannot specify a default for max() with multiple positional arguments",
    ),
    (
        "max([1], foo=1)",
        "TypeError: max() got an unexpected keyword argument 'foo'",
    ),
    (
        "max([1, 'a'])",
        "TypeError: '>' not supported between instances of 'str' and 'int'",
    ),
    ("min(1, 2)", "1"),
    ("min([4, 2, 8])", "2"),
    ("min([1, -5, 3], key=abs)", "1"),
    ("min([], default=None)", "None"),
    ("min([])", "ValueError: min() iterable argument is empty"),
    (
        "min()",
        "TypeError: min expected at least 1 argument, got 0",
    ),
    ("pow(2, 10)", "1024"),
    ("pow(2, -1)", "0.5"),
    ("pow(2, 0.5)", "1.4142135623730951"),
    ("pow(2, 10, 1000)", "24"),
    ("pow(2, -1, 5)", "3"),
    ("pow(-2, 3, 7)", "6"),
    ("pow(2, 3, None)", "8"),
    ("pow(base=2, exp=3)", "8"),
    ("pow(2, exp=3, mod=5)", "3"),
    (
        "pow(2, -1, 4)",
        "ValueError: base is not invertible for the given modulus",
    ),
    ("pow(2, 2, 0)", "ValueError: pow() 3rd argument cannot be 0"),
    (
        "pow(2.0, 2, 3)",
        "TypeError: pow() 3rd argument not allowed unless all arguments are integers",
    ),
    (
        "pow(2, 2, 3.0)",
        "TypeError: pow() 3rd argument not allowed unless all arguments are integers",
    ),
    (
        "pow('a', 2, 3)",
        "TypeError: unsupported operand type(s) for ** or pow(): 'str', 'int', 'int'",
    ),
    (
        "pow('a', 2)",
        "TypeError: unsupported operand type(s) for ** or pow(): 'str' and 'int'",
    ),
    (
        "pow()",
        "TypeError: pow() missing required argument 'base' (pos 1)",
    ),
    (
        "pow(1)",
        "TypeError: pow() missing required argument 'exp' (pos 2)",
    ),
    (
        "pow(1, 2, 3, 4)",
        "TypeError: pow() takes at most 3 arguments (4 given)",
    ),
    (
        "pow(1, 2, x=3)",
        "TypeError: pow() got an unexpected keyword argument 'x'",
    ),
    ("pow(0, -1)", "ZeroDivisionError: zero to a negative power"),
    ("pow(-8, 1/3)", "(1.0000000000000002+1.7320508075688772j)"),
    ("repr('a')", "\"'a'\""),
    ("repr(5)", "'5'"),
    (
        "repr()",
        "TypeError: repr() takes exactly one argument (0 given)",
    ),
    ("round(2.5)", "2"),
    ("round(3.5)", "4"),
    ("round(-0.5)", "0"),
    ("round(2.675, 2)", "2.67"),
    ("round(1.5, None)", "2"),
    ("round(1234.5678, -2)", "1200.0"),
    ("round(5)", "5"),
    ("round(5, None)", "5"),
    (
        "round(1e300)",
        "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160",
    ),
    (
        "round(inf)",
        "OverflowError: cannot convert float infinity to integer",
    ),
    (
        "round(nan)",
        "ValueError: cannot convert float NaN to integer",
    ),
    (
        "round('x')",
        "TypeError: type str doesn't define __round__ method",
    ),
    (
        "round()",
        "TypeError: round() missing required argument 'number' (pos 1)",
    ),
    (
        "round(1.5, 'a')",
        "TypeError: 'str' object cannot be interpreted as an integer",
    ),
    (
        "round(1, 2, 3)",
        "TypeError: round() takes at most 2 arguments (3 given)",
    ),
    ("sum([1, 2, 3])", "6"),
    ("sum([1, 2], 10)", "13"),
    (
        "sum([0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1])",
        "1.0",
    ),
    ("sum([0.1, 0.2, 0.3])", "0.6"),
    ("sum([1e100, 1.0, -1e100, 1.0])", "2.0"),
    ("sum([1, 2.5, 3])", "6.5"),
    ("sum([True, True, 2])", "4"),
    ("sum([10**20, 10**20])", "200000000000000000000"),
    ("sum([2**62, 2**62])", "9223372036854775808"),
    ("sum([], 5)", "5"),
    ("sum([1.5], start=1)", "2.5"),
    (
        "sum(['a'])",
        "TypeError: unsupported operand type(s) for +: 'int' and 'str'",
    ),
    (
        "sum([], 'a')",
        "TypeError: sum() can't sum strings [use ''.join(seq) instead]",
    ),
    (
        "sum([], start='')",
        "TypeError: sum() can't sum strings [use ''.join(seq) instead]",
    ),
    (
        "sum()",
        "TypeError: sum() takes at least 1 positional argument (0 given)",
    ),
    ("sum(1)", "TypeError: 'int' object is not iterable"),
    (
        "sum(1, 2, 3)",
        "TypeError: sum() takes at most 2 arguments (3 given)",
    ),
    (
        "sum([], x=1)",
        "TypeError: sum() got an unexpected keyword argument 'x'",
    ),
    (
        "sum(iterable=[])",
        "TypeError: sum() takes at least 1 positional argument (0 given)",
    ),
    ("sum([inf, -inf])", "nan"),
    ("sum([inf, 1.0])", "inf"),
    (
        "sum([1.0, 10**400])",
        "OverflowError: int too large to convert to float",
    ),
    ("sorted()", "TypeError: sorted expected 1 argument, got 0"),
    (
        "sorted([1], [2])",
        "TypeError: sorted expected 1 argument, got 2",
    ),
    ("callable(sorted)", "True"),
    ("collect(enumerate([5, 6]))", "[(0, 5), (1, 6)]"),
    ("collect(enumerate([5, 6], 10))", "[(10, 5), (11, 6)]"),
    ("collect(enumerate([5, 6], start=-1))", "[(-1, 5), (0, 6)]"),
    (
        "collect(enumerate([5], 2**70))",
        "[(1180591620717411303424, 5)]",
    ),
    ("collect(enumerate(iterable=[7]))", "[(0, 7)]"),
    (
        "enumerate()",
        "TypeError: enumerate() missing required argument 'iterable'",
    ),
    ("enumerate(1)", "TypeError: 'int' object is not iterable"),
    (
        "enumerate([], 'x')",
        "TypeError: 'str' object cannot be interpreted as an integer",
    ),
    (
        "enumerate([], 1, 2)",
        "TypeError: enumerate() takes at most 2 arguments (3 given)",
    ),
    (
        "enumerate(x=1)",
        "TypeError: 'x' is an invalid keyword argument for enumerate()",
    ),
    (
        "enumerate([], start=1.5)",
        "TypeError: 'float' object cannot be interpreted as an integer",
    ),
    ("collect(zip([1, 2, 3], [4, 5]))", "[(1, 4), (2, 5)]"),
    ("collect(zip())", "[]"),
    ("collect(zip([1]))", "[(1,)]"),
    (
        "collect(zip([1, 2], [3, 4], strict=True))",
        "[(1, 3), (2, 4)]",
    ),
    (
        "collect(zip([1], [], strict=True))",
        "ValueError: zip() argument 2 is shorter than argument 1",
    ),
    (
        "collect(zip([], [1], strict=True))",
        "ValueError: zip() argument 2 is longer than argument 1",
    ),
    (
        "collect(zip([1], [1], [], strict=True))",
        "ValueError: zip() argument 3 is shorter than arguments 1-2",
    ),
    (
        "collect(zip([], [], [1], strict=True))",
        "ValueError: zip() argument 3 is longer than arguments 1-2",
    ),
    ("collect(zip([1, 2], [3], strict=False))", "[(1, 3)]"),
    ("zip(1)", "TypeError: 'int' object is not iterable"),
    ("zip([], 1)", "TypeError: 'int' object is not iterable"),
    (
        "zip(x=1)",
        "TypeError: zip() got an unexpected keyword argument 'x'",
    ),
    ("collect(map(neg, [1, 2, 3]))", "[-1, -2, -3]"),
    ("collect(map(pow, [2, 3], [3, 2]))", "[8, 9]"),
    ("collect(map(pow, [2, 3, 4], [3, 2]))", "[8, 9]"),
    ("collect(map(pow, [2, 3], [3, 2], strict=True))", "[8, 9]"),
    (
        "collect(map(pow, [2, 3, 4], [3, 2], strict=True))",
        "ValueError: map() argument 2 is shorter than argument 1",
    ),
    (
        "collect(map(len, [1]))",
        "TypeError: object of type 'int' has no len()",
    ),
    (
        "map()",
        "TypeError: map() must have at least two arguments.",
    ),
    (
        "map(len)",
        "TypeError: map() must have at least two arguments.",
    ),
    ("map(len, 1)", "TypeError: 'int' object is not iterable"),
    (
        "map(len, [1], x=1)",
        "TypeError: map() got an unexpected keyword argument 'x'",
    ),
    (
        "collect(filter(None, [0, 1, '', 'a', None, [], [0]]))",
        "[1, 'a', [0]]",
    ),
    ("collect(filter(neg, [0, 1, 2]))", "[1, 2]"),
    ("filter()", "TypeError: filter expected 2 arguments, got 0"),
    (
        "filter(None)",
        "TypeError: filter expected 2 arguments, got 1",
    ),
    ("filter(None, 1)", "TypeError: 'int' object is not iterable"),
    (
        "filter(1, 2, 3)",
        "TypeError: filter expected 2 arguments, got 3",
    ),
    (
        "filter(None, [], x=1)",
        "TypeError: filter() takes no keyword arguments",
    ),
    ("collect(reversed([1, 2, 3]))", "[3, 2, 1]"),
    ("collect(reversed(()))", "[]"),
    ("collect(reversed((1, 'a')))", "['a', 1]"),
    (
        "reversed()",
        "TypeError: reversed expected 1 argument, got 0",
    ),
    ("reversed(1)", "TypeError: 'int' object is not reversible"),
    (
        "reversed([], x=1)",
        "TypeError: reversed() takes no keyword arguments",
    ),
    (
        "reversed(1, 2)",
        "TypeError: reversed expected 1 argument, got 2",
    ),
    (
        "vars(1)",
        "TypeError: vars() argument must have __dict__ attribute",
    ),
    (
        "vars(1, 2)",
        "TypeError: vars expected at most 1 argument, got 2",
    ),
    (
        "dir(1, 2)",
        "TypeError: dir expected at most 1 argument, got 2",
    ),
    (
        "dir(type('C', (), {'__dir__': staticmethod(names)})())",
        "['a', 'b', 'c']",
    ),
    (
        "id()",
        "TypeError: id() takes exactly one argument (0 given)",
    ),
    (
        "callable()",
        "TypeError: callable() takes exactly one argument (0 given)",
    ),
    (
        "hash()",
        "TypeError: hash() takes exactly one argument (0 given)",
    ),
    ("None", "None"),
    ("...", "Ellipsis"),
    ("NotImplemented", "NotImplemented"),
    ("__debug__", "True"),
    ("Ellipsis", "Ellipsis"),
    ("True", "True"),
    ("issubclass(ModuleNotFoundError, ImportError)", "True"),
    ("issubclass(enumerate, object)", "True"),
    ("issubclass(type('E', (enumerate,), {}), enumerate)", "True"),
    (
        "collect(type('E', (enumerate,), {})([7, 8]))",
        "[(0, 7), (1, 8)]",
    ),
    ("collect(type('Z', (zip,), {})([1], [2]))", "[(1, 2)]"),
    ("type(enumerate([]))", "<class 'enumerate'>"),
    ("type(iter(len, 1))", "<class 'callable_iterator'>"),
    ("type(zip())", "<class 'zip'>"),
    ("type(reversed((1,)))", "<class 'reversed'>"),
    ("next(enumerate([4]))", "(0, 4)"),
    ("enumerate([4]).__next__()", "(0, 4)"),
    ("zip().__next__()", "StopIteration: "),
    (
        "print(sep=1)",
        "TypeError: sep must be None or a string, not int",
    ),
    (
        "print(end=1)",
        "TypeError: end must be None or a string, not int",
    ),
    (
        "print(x=1)",
        "TypeError: print() got an unexpected keyword argument 'x'",
    ),
    (
        "input(1, 2)",
        "TypeError: input expected at most 1 argument, got 2",
    ),
    ("type('E', (enumerate,), {})([4]).__next__()", "(0, 4)"),
    (
        "type(iter(len, 1))()",
        "TypeError: cannot create 'callable_iterator' instances",
    ),
    (
        "type('X', (type(iter(len, 1)),), {})",
        "TypeError: type 'callable_iterator' is not an acceptable base type",
    ),
    ("vars(type('C', (), {})())", "{}"),
    ("callable(enumerate)", "True"),
    ("callable(enumerate([]))", "False"),
    (
        "collect(zip([1, 2], [3, 4], [5, 6]))",
        "[(1, 3, 5), (2, 4, 6)]",
    ),
    ("collect(map(divmod, [7, 8], [2, 3]))", "[(3, 1), (2, 2)]"),
    ("collect(filter(None, ()))", "[]"),
    ("collect(enumerate(zip([1], [2])))", "[(0, (1, 2))]"),
    (
        "collect(reversed(reversed((1, 2, 3))))",
        "TypeError: 'reversed' object is not reversible",
    ),
    ("next(zip([1], [2]))", "(1, 2)"),
    ("next(map(neg, [1]))", "-1"),
    ("next(filter(None, [0, 0, 5]))", "5"),
    ("next(reversed((1, 2)))", "2"),
    ("next(iter(iter([9]).__next__, 0))", "9"),
    ("next(reversed(()), 'empty')", "'empty'"),
    ("next(filter(None, [0]), 'none')", "'none'"),
    ("sum([0.5, 1], 0.25)", "1.75"),
    ("sum([1, 2], 0.5)", "3.5"),
    ("sum([3, 0.5, 4])", "7.5"),
    ("sum([1e308, 1e308])", "inf"),
    ("sum([1e308, 1e308, -1e308])", "inf"),
    ("sum([0.1, 1e20, -1e20])", "0.1"),
    ("min([], key=neg, default='d')", "'d'"),
    ("max(iter([4, 9, 2]))", "9"),
    ("min(iter([]), default=0)", "0"),
    ("abs(-0.0)", "0.0"),
    ("abs(-inf)", "inf"),
    ("pow(3, 4, -5)", "-4"),
    ("pow(2, 100, 1000000007)", "976371285"),
    ("pow(True, 2, 5)", "1"),
    ("hex(10**20)", "'0x56bc75e2d63100000'"),
    (
        "bin(-2**64)",
        "'-0b10000000000000000000000000000000000000000000000000000000000000000'",
    ),
    ("chr(955)", "'λ'"),
    ("ord(chr(1114111))", "1114111"),
    ("hasattr(object, '__class__')", "True"),
    ("isinstance(int, type)", "True"),
    ("isinstance(type, type)", "True"),
    ("issubclass(type, object)", "True"),
    ("sum([3.3, -2**63, 2**63])", "3.3"),
    ("sum([3.3, -1e300, 10**300])", "3.3"),
    ("sum([1e16, True, True])", "1.0000000000000002e+16"),
    (
        "sum([10**30, 1e100, 3, -1e100, 9007199254740993], 5)",
        "9007199254740992.0",
    ),
    ("sum([10**30, 0.1, -7, 1e100, -1e100, -7], 5)", "-7.0"),
    ("sum([2**62, 2**62, 1.5])", "9.223372036854776e+18"),
    ("sum([1, 2], 2**64)", "18446744073709551619"),
    ("sum([1e100, 1, -1e100], 0.0)", "1.0"),
    ("reversed((1, 2, 3)).__length_hint__()", "3"),
    ("reversed(()).__length_hint__()", "0"),
];

/// As [`CASES`], relying on other types' methods.
const PENDING: &[(&str, &str)] = &[
    ("ascii([1, 'ÿ'])", "\"[1, '\\\\xff']\""),
    ("format(5, 'x')", "'5'"),
    ("format(1234567, ',')", "'1,234,567'"),
    ("format(1.5, '.3f')", "'1.500'"),
    ("format('ab', '>4')", "'  ab'"),
    (
        "format(1, 'q')",
        "ValueError: Unknown format code 'q' for object of type 'int'",
    ),
    ("hash(True)", "1"),
    ("len('abc')", "3"),
    ("max([1.5, 2, True])", "2"),
    ("max([2, 2.0])", "2"),
    ("min(2, 2.0)", "2"),
    ("repr([1, 'b'])", "\"[1, 'b']\""),
    ("sum([[1], [2]], [])", "[1, 2]"),
    ("sum([(1,), (2,)], ())", "(1, 2)"),
    ("isinstance(ValueError('x'), Exception)", "True"),
    ("sorted([3, 1, 2])", "[1, 2, 3]"),
    ("sorted([3, 1, 2], reverse=True)", "[3, 2, 1]"),
    ("sorted([1, -3, 2], key=abs)", "[1, 2, -3]"),
    (
        "sorted([1], x=1)",
        "TypeError: sort() got an unexpected keyword argument 'x'",
    ),
    ("sorted((2, 1), key=neg, reverse=True)", "[1, 2]"),
    (
        "sorted([1, 'a'])",
        "TypeError: '<' not supported between instances of 'str' and 'int'",
    ),
    ("round(1234, -2)", "1200"),
    ("round(1250, -2)", "1200"),
    ("round(True)", "1"),
    ("collect(enumerate('ab'))", "[(0, 'a'), (1, 'b')]"),
    ("collect(reversed('abc'))", "['c', 'b', 'a']"),
    ("collect(zip('ab', (1, 2)))", "[('a', 1), ('b', 2)]"),
    ("collect(reversed([1, 2]))", "[2, 1]"),
    ("max('abc')", "'c'"),
    ("collect(filter(bool, [0, 1]))", "[1]"),
    ("min('bca', key=ord)", "'a'"),
    ("max([(1, 'b'), (1, 'a')])", "(1, 'b')"),
    (
        "sum([2**63, -2**63, -1e16, 0.1, True, -1e16, 9007199254740993, True])",
        "-1.0992800745259008e+16",
    ),
];
