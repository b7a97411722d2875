//! The instruction words the eval loop runs: the compiler's, with pairs of
//! adjacent instructions that commonly follow each other fused into one
//! ([`OpFlags::FUSED`] opcodes), which saves a dispatch and, for a
//! comparison deciding a jump, the bool in between.
//!
//! Only the first word of a pair changes: the second keeps its own, so a
//! jump landing on it runs it alone, and word indices (tracebacks, the
//! exception table, `f_lasti`) are the compiler's.
//!
//! [`OpFlags::FUSED`]: compiler::bytecode::OpFlags::FUSED

use compiler::bytecode::{Opcode, decode, encode, instructions};

/// `code` with its fusable pairs fused.
pub fn prepare(code: &[u32]) -> Box<[u32]> {
    let mut words = code.to_vec();
    let listed = instructions(code);
    for pair in listed.windows(3) {
        let [(at, Some(first), arg), (_, Some(second), _), (_, third, _)] = pair[..] else {
            continue;
        };
        if let Some(fused) = fusion(first, second, third) {
            words[at] = encode(fused, arg);
        }
    }
    // The last pair has no third instruction after it.
    if let [.., (at, Some(first), arg), (_, Some(second), _)] = listed[..]
        && let Some(fused) = fusion(first, second, None)
    {
        words[at] = encode(fused, arg);
    }
    words.into_boxed_slice()
}

/// The fused form of `first` followed by `second` (and then `third`).
fn fusion(first: Opcode, second: Opcode, third: Option<Opcode>) -> Option<Opcode> {
    use Opcode::*;
    match (first, second) {
        (COMPARE_OP, POP_JUMP_IF_FALSE | POP_JUMP_IF_TRUE) => Some(COMPARE_OP_JUMP),
        // A `LOAD_FAST` before `LOAD_ATTR` reads the attribute in place
        // (the eval loop's own pairing), so that one stays alone.
        (LOAD_FAST, LOAD_FAST) if third != Some(LOAD_ATTR) => Some(LOAD_FAST_LOAD_FAST),
        _ => None,
    }
}

/// The second instruction of the fused one at `at`: its opcode and argument.
#[inline]
pub fn second(words: &[u32], at: usize, first: Opcode) -> (Option<Opcode>, u32) {
    decode(words[at + 1 + first_cache_words(first)])
}

/// The cache words of the first instruction of a fused pair.
#[inline]
fn first_cache_words(fused: Opcode) -> usize {
    match fused {
        Opcode::COMPARE_OP_JUMP => Opcode::COMPARE_OP.cache_words() as usize,
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pairs_fuse_and_the_rest_stays() {
        use Opcode::*;
        let code = [
            encode(LOAD_FAST, 0),
            encode(LOAD_FAST, 1),
            encode(COMPARE_OP, 4),
            0,
            encode(POP_JUMP_IF_FALSE, 9),
            0,
            encode(LOAD_FAST, 0),
            encode(LOAD_FAST, 1),
            encode(LOAD_ATTR, 0),
            0,
            0,
            0,
            0,
            encode(RETURN_VALUE, 0),
        ];
        let words = prepare(&code);
        assert_eq!(decode(words[0]), (Some(LOAD_FAST_LOAD_FAST), 0));
        assert_eq!(second(&words, 0, LOAD_FAST_LOAD_FAST), (Some(LOAD_FAST), 1));
        assert_eq!(decode(words[2]), (Some(COMPARE_OP_JUMP), 4));
        assert_eq!(
            second(&words, 2, COMPARE_OP_JUMP),
            (Some(POP_JUMP_IF_FALSE), 9)
        );
        // Before LOAD_ATTR the pair stays apart.
        assert_eq!(decode(words[6]), (Some(LOAD_FAST), 0));
        assert_eq!(words[7..], code[7..]);
        assert_eq!(Opcode::COMPARE_OP_JUMP.cache_words(), 3);
        assert_eq!(Opcode::LOAD_FAST_LOAD_FAST.cache_words(), 1);
    }
}
