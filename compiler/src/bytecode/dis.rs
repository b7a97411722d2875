//! The disassembler: `ferropy --dis` and the snapshot tests read code objects
//! through it.

use std::fmt::Write;

use super::code::CodeObject;
use super::opcodes::{ArgKind, Opcode};
use super::operands::{BinaryOp, CompareOp, Intrinsic1, Intrinsic2};

/// The text of `code` and of every code object nested in it: a header per
/// code object, then one instruction a line, `LINE  INDEX OPNAME ARG (MEANING)`
/// with the line shown where it changes, and the exception table.
pub fn disassemble(code: &CodeObject) -> String {
    let mut out = String::new();
    for (i, code) in code.walk().into_iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        one(code, &mut out);
    }
    out
}

fn one(code: &CodeObject, out: &mut String) {
    let _ = writeln!(
        out,
        "Disassembly of <code {}> (line {}, stack {}, flags {:#x}):",
        code.qualname, code.first_line, code.max_stack, code.flags.0
    );
    let lines = code.lines.decode();
    let mut last_line = None;
    for (at, op, arg) in super::instructions(&code.code) {
        let line = lines.get(at).map_or(0, |l| l.line);
        let shown = if last_line != Some(line) {
            last_line = Some(line);
            if line == 0 {
                "--".to_string()
            } else {
                line.to_string()
            }
        } else {
            String::new()
        };
        let Some(op) = op else {
            let _ = writeln!(out, "{shown:>4} {at:>5} <{}>", code.code[at] as u8);
            continue;
        };
        let meaning = meaning(code, op, arg);
        let arg = if op.arg_kind() == ArgKind::None {
            String::new()
        } else {
            arg.to_string()
        };
        let line = format!("{shown:>4} {at:>5} {:<24} {arg:>3}{meaning}", op.name());
        let _ = writeln!(out, "{}", line.trim_end());
    }
    if !code.exceptions.is_empty() {
        out.push_str("ExceptionTable:\n");
        for e in &code.exceptions {
            let lasti = if e.push_lasti { " lasti" } else { "" };
            let _ = writeln!(
                out,
                "  {} to {} -> {} [{}]{lasti}",
                e.start, e.end, e.handler, e.depth
            );
        }
    }
}

/// What the argument stands for, as ` (text)`, or nothing.
fn meaning(code: &CodeObject, op: Opcode, arg: u32) -> String {
    let text = match op.arg_kind() {
        ArgKind::Local => code.varnames.get(arg as usize).map(|n| n.to_string()),
        ArgKind::Deref => code.deref_name(arg).map(str::to_string),
        ArgKind::Name => code.names.get(arg as usize).map(|n| n.to_string()),
        ArgKind::Const => code.consts.get(arg as usize).map(|c| c.repr()),
        ArgKind::Jump => Some(format!("to {arg}")),
        ArgKind::Compare => CompareOp::from_arg(arg >> 1).map(|c| c.text().to_string()),
        ArgKind::Binary => BinaryOp::from_arg(arg).map(|b| b.text().to_string()),
        ArgKind::Intrinsic if op == Opcode::CALL_INTRINSIC_1 => {
            Intrinsic1::from_arg(arg).map(|i| i.text().to_string())
        }
        ArgKind::Intrinsic => Intrinsic2::from_arg(arg).map(|i| i.text().to_string()),
        ArgKind::Invert => {
            Some(if arg == 1 { "not" } else { "" }.to_string()).filter(|s| !s.is_empty())
        }
        ArgKind::None | ArgKind::Count | ArgKind::Raw => None,
    };
    text.map_or(String::new(), |text| format!(" ({text})"))
}
