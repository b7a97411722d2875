//! The runtime form of a code object: the compiler's [`CodeObject`] with its
//! constants and names turned into objects once, and the tables the eval
//! loop reads (exception table, where each cell's argument comes from).

use compiler::bytecode::{CodeFlags, CodeObject, Constant, ExceptionEntry};
use runtime::PyRef;
use runtime::text::PyStr;
use runtime::types::{
    OBJECT, Slots, Type, complex, ellipsis, float, from_bool, int, none, str as pystr, tuple,
};
use std::sync::{Arc, OnceLock};

/// A code object ready to run; shared by every function made from it.
pub struct Code {
    pub source: Arc<CodeObject>,
    /// The words the eval loop runs: `source.code` with adjacent pairs
    /// fused ([`crate::fused`]).
    pub words: Box<[u32]>,
    pub consts: Vec<PyRef>,
    /// `co_names`, interned.
    pub names: Vec<PyRef>,
    /// `co_varnames`, interned (keyword argument matching compares these).
    pub varnames: Vec<PyRef>,
    /// For each cell variable, the local slot of the parameter it starts
    /// from, if it is one.
    pub cell_from_arg: Vec<Option<usize>>,
    /// Where a zero-argument `super()` finds its operands: the cell of the
    /// first parameter if it is one, and the `__class__` free variable
    /// (indices among the cells and among the free variables), found once
    /// rather than by name at every call.
    pub first_arg_cell: Option<usize>,
    pub class_cell: Option<usize>,
    /// Fast locals + cells + free variables.
    pub nslots: usize,
    /// The slots and the deepest value stack: all a frame's values.
    pub capacity: usize,
    /// Whether the words start with a plain `RESUME`, which a call from
    /// the eval loop skips ([`crate::frame::Frame::for_plain_call`]).
    pub starts_with_resume: bool,
    /// The parameter count when the parameters are plain positional ones
    /// only (no `*args`, `**kwargs` nor keyword-only ones): a call with
    /// exactly that many positional arguments binds them in order.
    pub plain_params: Option<usize>,
    pub name: PyRef,
    pub qualname: PyRef,
    lines: OnceLock<Vec<u32>>,
}

/// The payload of a `code` object.
pub struct CodeRef(pub Arc<Code>);

pub static CODE: Type = Type::builtin::<CodeRef>("code", Some(&OBJECT), 0, Slots::NONE);

impl Code {
    pub fn new(source: Arc<CodeObject>) -> Arc<Code> {
        let consts = source.consts.iter().map(constant).collect();
        let intern = |names: &[Box<str>]| names.iter().map(|n| pystr::intern(n)).collect();
        let cell_from_arg = source
            .cellvars
            .iter()
            .map(|c| source.varnames.iter().position(|v| v == c))
            .collect();
        let first_arg_cell = source
            .varnames
            .first()
            .and_then(|first| source.cellvars.iter().position(|c| c == first));
        let class_cell = source.freevars.iter().position(|n| &**n == "__class__");
        let nslots = source.varnames.len() + source.cellvars.len() + source.freevars.len();
        let words = crate::fused::prepare(&source.code);
        let starts_with_resume = words
            .first()
            .is_some_and(|&w| w as u8 == compiler::bytecode::Opcode::RESUME as u8);
        Arc::new(Code {
            consts,
            names: intern(&source.names),
            varnames: intern(&source.varnames),
            cell_from_arg,
            first_arg_cell,
            class_cell,
            nslots,
            capacity: nslots + source.max_stack as usize,
            starts_with_resume,
            plain_params: (source.kwonly_arg_count == 0
                && !source.flags.has(CodeFlags::VARARGS)
                && !source.flags.has(CodeFlags::VARKEYWORDS))
            .then_some(source.arg_count as usize),
            name: pystr::intern(&source.name),
            qualname: pystr::new_str(&source.qualname),
            lines: OnceLock::new(),
            words,
            source,
        })
    }

    /// The code object as a Python object.
    pub fn object(self: &Arc<Code>) -> PyRef {
        PyRef::new(CodeRef(self.clone()), &CODE)
    }

    /// The line of the instruction at word `index` (0 if none).
    pub fn line_at(&self, index: usize) -> u32 {
        let lines = self.lines.get_or_init(|| {
            self.source
                .lines
                .decode()
                .into_iter()
                .map(|l| l.line)
                .collect()
        });
        lines.get(index).copied().unwrap_or(0)
    }

    /// The exception-table row covering word `index`.
    pub fn handler_for(&self, index: usize) -> Option<&ExceptionEntry> {
        let index = index as u32;
        self.source
            .exceptions
            .iter()
            .find(|e| e.start <= index && index < e.end)
    }

    pub fn first_cell_slot(&self) -> usize {
        self.source.varnames.len()
    }
}

/// The object a compiler constant stands for, immortal: every thread
/// running the code loads it, and it lives as long as the code (CPython's
/// free-threaded build defers such references; ferropy has no collector to
/// account for deferred ones yet).
pub fn constant(c: &Constant) -> PyRef {
    let v = constant_object(c);
    v.immortalize();
    v
}

fn constant_object(c: &Constant) -> PyRef {
    match c {
        Constant::None => none(),
        Constant::Bool(b) => from_bool(*b),
        Constant::Int(i) => int::from_i64(*i),
        Constant::BigInt(b) => int::from_int(runtime::num::Int::from((**b).clone())),
        Constant::Float(f) => float::from_f64(*f),
        Constant::Complex { re, im } => {
            complex::from_complex(runtime::num::Complex { re: *re, im: *im })
        }
        Constant::Str(s) => {
            let text = PyStr::from_wtf8(s.as_wtf8());
            if text.len() <= 40 && text.as_ascii().is_some() {
                pystr::intern_pystr(text)
            } else {
                pystr::from_pystr(text)
            }
        }
        Constant::Bytes(b) => crate::objects::bytes_constant(b),
        Constant::Ellipsis => ellipsis(),
        Constant::Tuple(items) => tuple::new_tuple(items.iter().map(constant).collect()),
        Constant::FrozenSet(items) => {
            crate::objects::frozenset_constant(items.iter().map(constant).collect())
        }
        Constant::Code(code) => Code::new(code.clone()).object(),
    }
}
