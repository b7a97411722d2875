//! An expression back to source text exactly as CPython's C unparser
//! (Python/ast_unparse.c) writes it: the strings that annotations become
//! under `from __future__ import annotations`.

use super::constant::{Constant, PyString};
use super::nodes::{
    Arg, Arguments, BoolOperator, CmpOperator, Comprehension, Expr, ExprConstant, Keyword,
    Operator, UnaryOperator,
};
use crate::literal::repr;

// Precedence levels, loosest first: an expression written where `level` is
// required gets parentheses when its own level is lower.
const TUPLE: u8 = 0;
/// `if`-`else`, `lambda`.
const TEST: u8 = 1;
const OR: u8 = 2;
const AND: u8 = 3;
const NOT: u8 = 4;
const CMP: u8 = 5;
/// `|`, and the operand of `*` and `**` in displays and calls.
const BOR: u8 = 6;
const BXOR: u8 = 7;
const BAND: u8 = 8;
const SHIFT: u8 = 9;
const ARITH: u8 = 10;
const TERM: u8 = 11;
/// Unary `+`, `-`, `~`.
const FACTOR: u8 = 12;
const POWER: u8 = 13;
const AWAIT: u8 = 14;
const ATOM: u8 = 15;

/// The text of `expr` as an annotation of `from __future__ import
/// annotations` (CPython's `_PyAST_ExprAsUnicode`).
pub fn unparse_expr(expr: &Expr) -> String {
    let mut out = String::new();
    write_expr(&mut out, expr, TEST);
    out
}

/// `expr` written where precedence `level` is required.
fn unparse_at(expr: &Expr, level: u8) -> String {
    let mut out = String::new();
    write_expr(&mut out, expr, level);
    out
}

/// Writes `items` separated by `", "`.
fn write_list<T>(out: &mut String, items: &[T], mut write: impl FnMut(&mut String, &T)) {
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        write(out, item);
    }
}

/// Writes `exprs` at [`TEST`] level, separated by `", "`.
fn write_exprs(out: &mut String, exprs: &[Expr]) {
    write_list(out, exprs, |out, e| write_expr(out, e, TEST));
}

/// Writes what `body` writes, in parentheses if `paren`.
fn parenthesized(out: &mut String, paren: bool, body: impl FnOnce(&mut String)) {
    if paren {
        out.push('(');
    }
    body(out);
    if paren {
        out.push(')');
    }
}

fn write_expr(out: &mut String, expr: &Expr, level: u8) {
    match expr {
        Expr::BoolOp(e) => {
            let (op, pr) = match e.op {
                BoolOperator::And => (" and ", AND),
                BoolOperator::Or => (" or ", OR),
            };
            parenthesized(out, level > pr, |out| {
                for (i, value) in e.values.iter().enumerate() {
                    if i > 0 {
                        out.push_str(op);
                    }
                    write_expr(out, value, pr + 1);
                }
            });
        }
        Expr::NamedExpr(e) => parenthesized(out, level > TUPLE, |out| {
            write_expr(out, &e.target, ATOM);
            out.push_str(" := ");
            write_expr(out, &e.value, ATOM);
        }),
        Expr::BinOp(e) => {
            let (op, pr) = binary_operator(e.op);
            let right_assoc = u8::from(e.op == Operator::Pow);
            parenthesized(out, level > pr, |out| {
                write_expr(out, &e.left, pr + right_assoc);
                out.push_str(op);
                write_expr(out, &e.right, pr + 1 - right_assoc);
            });
        }
        Expr::UnaryOp(e) => {
            let (op, pr) = match e.op {
                UnaryOperator::Invert => ("~", FACTOR),
                UnaryOperator::Not => ("not ", NOT),
                UnaryOperator::UAdd => ("+", FACTOR),
                UnaryOperator::USub => ("-", FACTOR),
            };
            parenthesized(out, level > pr, |out| {
                out.push_str(op);
                write_expr(out, &e.operand, pr);
            });
        }
        Expr::Lambda(e) => parenthesized(out, level > TEST, |out| {
            let positional = e.args.posonlyargs.len() + e.args.args.len();
            out.push_str(if positional > 0 { "lambda " } else { "lambda" });
            write_arguments(out, &e.args);
            out.push_str(": ");
            write_expr(out, &e.body, TEST);
        }),
        Expr::IfExp(e) => parenthesized(out, level > TEST, |out| {
            write_expr(out, &e.body, TEST + 1);
            out.push_str(" if ");
            write_expr(out, &e.test, TEST + 1);
            out.push_str(" else ");
            write_expr(out, &e.orelse, TEST);
        }),
        Expr::Dict(e) => {
            out.push('{');
            let items: Vec<_> = e.keys.iter().zip(&e.values).collect();
            write_list(out, &items, |out, (key, value)| match key {
                Some(key) => {
                    write_expr(out, key, TEST);
                    out.push_str(": ");
                    write_expr(out, value, TEST);
                }
                None => {
                    out.push_str("**");
                    write_expr(out, value, BOR);
                }
            });
            out.push('}');
        }
        Expr::Set(e) if e.elts.is_empty() => out.push_str("{*()}"),
        Expr::Set(e) => {
            out.push('{');
            write_exprs(out, &e.elts);
            out.push('}');
        }
        Expr::ListComp(e) => write_comprehension(out, "[", &e.elt, &e.generators, "]"),
        Expr::SetComp(e) => write_comprehension(out, "{", &e.elt, &e.generators, "}"),
        Expr::GeneratorExp(e) => write_comprehension(out, "(", &e.elt, &e.generators, ")"),
        Expr::DictComp(e) => {
            out.push('{');
            write_expr(out, &e.key, TEST);
            out.push_str(": ");
            write_expr(out, &e.value, TEST);
            write_generators(out, &e.generators);
            out.push('}');
        }
        Expr::Await(e) => parenthesized(out, level > AWAIT, |out| {
            out.push_str("await ");
            write_expr(out, &e.value, ATOM);
        }),
        Expr::Yield(e) => match &e.value {
            None => out.push_str("(yield)"),
            Some(value) => {
                out.push_str("(yield ");
                write_expr(out, value, TEST);
                out.push(')');
            }
        },
        Expr::YieldFrom(e) => {
            out.push_str("(yield from ");
            write_expr(out, &e.value, TEST);
            out.push(')');
        }
        Expr::Compare(e) => parenthesized(out, level > CMP, |out| {
            write_expr(out, &e.left, CMP + 1);
            for (op, comparator) in e.ops.iter().zip(&e.comparators) {
                out.push_str(compare_operator(*op));
                write_expr(out, comparator, CMP + 1);
            }
        }),
        Expr::Call(e) => {
            write_expr(out, &e.func, ATOM);
            match (&e.args[..], &e.keywords[..]) {
                // A lone generator expression is the call's parentheses.
                ([genexp @ Expr::GeneratorExp(_)], []) => write_expr(out, genexp, TEST),
                _ => {
                    out.push('(');
                    write_exprs(out, &e.args);
                    if !e.args.is_empty() && !e.keywords.is_empty() {
                        out.push_str(", ");
                    }
                    write_list(out, &e.keywords, write_keyword);
                    out.push(')');
                }
            }
        }
        Expr::FormattedValue(_) | Expr::Interpolation(_) => {
            let mut body = Vec::new();
            write_ftstring_element(&mut body, expr, false);
            out.push_str(&String::from_utf8_lossy(&body));
        }
        Expr::JoinedStr(e) => {
            out.push('f');
            out.push_str(&repr::str_repr(&ftstring_body(&e.values, false)));
        }
        Expr::TemplateStr(e) => {
            out.push('t');
            out.push_str(&repr::str_repr(&ftstring_body(&e.values, false)));
        }
        Expr::Constant(ExprConstant {
            value: Constant::Ellipsis,
            ..
        }) => out.push_str("..."),
        Expr::Constant(e) => {
            if let Some(kind) = &e.kind {
                out.push_str(kind);
            }
            write_constant(out, &e.value);
        }
        Expr::Attribute(e) => {
            write_expr(out, &e.value, ATOM);
            // `1 .real`: an int needs a space before its attribute's dot.
            if let Expr::Constant(ExprConstant {
                value: Constant::Int(_) | Constant::BigInt(_),
                ..
            }) = &*e.value
            {
                out.push(' ');
            }
            out.push('.');
            out.push_str(&e.attr);
        }
        Expr::Subscript(e) => {
            write_expr(out, &e.value, ATOM);
            out.push('[');
            write_expr(out, &e.slice, TUPLE);
            out.push(']');
        }
        Expr::Starred(e) => {
            out.push('*');
            write_expr(out, &e.value, BOR);
        }
        Expr::Name(e) => out.push_str(&e.id),
        Expr::List(e) => {
            out.push('[');
            write_exprs(out, &e.elts);
            out.push(']');
        }
        Expr::Tuple(e) if e.elts.is_empty() => out.push_str("()"),
        Expr::Tuple(e) => parenthesized(out, level > TUPLE, |out| {
            write_exprs(out, &e.elts);
            if e.elts.len() == 1 {
                out.push(',');
            }
        }),
        Expr::Slice(e) => {
            if let Some(lower) = &e.lower {
                write_expr(out, lower, TEST);
            }
            out.push(':');
            if let Some(upper) = &e.upper {
                write_expr(out, upper, TEST);
            }
            if let Some(step) = &e.step {
                out.push(':');
                write_expr(out, step, TEST);
            }
        }
    }
}

/// A binary operator's text and precedence.
fn binary_operator(op: Operator) -> (&'static str, u8) {
    match op {
        Operator::Add => (" + ", ARITH),
        Operator::Sub => (" - ", ARITH),
        Operator::Mult => (" * ", TERM),
        Operator::MatMult => (" @ ", TERM),
        Operator::Div => (" / ", TERM),
        Operator::Mod => (" % ", TERM),
        Operator::FloorDiv => (" // ", TERM),
        Operator::LShift => (" << ", SHIFT),
        Operator::RShift => (" >> ", SHIFT),
        Operator::BitOr => (" | ", BOR),
        Operator::BitXor => (" ^ ", BXOR),
        Operator::BitAnd => (" & ", BAND),
        Operator::Pow => (" ** ", POWER),
    }
}

fn compare_operator(op: CmpOperator) -> &'static str {
    match op {
        CmpOperator::Eq => " == ",
        CmpOperator::NotEq => " != ",
        CmpOperator::Lt => " < ",
        CmpOperator::LtE => " <= ",
        CmpOperator::Gt => " > ",
        CmpOperator::GtE => " >= ",
        CmpOperator::Is => " is ",
        CmpOperator::IsNot => " is not ",
        CmpOperator::In => " in ",
        CmpOperator::NotIn => " not in ",
    }
}

/// `repr` of a constant, with infinities as `1e309` so the text parses back.
fn write_constant(out: &mut String, value: &Constant) {
    match value {
        Constant::None => out.push_str("None"),
        Constant::Bool(true) => out.push_str("True"),
        Constant::Bool(false) => out.push_str("False"),
        Constant::Int(i) => out.push_str(&i.to_string()),
        Constant::BigInt(i) => out.push_str(&i.to_string()),
        Constant::Float(f) => out.push_str(&repr::float_repr(*f).replace("inf", "1e309")),
        Constant::Imaginary(f) => {
            out.push_str(&repr::imaginary_repr(*f).replace("inf", "1e309"));
        }
        Constant::Str(s) => out.push_str(&repr::str_repr(s)),
        Constant::Bytes(b) => out.push_str(&repr::bytes_repr(b)),
        Constant::Ellipsis => out.push_str("Ellipsis"),
    }
}

fn write_keyword(out: &mut String, keyword: &Keyword) {
    match &keyword.arg {
        Some(arg) => {
            out.push_str(arg);
            out.push('=');
        }
        None => out.push_str("**"),
    }
    write_expr(out, &keyword.value, TEST);
}

fn write_comprehension(
    out: &mut String,
    open: &str,
    elt: &Expr,
    generators: &[Comprehension],
    close: &str,
) {
    out.push_str(open);
    write_expr(out, elt, TEST);
    write_generators(out, generators);
    out.push_str(close);
}

fn write_generators(out: &mut String, generators: &[Comprehension]) {
    for generator in generators {
        out.push_str(if generator.is_async != 0 {
            " async for "
        } else {
            " for "
        });
        write_expr(out, &generator.target, TUPLE);
        out.push_str(" in ");
        write_expr(out, &generator.iter, TEST + 1);
        for condition in &generator.ifs {
            out.push_str(" if ");
            write_expr(out, condition, TEST + 1);
        }
    }
}

/// A lambda's parameters.
fn write_arguments(out: &mut String, args: &Arguments) {
    let mut first = true;
    let mut separate = |out: &mut String| {
        if !first {
            out.push_str(", ");
        }
        first = false;
    };
    let positional = args.posonlyargs.len() + args.args.len();
    let first_default = positional.saturating_sub(args.defaults.len());
    for (i, arg) in args.posonlyargs.iter().chain(&args.args).enumerate() {
        separate(out);
        write_arg(out, arg);
        if let Some(default) = i
            .checked_sub(first_default)
            .and_then(|d| args.defaults.get(d))
        {
            out.push('=');
            write_expr(out, default, TEST);
        }
        if i + 1 == args.posonlyargs.len() {
            out.push_str(", /");
        }
    }
    if args.vararg.is_some() || !args.kwonlyargs.is_empty() {
        separate(out);
        out.push('*');
        if let Some(vararg) = &args.vararg {
            write_arg(out, vararg);
        }
    }
    for (i, arg) in args.kwonlyargs.iter().enumerate() {
        separate(out);
        write_arg(out, arg);
        if let Some(Some(default)) = args.kw_defaults.get(i) {
            out.push('=');
            write_expr(out, default, TEST);
        }
    }
    if let Some(kwarg) = &args.kwarg {
        separate(out);
        out.push_str("**");
        write_arg(out, kwarg);
    }
}

fn write_arg(out: &mut String, arg: &Arg) {
    out.push_str(&arg.arg);
    if let Some(annotation) = &arg.annotation {
        out.push_str(": ");
        write_expr(out, annotation, TEST);
    }
}

/// The text between the quotes of an f-string or t-string (or of a format
/// spec), before `repr` quotes it; generalized UTF-8, as its literal parts
/// may hold surrogates.
fn ftstring_body(values: &[Expr], is_format_spec: bool) -> PyString {
    let mut body = Vec::new();
    for value in values {
        write_ftstring_element(&mut body, value, is_format_spec);
    }
    PyString::from_wtf8(body)
}

fn write_ftstring_element(body: &mut Vec<u8>, element: &Expr, is_format_spec: bool) {
    match element {
        Expr::Constant(ExprConstant {
            value: Constant::Str(s),
            ..
        }) => {
            for &b in s.as_wtf8() {
                body.push(b);
                if b == b'{' || b == b'}' {
                    body.push(b);
                }
            }
        }
        Expr::JoinedStr(e) if is_format_spec => {
            body.extend_from_slice(ftstring_body(&e.values, true).as_wtf8());
        }
        Expr::FormattedValue(e) => {
            write_replacement_field(body, &unparse_at(&e.value, TEST + 1));
            write_conversion_and_spec(body, e.conversion, e.format_spec.as_deref());
        }
        Expr::Interpolation(e) => {
            write_replacement_field(body, &e.str);
            write_conversion_and_spec(body, e.conversion, e.format_spec.as_deref());
        }
        // The parser puts nothing else in an f-string or t-string.
        other => body.extend_from_slice(unparse_at(other, TEST + 1).as_bytes()),
    }
}

/// Opens a replacement field holding `text`, with a space if `text` starts
/// with a brace, which would otherwise read as `{{`.
fn write_replacement_field(body: &mut Vec<u8>, text: &str) {
    body.extend_from_slice(if text.starts_with('{') { b"{ " } else { b"{" });
    body.extend_from_slice(text.as_bytes());
}

/// Closes a replacement field: `!r`, `:spec` and `}`.
fn write_conversion_and_spec(body: &mut Vec<u8>, conversion: i64, spec: Option<&Expr>) {
    if let Some(conversion) = u8::try_from(conversion).ok().filter(|&c| c > 0) {
        body.push(b'!');
        body.push(conversion);
    }
    if let Some(spec) = spec {
        body.push(b':');
        write_ftstring_element(body, spec, true);
    }
    body.push(b'}');
}
