//! From flow graph to code: stack depths, exception handler labelling (the
//! `SETUP_*`/`POP_BLOCK` pseudo instructions become the exception table),
//! jump direction and offsets, and the line table.

use super::cfg::{BlockId, Cfg};
use super::optimize::next_blocks;
use crate::bytecode::{ExceptionEntry, LineTable, Location, Opcode, encode};

pub(super) struct Assembled {
    pub code: Vec<u32>,
    pub max_stack: u32,
    pub lines: LineTable,
    pub exceptions: Vec<ExceptionEntry>,
}

pub(super) fn assemble(cfg: &mut Cfg) -> Assembled {
    let next = next_blocks(cfg);
    let max_stack = stack_depths(cfg, &next);
    label_handlers(cfg, &next);
    let position = {
        let mut position = vec![usize::MAX; cfg.blocks.len()];
        for (i, id) in cfg.order.iter().enumerate() {
            position[id.0] = i;
        }
        position
    };
    // Pseudo instructions go; jumps get their direction.
    for &id in &cfg.order {
        let block = &mut cfg.blocks[id.0];
        let mut kept = Vec::with_capacity(block.instrs.len());
        let mut handlers = Vec::with_capacity(block.instrs.len());
        for (instr, handler) in block.instrs.iter().zip(&block.handlers) {
            let mut instr = *instr;
            match instr.op {
                Opcode::SETUP_FINALLY
                | Opcode::SETUP_CLEANUP
                | Opcode::SETUP_WITH
                | Opcode::POP_BLOCK => continue,
                Opcode::JUMP => {
                    let target = instr.target.expect("jumps have targets");
                    instr.op = if position[target.0] <= position[id.0] {
                        Opcode::JUMP_BACKWARD
                    } else {
                        Opcode::JUMP_FORWARD
                    };
                }
                _ => {}
            }
            kept.push(instr);
            handlers.push(*handler);
        }
        block.instrs = kept;
        block.handlers = handlers;
    }
    // Offsets.
    let mut start = vec![0u32; cfg.blocks.len()];
    let mut offset = 0u32;
    for &id in &cfg.order {
        start[id.0] = offset;
        for instr in &cfg.blocks[id.0].instrs {
            offset += 1 + instr.op.cache_words();
        }
    }
    let mut code = Vec::with_capacity(offset as usize);
    let mut locations: Vec<Location> = Vec::with_capacity(offset as usize);
    let mut exceptions: Vec<ExceptionEntry> = Vec::new();
    for &id in &cfg.order {
        let block = &cfg.blocks[id.0];
        for (instr, handler) in block.instrs.iter().zip(&block.handlers) {
            let at = code.len() as u32;
            let arg = instr.target.map_or(instr.arg, |t| start[t.0]);
            let words = 1 + instr.op.cache_words();
            code.push(encode(instr.op, arg));
            code.extend(std::iter::repeat_n(0, words as usize - 1));
            locations.extend(std::iter::repeat_n(instr.loc, words as usize));
            let Some((handler, lasti)) = handler else {
                continue;
            };
            let depth = cfg.blocks[handler.0].depth.unwrap_or(0);
            let entry = ExceptionEntry {
                start: at,
                end: at + words,
                handler: start[handler.0],
                depth: depth.saturating_sub(1 + *lasti as u32),
                push_lasti: *lasti,
            };
            match exceptions.last_mut() {
                Some(last)
                    if last.end == at
                        && last.handler == entry.handler
                        && last.depth == entry.depth
                        && last.push_lasti == entry.push_lasti =>
                {
                    last.end = entry.end
                }
                _ => exceptions.push(entry),
            }
        }
    }
    Assembled {
        code,
        max_stack,
        lines: LineTable::encode(&locations),
        exceptions,
    }
}

/// Records each reachable block's entry depth; returns the maximum depth.
fn stack_depths(cfg: &mut Cfg, next: &[Option<BlockId>]) -> u32 {
    let entry = cfg.order[0];
    cfg.blocks[entry.0].depth = Some(0);
    let mut pending = vec![entry];
    let mut max = 0i64;
    let reach = |cfg: &mut Cfg, block: BlockId, depth: i64, pending: &mut Vec<BlockId>| {
        let b = &mut cfg.blocks[block.0];
        if b.depth.is_none() {
            b.depth = Some(depth.max(0) as u32);
            pending.push(block);
        }
    };
    while let Some(id) = pending.pop() {
        let mut depth = cfg.blocks[id.0].depth.unwrap_or(0) as i64;
        let instrs = cfg.blocks[id.0].instrs.clone();
        let mut falls = true;
        for instr in &instrs {
            if let Some(target) = instr.target {
                let target_depth = depth + instr.op.depth_change(instr.arg, true);
                max = max.max(target_depth);
                reach(cfg, target, target_depth, &mut pending);
            }
            depth += instr.op.depth_change(instr.arg, false);
            max = max.max(depth);
            if instr.op.is_terminator() {
                falls = false;
                break;
            }
        }
        if falls && let Some(n) = next[id.0] {
            reach(cfg, n, depth, &mut pending);
        }
    }
    max.max(0) as u32
}

/// Gives every instruction the handler of the innermost `SETUP_*` region
/// around it (per CPython's `label_exception_targets`).
fn label_handlers(cfg: &mut Cfg, next: &[Option<BlockId>]) {
    type Stack = Vec<(BlockId, bool)>;
    let mut entry_stack: Vec<Option<Stack>> = vec![None; cfg.blocks.len()];
    for block in &mut cfg.blocks {
        block.handlers = vec![None; block.instrs.len()];
    }
    let entry = cfg.order[0];
    entry_stack[entry.0] = Some(Vec::new());
    let mut pending = vec![entry];
    while let Some(id) = pending.pop() {
        let mut stack = entry_stack[id.0].clone().unwrap_or_default();
        let mut falls = true;
        let mut visit = |block: BlockId, stack: &Stack, pending: &mut Vec<BlockId>| {
            if entry_stack[block.0].is_none() {
                entry_stack[block.0] = Some(stack.clone());
                pending.push(block);
            }
        };
        for i in 0..cfg.blocks[id.0].instrs.len() {
            let instr = cfg.blocks[id.0].instrs[i];
            match instr.op {
                Opcode::SETUP_FINALLY | Opcode::SETUP_CLEANUP | Opcode::SETUP_WITH => {
                    let target = instr.target.expect("SETUP has a handler");
                    visit(target, &stack, &mut pending);
                    stack.push((target, instr.op != Opcode::SETUP_FINALLY));
                }
                Opcode::POP_BLOCK => {
                    stack.pop();
                }
                _ => {
                    cfg.blocks[id.0].handlers[i] = stack.last().copied();
                    if let Some(target) = instr.target {
                        visit(target, &stack, &mut pending);
                    }
                }
            }
            if instr.op.is_terminator() {
                falls = false;
                break;
            }
        }
        if falls && let Some(n) = next[id.0] {
            visit(n, &stack, &mut pending);
        }
    }
}
