//! Flow-graph cleanups before assembly: jump threading, removal of
//! unreachable blocks, of jumps to the next block and of NOPs that carry no
//! line of their own.

use super::cfg::{BlockId, Cfg};
use crate::bytecode::{ArgKind, Constant, Opcode};

/// How many jumps in a row one jump may be threaded through.
const MAX_THREADING: usize = 8;

pub(super) fn optimize(cfg: &mut Cfg) {
    place_targets(cfg);
    thread_jumps(cfg);
    remove_unreachable(cfg);
    remove_jumps_to_next(cfg);
    propagate_locations(cfg);
    remove_nops(cfg);
}

/// An instruction without a location (the jump over an `else`) takes the
/// location of the code laid out before it.
fn propagate_locations(cfg: &mut Cfg) {
    let mut last = None;
    for &id in &cfg.order {
        for instr in &mut cfg.blocks[id.0].instrs {
            match last {
                Some(loc) if instr.loc.line == 0 => instr.loc = loc,
                _ => last = Some(instr.loc),
            }
        }
    }
}

/// Every block some instruction jumps to is in the layout (a block created
/// for a jump is always placed by codegen; this keeps assembly total).
fn place_targets(cfg: &mut Cfg) {
    let mut placed = vec![false; cfg.blocks.len()];
    for id in &cfg.order {
        placed[id.0] = true;
    }
    let targets: Vec<BlockId> = cfg
        .blocks
        .iter()
        .flat_map(|b| b.instrs.iter().filter_map(|i| i.target))
        .collect();
    for target in targets {
        if !placed[target.0] {
            placed[target.0] = true;
            cfg.order.push(target);
        }
    }
}

/// The first instruction of `block` or, if it is empty, of the blocks it
/// falls into.
fn first_instr(
    cfg: &Cfg,
    next: &[Option<BlockId>],
    mut block: BlockId,
) -> Option<(BlockId, usize)> {
    for _ in 0..cfg.blocks.len() {
        let b = &cfg.blocks[block.0];
        if let Some(i) = b.instrs.iter().position(|i| i.op != Opcode::NOP) {
            return Some((block, i));
        }
        if !b.instrs.is_empty() {
            return None;
        }
        block = next[block.0]?;
    }
    None
}

/// The block after each block in the layout.
pub(super) fn next_blocks(cfg: &Cfg) -> Vec<Option<BlockId>> {
    let mut next = vec![None; cfg.blocks.len()];
    for pair in cfg.order.windows(2) {
        next[pair[0].0] = Some(pair[1]);
    }
    next
}

/// A jump to an unconditional jump goes straight to its target.
fn thread_jumps(cfg: &mut Cfg) {
    let next = next_blocks(cfg);
    for b in 0..cfg.blocks.len() {
        for i in 0..cfg.blocks[b].instrs.len() {
            let instr = cfg.blocks[b].instrs[i];
            let Some(mut target) = instr.target else {
                continue;
            };
            if matches!(
                instr.op,
                Opcode::SETUP_FINALLY | Opcode::SETUP_CLEANUP | Opcode::SETUP_WITH
            ) {
                continue;
            }
            for _ in 0..MAX_THREADING {
                match first_instr(cfg, &next, target) {
                    Some((block, at)) => {
                        let first = cfg.blocks[block.0].instrs[at];
                        // Threading past a jump on another line would lose
                        // that line's event.
                        let same_line = first.loc.line == instr.loc.line || first.loc.line == 0;
                        if first.op != Opcode::JUMP || first.target == Some(target) || !same_line {
                            break;
                        }
                        target = first.target.expect("jumps have targets");
                    }
                    None => break,
                }
            }
            cfg.blocks[b].instrs[i].target = Some(target);
        }
    }
}

/// Drops the blocks no path from the entry reaches.
fn remove_unreachable(cfg: &mut Cfg) {
    let next = next_blocks(cfg);
    let mut reached = vec![false; cfg.blocks.len()];
    let mut pending = vec![cfg.order[0]];
    reached[cfg.order[0].0] = true;
    while let Some(block) = pending.pop() {
        let b = &cfg.blocks[block.0];
        let mut successors: Vec<BlockId> = b.instrs.iter().filter_map(|i| i.target).collect();
        if b.falls_through() {
            successors.extend(next[block.0]);
        }
        for successor in successors {
            if !reached[successor.0] {
                reached[successor.0] = true;
                pending.push(successor);
            }
        }
    }
    cfg.order.retain(|b| reached[b.0]);
    for (i, block) in cfg.blocks.iter_mut().enumerate() {
        if !reached[i] {
            block.instrs.clear();
        }
    }
}

/// A jump to the block that follows anyway becomes a NOP (keeping its line).
fn remove_jumps_to_next(cfg: &mut Cfg) {
    let next = next_blocks(cfg);
    for &block in &cfg.order {
        let mut following = next[block.0];
        // Skip empty blocks: falling through them reaches the same code.
        while let Some(f) = following {
            if !cfg.blocks[f.0].instrs.is_empty() {
                break;
            }
            following = next[f.0];
        }
        let b = &mut cfg.blocks[block.0];
        if let Some(last) = b.instrs.last_mut()
            && last.op == Opcode::JUMP
            && last.target.is_some()
            && last.target == following
        {
            last.op = Opcode::NOP;
            last.target = None;
        }
    }
}

/// Removes NOPs whose line a neighbouring instruction of the block already
/// has (a NOP that is alone on its line keeps the line event).
fn remove_nops(cfg: &mut Cfg) {
    for block in &mut cfg.blocks {
        let instrs = std::mem::take(&mut block.instrs);
        let mut kept = Vec::with_capacity(instrs.len());
        for (i, instr) in instrs.iter().enumerate() {
            if instr.op == Opcode::NOP {
                let line = instr.loc.line;
                let prev = kept.last().map(|p: &super::cfg::Instr| p.loc.line);
                let next = instrs.get(i + 1).map(|n| n.loc.line);
                if line == 0 || prev == Some(line) || next == Some(line) {
                    continue;
                }
            }
            kept.push(*instr);
        }
        block.instrs = kept;
    }
}

/// Drops the constants only dead code used (a function defined under
/// `if False:` is never created), renumbering the rest; the docstring stays
/// first if `keep_first`.
pub(super) fn prune_constants(
    cfg: &mut Cfg,
    consts: Vec<Constant>,
    keep_first: bool,
) -> Vec<Constant> {
    let mut used = vec![false; consts.len()];
    if keep_first && !used.is_empty() {
        used[0] = true;
    }
    let is_const = |op: Opcode| op.arg_kind() == ArgKind::Const;
    for &id in &cfg.order {
        for instr in cfg.blocks[id.0].instrs.iter().filter(|i| is_const(i.op)) {
            if let Some(slot) = used.get_mut(instr.arg as usize) {
                *slot = true;
            }
        }
    }
    let mut renumbered = vec![0u32; consts.len()];
    let mut kept = Vec::new();
    for (i, constant) in consts.into_iter().enumerate() {
        if used[i] {
            renumbered[i] = kept.len() as u32;
            kept.push(constant);
        }
    }
    for &id in &cfg.order {
        for instr in cfg.blocks[id.0]
            .instrs
            .iter_mut()
            .filter(|i| is_const(i.op))
        {
            instr.arg = renumbered.get(instr.arg as usize).copied().unwrap_or(0);
        }
    }
    kept
}
