//! `match` statements. A pattern consumes the subject on top of the stack;
//! on success the values it captures are left on the stack (the first
//! capture on top), on failure it jumps to a block that pops what it had
//! pushed, then tries the next case.

use super::cfg::BlockId;
use super::{Compiler, Result, error, fold};
use crate::ast::*;
use crate::bytecode::{CompareOp, Constant, Opcode};

/// The state of the pattern being compiled.
#[derive(Default)]
struct PatternContext {
    /// Names captured so far, in the order they are stored.
    stores: Vec<Box<str>>,
    /// Whether an irrefutable pattern may appear here.
    allow_irrefutable: bool,
    /// `fail_pop[n]` pops n items and goes on to the next case.
    fail_pop: Vec<BlockId>,
    /// Values on the stack above the captures that a failure must pop.
    on_top: usize,
}

impl<'a> Compiler<'a> {
    pub(super) fn match_stmt(&mut self, s: &'a StmtMatch) -> Result {
        self.expr(&s.subject)?;
        let end = self.new_block();
        let last = s.cases.len().saturating_sub(1);
        for (i, case) in s.cases.iter().enumerate() {
            self.set_loc(case.pattern.range());
            if i != last {
                self.emit(Opcode::COPY, 1);
            }
            let mut pc = PatternContext {
                allow_irrefutable: case.guard.is_some() || i == last,
                ..PatternContext::default()
            };
            self.pattern(&case.pattern, &mut pc)?;
            for name in &pc.stores {
                self.store_name(name);
            }
            if let Some(guard) = &case.guard {
                let fail = self.fail_pop(&mut pc, 0);
                self.jump_if(guard, fail, false)?;
            }
            if i != last {
                self.emit(Opcode::POP_TOP, 0);
            }
            self.conditional(|c| c.statements(&case.body))?;
            self.jump(Opcode::JUMP, end);
            self.emit_fail_pop(&mut pc);
        }
        self.use_block(end);
        Ok(())
    }

    /// The block that pops `n` items and fails.
    fn fail_pop(&mut self, pc: &mut PatternContext, n: usize) -> BlockId {
        while pc.fail_pop.len() <= n {
            let block = self.new_block();
            pc.fail_pop.push(block);
        }
        pc.fail_pop[n]
    }

    /// Jumps with `op` to the failure path, popping what is on the stack.
    fn jump_to_fail(&mut self, pc: &mut PatternContext, op: Opcode) {
        let pops = pc.on_top + pc.stores.len();
        let target = self.fail_pop(pc, pops);
        self.jump(op, target);
    }

    /// Lays out the failure blocks: each pops one item and falls into the
    /// next, down to `fail_pop[0]`, where code continues.
    fn emit_fail_pop(&mut self, pc: &mut PatternContext) {
        let blocks = std::mem::take(&mut pc.fail_pop);
        if blocks.is_empty() {
            self.dead_block();
            return;
        }
        for (i, block) in blocks.iter().enumerate().rev() {
            self.use_block(*block);
            if i > 0 {
                self.emit(Opcode::POP_TOP, 0);
            }
        }
    }

    /// Moves the top item `n - 1` places down.
    fn rotate(&mut self, n: usize) {
        for i in (2..=n).rev() {
            self.emit(Opcode::SWAP, i as u32);
        }
    }

    /// Captures the value on top as `name` (or drops it for a wildcard).
    fn store_capture(
        &mut self,
        name: Option<&str>,
        pc: &mut PatternContext,
        range: Range,
    ) -> Result {
        let Some(name) = name else {
            self.emit(Opcode::POP_TOP, 0);
            return Ok(());
        };
        if pc.stores.iter().any(|s| &**s == name) {
            return Err(error(
                format!("multiple assignments to name '{name}' in pattern"),
                range,
            ));
        }
        self.rotate(pc.on_top + pc.stores.len() + 1);
        pc.stores.push(name.into());
        Ok(())
    }

    /// A subpattern: one that may be irrefutable.
    fn subpattern(&mut self, p: &'a Pattern, pc: &mut PatternContext) -> Result {
        let allow = std::mem::replace(&mut pc.allow_irrefutable, true);
        let result = self.pattern(p, pc);
        pc.allow_irrefutable = allow;
        result
    }

    fn pattern(&mut self, p: &'a Pattern, pc: &mut PatternContext) -> Result {
        let saved = self.set_loc(p.range());
        match p {
            Pattern::MatchValue(v) => {
                self.expr(&v.value)?;
                self.emit(Opcode::COMPARE_OP, (CompareOp::Eq as u32) << 1);
                self.jump_to_fail(pc, Opcode::POP_JUMP_IF_FALSE);
            }
            Pattern::MatchSingleton(s) => {
                self.load_const(fold::constant(&s.value));
                self.emit(Opcode::IS_OP, 0);
                self.jump_to_fail(pc, Opcode::POP_JUMP_IF_FALSE);
            }
            Pattern::MatchAs(a) => match &a.pattern {
                None => {
                    if !pc.allow_irrefutable {
                        let msg = match &a.name {
                            Some(name) => format!(
                                "name capture '{name}' makes remaining patterns unreachable"
                            ),
                            None => "wildcard makes remaining patterns unreachable".into(),
                        };
                        return Err(error(msg, a.range));
                    }
                    self.store_capture(a.name.as_deref(), pc, a.range)?;
                }
                Some(inner) => {
                    pc.on_top += 1;
                    self.emit(Opcode::COPY, 1);
                    self.pattern(inner, pc)?;
                    pc.on_top -= 1;
                    self.store_capture(a.name.as_deref(), pc, a.range)?;
                }
            },
            Pattern::MatchStar(s) => self.store_capture(s.name.as_deref(), pc, s.range)?,
            Pattern::MatchSequence(s) => self.sequence_pattern(s, pc)?,
            Pattern::MatchMapping(m) => self.mapping_pattern(m, pc)?,
            Pattern::MatchClass(c) => self.class_pattern(c, pc)?,
            Pattern::MatchOr(o) => self.or_pattern(o, pc)?,
        }
        self.restore_loc(saved);
        Ok(())
    }

    fn sequence_pattern(&mut self, s: &'a PatternMatchSequence, pc: &mut PatternContext) -> Result {
        let size = s.patterns.len();
        let mut star = None;
        for (i, p) in s.patterns.iter().enumerate() {
            if matches!(p, Pattern::MatchStar(_)) {
                if star.is_some() {
                    return Err(error("multiple starred names in sequence pattern", s.range));
                }
                star = Some(i);
            }
        }
        pc.on_top += 1;
        self.emit(Opcode::MATCH_SEQUENCE, 0);
        self.jump_to_fail(pc, Opcode::POP_JUMP_IF_FALSE);
        self.emit(Opcode::GET_LEN, 0);
        match star {
            None => {
                self.load_const(Constant::Int(size as i64));
                self.emit(Opcode::COMPARE_OP, (CompareOp::Eq as u32) << 1);
            }
            Some(_) => {
                self.load_const(Constant::Int(size as i64 - 1));
                self.emit(Opcode::COMPARE_OP, (CompareOp::Ge as u32) << 1);
            }
        }
        self.jump_to_fail(pc, Opcode::POP_JUMP_IF_FALSE);
        pc.on_top -= 1;
        match star {
            Some(before) => {
                let after = size - before - 1;
                if before >= 1 << 8 || after >= 1 << 16 {
                    return Err(error("too many sub-patterns in sequence pattern", s.range));
                }
                self.emit(Opcode::UNPACK_EX, (before | after << 8) as u32);
            }
            None => self.emit(Opcode::UNPACK_SEQUENCE, size as u32),
        }
        pc.on_top += size;
        for p in &s.patterns {
            pc.on_top -= 1;
            self.subpattern(p, pc)?;
        }
        Ok(())
    }

    fn mapping_pattern(&mut self, m: &'a PatternMatchMapping, pc: &mut PatternContext) -> Result {
        let size = m.keys.len();
        pc.on_top += 1;
        self.emit(Opcode::MATCH_MAPPING, 0);
        self.jump_to_fail(pc, Opcode::POP_JUMP_IF_FALSE);
        if size == 0 && m.rest.is_none() {
            pc.on_top -= 1;
            self.emit(Opcode::POP_TOP, 0);
            return Ok(());
        }
        if size > 0 {
            self.emit(Opcode::GET_LEN, 0);
            self.load_const(Constant::Int(size as i64));
            self.emit(Opcode::COMPARE_OP, (CompareOp::Ge as u32) << 1);
            self.jump_to_fail(pc, Opcode::POP_JUMP_IF_FALSE);
        }
        let mut seen: Vec<Constant> = Vec::new();
        for key in &m.keys {
            if let Some(value) = fold::fold(key) {
                let normal = fold::hash_key(&value);
                if seen.iter().any(|k| k.same(&normal)) {
                    let msg = format!("mapping pattern checks duplicate key ({})", value.repr());
                    return Err(error(msg, m.range));
                }
                seen.push(normal);
            }
            self.expr(key)?;
        }
        self.emit(Opcode::BUILD_TUPLE, size as u32);
        self.emit(Opcode::MATCH_KEYS, 0);
        pc.on_top += 2;
        self.emit(Opcode::COPY, 1);
        self.load_const(Constant::None);
        self.emit(Opcode::IS_OP, 1);
        self.jump_to_fail(pc, Opcode::POP_JUMP_IF_FALSE);
        pc.on_top -= 1;
        self.emit(Opcode::UNPACK_SEQUENCE, size as u32);
        pc.on_top += size;
        for p in &m.patterns {
            pc.on_top -= 1;
            self.subpattern(p, pc)?;
        }
        pc.on_top -= 2;
        match &m.rest {
            Some(rest) => {
                // subject keys -> rest, a copy of the subject without the keys
                self.emit(Opcode::BUILD_MAP, 0);
                self.emit(Opcode::SWAP, 3);
                self.emit(Opcode::DICT_UPDATE, 2);
                self.emit(Opcode::UNPACK_SEQUENCE, size as u32);
                for left in (1..=size).rev() {
                    self.emit(Opcode::COPY, left as u32 + 1);
                    self.emit(Opcode::SWAP, 2);
                    self.emit(Opcode::DELETE_SUBSCR, 0);
                }
                self.store_capture(Some(rest), pc, m.range)?;
            }
            None => {
                self.emit(Opcode::POP_TOP, 0);
                self.emit(Opcode::POP_TOP, 0);
            }
        }
        Ok(())
    }

    fn class_pattern(&mut self, c: &'a PatternMatchClass, pc: &mut PatternContext) -> Result {
        for (i, attr) in c.kwd_attrs.iter().enumerate() {
            if c.kwd_attrs[..i].contains(attr) {
                let at = c.kwd_patterns.get(i).map_or(c.range, Pattern::range);
                return Err(error(
                    format!("attribute name repeated in class pattern: {attr}"),
                    at,
                ));
            }
        }
        self.expr(&c.cls)?;
        let names = c
            .kwd_attrs
            .iter()
            .map(|a| Constant::Str(a.to_string().into()))
            .collect();
        self.load_const(Constant::Tuple(names));
        self.emit(Opcode::MATCH_CLASS, c.patterns.len() as u32);
        pc.on_top += 1;
        self.emit(Opcode::COPY, 1);
        self.load_const(Constant::None);
        self.emit(Opcode::IS_OP, 1);
        self.jump_to_fail(pc, Opcode::POP_JUMP_IF_FALSE);
        let count = c.patterns.len() + c.kwd_patterns.len();
        self.emit(Opcode::UNPACK_SEQUENCE, count as u32);
        pc.on_top += count;
        pc.on_top -= 1;
        for p in c.patterns.iter().chain(&c.kwd_patterns) {
            pc.on_top -= 1;
            self.subpattern(p, pc)?;
        }
        Ok(())
    }

    fn or_pattern(&mut self, o: &'a PatternMatchOr, pc: &mut PatternContext) -> Result {
        let end = self.new_block();
        let mut control: Option<Vec<Box<str>>> = None;
        let last = o.patterns.len() - 1;
        for (i, alt) in o.patterns.iter().enumerate() {
            let mut alt_pc = PatternContext {
                allow_irrefutable: i == last && pc.allow_irrefutable,
                ..PatternContext::default()
            };
            self.set_loc(alt.range());
            self.emit(Opcode::COPY, 1);
            self.pattern(alt, &mut alt_pc)?;
            // Stack: subject, then the captures (first capture on top).
            match &control {
                None => control = Some(alt_pc.stores.clone()),
                Some(names) => {
                    let mut sorted_a = names.clone();
                    let mut sorted_b = alt_pc.stores.clone();
                    sorted_a.sort();
                    sorted_b.sort();
                    if sorted_a != sorted_b {
                        return Err(error("alternative patterns bind different names", o.range));
                    }
                    let from: Vec<_> = alt_pc.stores.iter().rev().cloned().collect();
                    let to: Vec<_> = names.iter().rev().cloned().collect();
                    self.permute(from, &to);
                }
            }
            self.jump(Opcode::JUMP, end);
            self.emit_fail_pop(&mut alt_pc);
        }
        // No alternative matched.
        self.emit(Opcode::POP_TOP, 0);
        self.jump_to_fail(pc, Opcode::JUMP);
        self.use_block(end);
        let control = control.unwrap_or_default();
        let n = control.len();
        // Drop the subject below the captures.
        let mut from: Vec<Option<&str>> = vec![None];
        from.extend(control.iter().rev().map(|s| Some(&**s)));
        let mut to: Vec<Option<&str>> = control.iter().rev().map(|s| Some(&**s)).collect();
        to.push(None);
        self.permute(from, &to);
        self.emit(Opcode::POP_TOP, 0);
        let rotation = pc.on_top + pc.stores.len() + n;
        for name in &control {
            if pc.stores.contains(name) {
                return Err(error(
                    format!("multiple assignments to name '{name}' in pattern"),
                    o.range,
                ));
            }
            self.rotate(rotation);
            pc.stores.push(name.clone());
        }
        Ok(())
    }

    /// Reorders the top `from.len()` items (listed bottom to top) into the
    /// order `to`, with swaps.
    fn permute<T: PartialEq + Clone>(&mut self, mut from: Vec<T>, to: &[T]) {
        let n = from.len();
        for t in 0..n {
            if from[t] == to[t] {
                continue;
            }
            let Some(j) = (t + 1..n).find(|&j| from[j] == to[t]) else {
                continue;
            };
            let (a, b) = ((n - t) as u32, (n - j) as u32);
            if b == 1 {
                self.emit(Opcode::SWAP, a);
            } else {
                self.emit(Opcode::SWAP, a);
                self.emit(Opcode::SWAP, b);
                self.emit(Opcode::SWAP, a);
            }
            from.swap(t, j);
        }
    }
}
