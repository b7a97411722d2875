//! Compile-time evaluation: constants from the AST, folding of simple
//! constant expressions (as CPython's optimizer folds them: only operations
//! that cannot raise and give small results), docstrings as CPython 3.13+
//! stores them, and a class's `__static_attributes__`.

use crate::ast::{self, Expr, ExprContext, Operator, PyString, Stmt, UnaryOperator};
use crate::bytecode::Constant;

/// Longest str or bytes a fold may produce.
const MAX_STR_SIZE: usize = 4096;

/// The code object constant of an AST constant.
pub(super) fn constant(value: &ast::Constant) -> Constant {
    match value {
        ast::Constant::None => Constant::None,
        ast::Constant::Bool(b) => Constant::Bool(*b),
        ast::Constant::Int(i) => Constant::Int(*i),
        ast::Constant::BigInt(i) => Constant::BigInt(i.clone()),
        ast::Constant::Float(f) => Constant::Float(*f),
        ast::Constant::Imaginary(f) => Constant::Complex { re: 0.0, im: *f },
        ast::Constant::Str(s) => Constant::Str(s.clone()),
        ast::Constant::Bytes(b) => Constant::Bytes(b.clone()),
        ast::Constant::Ellipsis => Constant::Ellipsis,
    }
}

/// The value of `e` if it is a constant expression CPython folds.
pub(super) fn fold(e: &Expr) -> Option<Constant> {
    match e {
        Expr::Constant(c) => Some(constant(&c.value)),
        Expr::UnaryOp(u) => unary(u.op, fold(&u.operand)?),
        Expr::BinOp(b) => binary(b.op, fold(&b.left)?, fold(&b.right)?),
        Expr::Tuple(t) if t.ctx == ExprContext::Load => {
            let items: Option<Vec<Constant>> = t.elts.iter().map(fold_item).collect();
            Some(Constant::Tuple(items?.into()))
        }
        _ => None,
    }
}

/// A unary operation on a constant, if CPython folds it.
pub(super) fn unary(op: UnaryOperator, operand: Constant) -> Option<Constant> {
    {
        {
            match (op, operand) {
                (UnaryOperator::USub, Constant::Int(i)) => i.checked_neg().map(Constant::Int),
                (UnaryOperator::USub, Constant::Float(f)) => Some(Constant::Float(-f)),
                (UnaryOperator::USub, Constant::Complex { re, im }) => {
                    Some(Constant::Complex { re: -re, im: -im })
                }
                (UnaryOperator::Invert, Constant::Int(i)) => Some(Constant::Int(!i)),
                (UnaryOperator::UAdd, c @ (Constant::Int(_) | Constant::Float(_))) => Some(c),
                _ => None,
            }
        }
    }
}

/// A tuple item: a constant, not a starred expression.
fn fold_item(e: &Expr) -> Option<Constant> {
    match e {
        Expr::Starred(_) => None,
        _ => fold(e),
    }
}

/// A binary operation on constants, if CPython folds it.
pub(super) fn binary(op: Operator, left: Constant, right: Constant) -> Option<Constant> {
    use Constant::*;
    match (left, right) {
        (Int(a), Int(b)) => int_binary(op, a, b),
        (Float(a), Float(b)) => float_binary(op, a, b),
        (Int(a), Float(b)) if small(a) => float_binary(op, a as f64, b),
        (Float(a), Int(b)) if small(b) => float_binary(op, a, b as f64),
        (re @ (Int(_) | Float(_)), Complex { re: 0.0, im })
            if op == Operator::Add || op == Operator::Sub =>
        {
            let re = match re {
                Int(a) if small(a) => a as f64,
                Float(f) => f,
                _ => return Option::None,
            };
            let im = if op == Operator::Sub { -im } else { im };
            Some(Complex { re, im })
        }
        (Str(a), Str(b))
            if op == Operator::Add && a.as_wtf8().len() + b.as_wtf8().len() <= MAX_STR_SIZE =>
        {
            let mut bytes = a.as_wtf8().to_vec();
            bytes.extend_from_slice(b.as_wtf8());
            Some(Str(PyString::from_wtf8(bytes)))
        }
        (Bytes(a), Bytes(b)) if op == Operator::Add && a.len() + b.len() <= MAX_STR_SIZE => {
            Some(Bytes([&a[..], &b[..]].concat().into()))
        }
        (Str(s), Int(n)) | (Int(n), Str(s)) if op == Operator::Mult => {
            let count = usize::try_from(n.max(0)).ok()?;
            (s.as_wtf8().len().checked_mul(count)? <= MAX_STR_SIZE)
                .then(|| Str(PyString::from_wtf8(s.as_wtf8().repeat(count))))
        }
        (Bytes(s), Int(n)) | (Int(n), Bytes(s)) if op == Operator::Mult => {
            let count = usize::try_from(n.max(0)).ok()?;
            (s.len().checked_mul(count)? <= MAX_STR_SIZE).then(|| Bytes(s.repeat(count).into()))
        }
        _ => Option::None,
    }
}

/// Whether an int converts to a float exactly.
fn small(i: i64) -> bool {
    i.unsigned_abs() <= 1 << 53
}

fn int_binary(op: Operator, a: i64, b: i64) -> Option<Constant> {
    let value = match op {
        Operator::Add => a.checked_add(b)?,
        Operator::Sub => a.checked_sub(b)?,
        Operator::Mult => a.checked_mul(b)?,
        Operator::FloorDiv if b != 0 => {
            let q = a.checked_div(b)?;
            if a % b != 0 && (a < 0) != (b < 0) {
                q - 1
            } else {
                q
            }
        }
        Operator::Mod if b != 0 => {
            let r = a.checked_rem(b)?;
            if r != 0 && (r < 0) != (b < 0) {
                r + b
            } else {
                r
            }
        }
        Operator::Pow if (0..=64).contains(&b) => a.checked_pow(b as u32)?,
        Operator::LShift if (0..64).contains(&b) => {
            let shifted = a.checked_shl(b as u32)?;
            if shifted >> b != a {
                return None;
            }
            shifted
        }
        Operator::RShift if b >= 0 => a >> b.min(63),
        Operator::BitAnd => a & b,
        Operator::BitOr => a | b,
        Operator::BitXor => a ^ b,
        Operator::Div if b != 0 && small(a) && small(b) => {
            return Some(Constant::Float(a as f64 / b as f64));
        }
        _ => return None,
    };
    Some(Constant::Int(value))
}

fn float_binary(op: Operator, a: f64, b: f64) -> Option<Constant> {
    let value = match op {
        Operator::Add => a + b,
        Operator::Sub => a - b,
        Operator::Mult => a * b,
        Operator::Div if b != 0.0 => a / b,
        _ => return None,
    };
    value.is_finite().then_some(Constant::Float(value))
}

/// The truth value of a constant, where it cannot run code.
pub(super) fn truth(value: &Constant) -> Option<bool> {
    Some(match value {
        Constant::None => false,
        Constant::Bool(b) => *b,
        Constant::Int(i) => *i != 0,
        Constant::BigInt(_) | Constant::Ellipsis | Constant::Code(_) => true,
        Constant::Float(f) => *f != 0.0,
        Constant::Complex { re, im } => *re != 0.0 || *im != 0.0,
        Constant::Str(s) => !s.as_wtf8().is_empty(),
        Constant::Bytes(b) => !b.is_empty(),
        Constant::Tuple(items) | Constant::FrozenSet(items) => !items.is_empty(),
    })
}

/// A constant standing for every constant equal to `value` as a dict key
/// (`True`, `1`, `1.0` and `(1+0j)` are one key).
pub(super) fn hash_key(value: &Constant) -> Constant {
    match *value {
        Constant::Bool(b) => Constant::Int(b as i64),
        Constant::Float(f) if f.fract() == 0.0 && f.abs() < 9.0e18 => Constant::Int(f as i64),
        Constant::Complex { re, im: 0.0 } => hash_key(&Constant::Float(re)),
        _ => value.clone(),
    }
}

/// The docstring a body starts with, cleaned as CPython 3.13+ stores it:
/// tabs expanded, the first line's leading spaces and the common
/// indentation of the other lines removed.
pub(super) fn docstring(body: &[Stmt]) -> Option<PyString> {
    let Some(Stmt::Expr(first)) = body.first() else {
        return None;
    };
    let Expr::Constant(c) = &*first.value else {
        return None;
    };
    let ast::Constant::Str(text) = &c.value else {
        return None;
    };
    Some(PyString::from_wtf8(clean_doc(text.as_wtf8())))
}

fn clean_doc(doc: &[u8]) -> Vec<u8> {
    let expanded;
    let doc = if doc.contains(&b'\t') {
        expanded = expand_tabs(doc);
        &expanded[..]
    } else {
        doc
    };
    let lines: Vec<&[u8]> = doc.split(|&b| b == b'\n').collect();
    let indent = |line: &[u8]| line.iter().take_while(|&&b| b == b' ').count();
    let margin = lines[1..]
        .iter()
        .filter(|line| indent(line) < line.len())
        .map(|line| indent(line))
        .min()
        .unwrap_or(0);
    let mut out = Vec::with_capacity(doc.len());
    for (i, line) in lines.iter().enumerate() {
        if i > 0 {
            out.push(b'\n');
        }
        let skip = if i == 0 {
            indent(line)
        } else {
            margin.min(indent(line))
        };
        out.extend_from_slice(&line[skip..]);
    }
    out
}

fn expand_tabs(doc: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(doc.len());
    let mut column = 0;
    for &b in doc {
        match b {
            b'\t' => {
                let spaces = 8 - column % 8;
                out.extend(std::iter::repeat_n(b' ', spaces));
                column += spaces;
            }
            b'\n' | b'\r' => {
                out.push(b);
                column = 0;
            }
            _ => {
                out.push(b);
                // Count characters, not the continuation bytes of UTF-8.
                if b & 0xc0 != 0x80 {
                    column += 1;
                }
            }
        }
    }
    out
}

/// `__static_attributes__`: the sorted names `self.NAME` is assigned to in
/// the methods of a class body, `self` being each method's first parameter.
pub(super) fn static_attributes(body: &[Stmt]) -> Vec<Constant> {
    let mut names: Vec<&str> = Vec::new();
    for stmt in body {
        let (args, body) = match stmt {
            Stmt::FunctionDef(f) => (&f.args, &f.body),
            Stmt::AsyncFunctionDef(f) => (&f.args, &f.body),
            _ => continue,
        };
        if let Some(first) = args.posonlyargs.first().or(args.args.first()) {
            collect_statements(body, &first.arg, &mut names);
        }
    }
    names.sort_unstable();
    names.dedup();
    names
        .into_iter()
        .map(|n| Constant::Str(n.to_string().into()))
        .collect()
}

fn collect_statements<'a>(body: &'a [Stmt], this: &str, out: &mut Vec<&'a str>) {
    for stmt in body {
        match stmt {
            Stmt::Assign(s) => s.targets.iter().for_each(|t| collect_target(t, this, out)),
            Stmt::AugAssign(s) => collect_target(&s.target, this, out),
            Stmt::AnnAssign(s) => collect_target(&s.target, this, out),
            Stmt::For(s) => {
                collect_target(&s.target, this, out);
                collect_statements(&s.body, this, out);
                collect_statements(&s.orelse, this, out);
            }
            Stmt::AsyncFor(s) => {
                collect_target(&s.target, this, out);
                collect_statements(&s.body, this, out);
                collect_statements(&s.orelse, this, out);
            }
            Stmt::While(s) => {
                collect_statements(&s.body, this, out);
                collect_statements(&s.orelse, this, out);
            }
            Stmt::If(s) => {
                collect_statements(&s.body, this, out);
                collect_statements(&s.orelse, this, out);
            }
            Stmt::With(s) => {
                s.items
                    .iter()
                    .filter_map(|i| i.optional_vars.as_deref())
                    .for_each(|t| collect_target(t, this, out));
                collect_statements(&s.body, this, out);
            }
            Stmt::AsyncWith(s) => {
                s.items
                    .iter()
                    .filter_map(|i| i.optional_vars.as_deref())
                    .for_each(|t| collect_target(t, this, out));
                collect_statements(&s.body, this, out);
            }
            Stmt::Try(s) => {
                collect_statements(&s.body, this, out);
                s.handlers
                    .iter()
                    .for_each(|h| collect_statements(&h.body, this, out));
                collect_statements(&s.orelse, this, out);
                collect_statements(&s.finalbody, this, out);
            }
            Stmt::TryStar(s) => {
                collect_statements(&s.body, this, out);
                s.handlers
                    .iter()
                    .for_each(|h| collect_statements(&h.body, this, out));
                collect_statements(&s.orelse, this, out);
                collect_statements(&s.finalbody, this, out);
            }
            Stmt::Match(s) => s
                .cases
                .iter()
                .for_each(|c| collect_statements(&c.body, this, out)),
            _ => {}
        }
    }
}

fn collect_target<'a>(target: &'a Expr, this: &str, out: &mut Vec<&'a str>) {
    match target {
        Expr::Attribute(a) => {
            if let Expr::Name(n) = &*a.value
                && &*n.id == this
            {
                out.push(&a.attr);
            }
        }
        Expr::Tuple(t) => t.elts.iter().for_each(|e| collect_target(e, this, out)),
        Expr::List(l) => l.elts.iter().for_each(|e| collect_target(e, this, out)),
        Expr::Starred(s) => collect_target(&s.value, this, out),
        _ => {}
    }
}
