//! The code object: everything the VM needs to run one function, class body
//! or module body.

use std::sync::Arc;

use num_bigint::BigInt;

use super::tables::{ExceptionEntry, LineTable};
use crate::ast::PyString;
use crate::literal::repr;

/// A constant of a code object: what the compiler can build without running
/// code (literals, folded expressions, tuples of constants, nested code).
#[derive(Clone, Debug)]
pub enum Constant {
    None,
    Bool(bool),
    Int(i64),
    BigInt(Box<BigInt>),
    Float(f64),
    Complex {
        re: f64,
        im: f64,
    },
    Str(PyString),
    Bytes(Box<[u8]>),
    Ellipsis,
    Tuple(Box<[Constant]>),
    /// A frozenset folded from a constant set in `x in {1, 2}`.
    FrozenSet(Box<[Constant]>),
    Code(Arc<CodeObject>),
}

impl Constant {
    /// Whether two constants are interchangeable in a constant table: equal
    /// and of the same type (`0`, `0.0` and `False` differ, as do `0.0` and
    /// `-0.0`); code objects only equal themselves.
    pub fn same(&self, other: &Constant) -> bool {
        use Constant::*;
        match (self, other) {
            (None, None) | (Ellipsis, Ellipsis) => true,
            (Bool(a), Bool(b)) => a == b,
            (Int(a), Int(b)) => a == b,
            (BigInt(a), BigInt(b)) => a == b,
            (Float(a), Float(b)) => a.to_bits() == b.to_bits(),
            (Complex { re: a, im: b }, Complex { re: c, im: d }) => {
                a.to_bits() == c.to_bits() && b.to_bits() == d.to_bits()
            }
            (Str(a), Str(b)) => a == b,
            (Bytes(a), Bytes(b)) => a == b,
            (Tuple(a), Tuple(b)) | (FrozenSet(a), FrozenSet(b)) => {
                a.len() == b.len() && a.iter().zip(b.iter()).all(|(x, y)| x.same(y))
            }
            (Code(a), Code(b)) => Arc::ptr_eq(a, b),
            _ => false,
        }
    }

    /// Python's `repr` of the constant (a code object shows as `<code NAME>`).
    pub fn repr(&self) -> String {
        match self {
            Constant::None => "None".into(),
            Constant::Bool(true) => "True".into(),
            Constant::Bool(false) => "False".into(),
            Constant::Int(i) => i.to_string(),
            Constant::BigInt(i) => i.to_string(),
            Constant::Float(f) => repr::float_repr(*f),
            Constant::Complex { re, im } if *re == 0.0 && re.is_sign_positive() => {
                repr::imaginary_repr(*im)
            }
            Constant::Complex { re, im } => {
                let sign = if im.is_sign_negative() { "-" } else { "+" };
                let im = repr::imaginary_repr(im.abs());
                format!(
                    "({}{sign}{im})",
                    repr::float_repr(*re).trim_end_matches(".0")
                )
            }
            Constant::Str(s) => repr::str_repr(s),
            Constant::Bytes(b) => repr::bytes_repr(b),
            Constant::Ellipsis => "Ellipsis".into(),
            Constant::Tuple(items) if items.len() == 1 => format!("({},)", items[0].repr()),
            Constant::Tuple(items) => format!("({})", join(items)),
            Constant::FrozenSet(items) => format!("frozenset({{{}}})", join(items)),
            Constant::Code(code) => format!("<code {}>", code.name),
        }
    }
}

fn join(items: &[Constant]) -> String {
    items
        .iter()
        .map(Constant::repr)
        .collect::<Vec<_>>()
        .join(", ")
}

/// `co_flags`, with CPython's bit values.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CodeFlags(pub u32);

impl CodeFlags {
    pub const OPTIMIZED: u32 = 0x1;
    pub const NEWLOCALS: u32 = 0x2;
    pub const VARARGS: u32 = 0x4;
    pub const VARKEYWORDS: u32 = 0x8;
    pub const NESTED: u32 = 0x10;
    pub const GENERATOR: u32 = 0x20;
    pub const COROUTINE: u32 = 0x80;
    pub const ASYNC_GENERATOR: u32 = 0x200;
    /// The function's first constant is its docstring.
    pub const HAS_DOCSTRING: u32 = 0x4000000;
    /// A method (reads `__class__` for zero-argument `super()`).
    pub const METHOD: u32 = 0x8000000;

    pub fn has(self, flag: u32) -> bool {
        self.0 & flag != 0
    }
}

/// A compiled block of code.
#[derive(Clone, Debug, Default)]
pub struct CodeObject {
    pub name: Box<str>,
    pub qualname: Box<str>,
    pub filename: Box<str>,
    pub first_line: u32,
    pub arg_count: u32,
    pub posonly_arg_count: u32,
    pub kwonly_arg_count: u32,
    pub flags: CodeFlags,
    /// The fast locals, parameters first.
    pub varnames: Vec<Box<str>>,
    /// The cell variables; a parameter that is one also keeps its local
    /// slot, from which `MAKE_CELL` takes the argument.
    pub cellvars: Vec<Box<str>>,
    pub freevars: Vec<Box<str>>,
    pub names: Vec<Box<str>>,
    pub consts: Vec<Constant>,
    /// Instruction and cache words.
    pub code: Vec<u32>,
    /// The deepest the value stack gets.
    pub max_stack: u32,
    pub lines: LineTable,
    pub exceptions: Vec<ExceptionEntry>,
}

impl CodeObject {
    /// The name of deref slot `index` (cells, then free variables).
    pub fn deref_name(&self, index: u32) -> Option<&str> {
        let index = index as usize;
        match index.checked_sub(self.cellvars.len()) {
            None => Some(&self.cellvars[index]),
            Some(free) => self.freevars.get(free).map(|name| &**name),
        }
    }

    /// Every code object nested in this one, recursively, this one first.
    pub fn walk(&self) -> Vec<&CodeObject> {
        let mut out = vec![self];
        let mut next = 0;
        while next < out.len() {
            let code = out[next];
            next += 1;
            for constant in &code.consts {
                if let Constant::Code(inner) = constant {
                    out.push(inner);
                }
            }
        }
        out
    }
}
