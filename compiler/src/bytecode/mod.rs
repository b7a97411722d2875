//! ferropy's bytecode: the instruction set ([`opcodes`]), the encoding of
//! an instruction as one 32-bit word, the code object the compiler produces,
//! and a disassembler.
//!
//! An instruction is one little-endian word: the opcode in the low 8 bits and
//! a 24-bit argument above it, so no `EXTENDED_ARG` exists and specializing an
//! instruction in place is a single atomic store. Its inline cache words, if
//! the opcode has any, follow it.

mod code;
mod dis;
mod opcodes;
mod operands;
mod tables;
pub mod verify;

pub use code::{CodeFlags, CodeObject, Constant};
pub use dis::disassemble;
pub use opcodes::{ArgKind, FIRST_FUSED, OpFlags, Opcode};
pub use operands::{BinaryOp, CompareOp, INPLACE_OFFSET, Intrinsic1, Intrinsic2};
pub use tables::{ExceptionEntry, LineTable, Location};

/// The largest argument an instruction can carry.
pub const MAX_ARG: u32 = (1 << 24) - 1;

/// Encodes `op` with `arg` (which must fit in 24 bits).
pub fn encode(op: Opcode, arg: u32) -> u32 {
    debug_assert!(arg <= MAX_ARG);
    op as u32 | (arg << 8)
}

/// Decodes a word into its opcode (None for a cache word that is not one)
/// and argument.
#[inline]
pub fn decode(word: u32) -> (Option<Opcode>, u32) {
    (Opcode::from_byte(word as u8), word >> 8)
}

/// The instructions of `code` as (word index, opcode, argument), skipping
/// the cache words.
pub fn instructions(code: &[u32]) -> Vec<(usize, Option<Opcode>, u32)> {
    let mut out = Vec::new();
    let mut at = 0;
    while at < code.len() {
        let (op, arg) = decode(code[at]);
        out.push((at, op, arg));
        at += 1 + op.map_or(0, |op| op.cache_words() as usize);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn opcodes_round_trip_and_are_consistent() {
        for (i, &op) in Opcode::ALL.iter().enumerate() {
            assert_eq!(op as usize, i, "{} is numbered in table order", op.name());
            assert_eq!(decode(encode(op, MAX_ARG)), (Some(op), MAX_ARG));
            if op.is_pseudo() {
                assert_eq!(op.cache_words(), 0, "{} is never emitted", op.name());
            }
            if op.is_fused() {
                assert!(
                    op.cache_words() > 0,
                    "{} covers two instructions",
                    op.name()
                );
            }
            assert_eq!(op.is_fused(), op as u8 >= FIRST_FUSED, "{}", op.name());
            assert_eq!(op.size(), 1 + op.cache_words() as usize, "{}", op.name());
            if op.flags().contains(OpFlags::CONDITIONAL) {
                assert!(op.is_jump(), "{} is conditional but not a jump", op.name());
            }
            for &special in op.family() {
                assert_eq!(special.cache_words(), op.cache_words());
                assert_eq!(special.stack_effect(1, false), op.stack_effect(1, false));
            }
        }
    }

    #[test]
    fn line_table_round_trips() {
        let loc = |line, end_line, col, end_col| Location {
            line,
            end_line,
            col,
            end_col,
        };
        let locations = vec![
            loc(0, 0, 0, 0),
            loc(3, 3, 4, 9),
            loc(3, 3, 4, 9),
            loc(1, 7, 0, 300),
            loc(100_000, 100_002, 70_000, 1),
            loc(2, 2, 0, 0),
        ];
        assert_eq!(LineTable::encode(&locations).decode(), locations);
    }
}
