//! A checker of the compiler's output, for the tests: every instruction is
//! known, jumps land on instructions, the stack depth is the same on every
//! path to an instruction, never negative and never above `max_stack`, and
//! the exception table's rows are well formed.

use std::collections::HashMap;

use super::code::CodeObject;
use super::opcodes::Opcode;

/// Checks `code` and every code object nested in it.
pub fn verify(code: &CodeObject) -> Result<(), String> {
    for code in code.walk() {
        one(code).map_err(|err| format!("{}: {err}", code.qualname))?;
    }
    Ok(())
}

fn one(code: &CodeObject) -> Result<(), String> {
    let instructions = super::instructions(&code.code);
    let mut index = HashMap::new();
    for (i, &(at, op, _)) in instructions.iter().enumerate() {
        let op = op.ok_or(format!("unknown opcode at {at}"))?;
        if op.is_pseudo() || op.is_fused() {
            return Err(format!("{} at {at} is never emitted", op.name()));
        }
        index.insert(at as u32, i);
    }
    if code.lines.decode().len() != code.code.len() {
        return Err("line table does not cover every word".into());
    }
    let mut previous_end = 0;
    for e in &code.exceptions {
        if e.start >= e.end || e.start < previous_end || e.end as usize > code.code.len() {
            return Err(format!("bad exception range {}..{}", e.start, e.end));
        }
        if !index.contains_key(&e.handler) || e.depth > code.max_stack {
            return Err(format!("bad exception handler {} [{}]", e.handler, e.depth));
        }
        previous_end = e.end;
    }
    if instructions.is_empty() {
        return Err("no instructions".into());
    }
    let mut depths: Vec<Option<u32>> = vec![None; instructions.len()];
    depths[0] = Some(0);
    let mut pending = vec![(0usize, 0u32)];
    let mut reach = |target: u32,
                     depth: i64,
                     pending: &mut Vec<(usize, u32)>|
     -> Result<(), String> {
        let &i = index
            .get(&target)
            .ok_or(format!("jump to {target}, not an instruction"))?;
        if depth < 0 || depth > code.max_stack as i64 {
            return Err(format!(
                "stack depth {depth} at {target} (max {})",
                code.max_stack
            ));
        }
        match depths[i] {
            Some(d) if d as i64 != depth => Err(format!("stack depth {d} or {depth} at {target}")),
            Some(_) => Ok(()),
            None => {
                depths[i] = Some(depth as u32);
                pending.push((i, depth as u32));
                Ok(())
            }
        }
    };
    while let Some((i, depth)) = pending.pop() {
        let (at, op, arg) = instructions[i];
        let op: Opcode = op.expect("checked above");
        let (pops, _) = op.stack_effect(arg, false);
        if pops > depth {
            return Err(format!("{} at {at} pops {pops} of {depth}", op.name()));
        }
        if op.is_jump() {
            reach(arg, depth as i64 + op.depth_change(arg, true), &mut pending)?;
        }
        if !op.is_terminator() {
            let next = (at + 1 + op.cache_words() as usize) as u32;
            if next as usize >= code.code.len() {
                return Err(format!("{} at {at} falls off the end", op.name()));
            }
            reach(
                next,
                depth as i64 + op.depth_change(arg, false),
                &mut pending,
            )?;
        }
        for e in &code.exceptions {
            if (e.start..e.end).contains(&(at as u32)) {
                if e.depth > depth {
                    return Err(format!("handler depth {} above {depth} at {at}", e.depth));
                }
                let entry = e.depth as i64 + 1 + e.push_lasti as i64;
                reach(e.handler, entry, &mut pending)?;
            }
        }
    }
    Ok(())
}
