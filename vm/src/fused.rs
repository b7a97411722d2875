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

/// `code` with its fusable runs fused.
///
/// A pair is left unfused when its second instruction starts a longer run:
/// running the first alone and then the run (`STORE_FAST`, then
/// `LOAD_FAST_LOAD_CONST_BINARY_SUBSCR`) takes no more dispatches than the
/// pair and the rest of the run apart, and the run reads its operands in
/// place.
pub fn prepare(code: &[u32]) -> Box<[u32]> {
    let mut words = code.to_vec();
    let listed = instructions(code);
    let fused: Vec<Option<Opcode>> = (0..listed.len()).map(|i| fused_at(&listed, i)).collect();
    for (i, &(at, _, arg)) in listed.iter().enumerate() {
        let Some(run) = fused[i] else { continue };
        let next_is_long = fused.get(i + 1).copied().flatten().is_some_and(is_long);
        if is_long(run) || !next_is_long {
            words[at] = encode(run, arg);
        }
    }
    words.into_boxed_slice()
}

/// The fused opcode for the run starting with the `i`th of `listed`.
fn fused_at(listed: &[(usize, Option<Opcode>, u32)], i: usize) -> Option<Opcode> {
    use Opcode::*;
    let op = |k: usize| listed.get(i + k).and_then(|&(_, op, _)| op);
    let arg_of = |k: usize| listed.get(i + k).map(|&(_, _, a)| a);
    let (first, second, arg) = (op(0)?, op(1)?, arg_of(0)?);
    Some(
        if (first, second, op(2)) == (UNPACK_SEQUENCE, STORE_FAST, Some(STORE_FAST)) && arg == 2 {
            UNPACK_PAIR_STORE_FAST
        } else if (first, second) == (SWAP, STORE_ATTR) && arg == 2 {
            SWAP_STORE_ATTR
        } else if (first, second) == (COPY, COPY) && (arg, arg_of(1)) == (2, Some(2)) {
            if op(2) == Some(BINARY_SUBSCR) {
                COPY_TOP_TWO_BINARY_SUBSCR
            } else {
                COPY_TOP_TWO
            }
        } else if matches!(first, LOAD_FAST | LOAD_FAST_CHECK)
            && second == COPY
            && arg_of(1) == Some(1)
        {
            LOAD_FAST_COPY
        } else if (first, second, op(2)) == (SWAP, SWAP, Some(STORE_SUBSCR))
            && (arg, arg_of(1)) == (3, Some(2))
        {
            STORE_SUBSCR_UNDER
        } else if (first, second, op(2), op(3)) == (BINARY_OP, SWAP, Some(SWAP), Some(STORE_SUBSCR))
            && (arg_of(1), arg_of(2)) == (Some(3), Some(2))
        {
            BINARY_OP_STORE_SUBSCR_UNDER
        } else if (first, second, op(2), op(3))
            == (LOAD_GLOBAL, PUSH_NULL, Some(CALL), Some(LOAD_METHOD))
            && arg_of(2) == Some(0)
        {
            // Maybe `super().name(...)`: the eval loop checks the global.
            LOAD_GLOBAL_SUPER_METHOD
        } else {
            fusion(first, second, op(2), op(3))?
        },
    )
}

/// Whether `fused` runs more than two instructions (`LOAD_FAST_COPY` with
/// the `LOAD_ATTR` after it, which reads the local in place).
fn is_long(fused: Opcode) -> bool {
    use Opcode::*;
    matches!(
        fused,
        LOAD_FAST_COPY
            | COPY_TOP_TWO_BINARY_SUBSCR
            | BINARY_OP_STORE_SUBSCR_UNDER
            | UNPACK_PAIR_STORE_FAST
            | STORE_SUBSCR_UNDER
            | LOAD_GLOBAL_SUPER_METHOD
            | LOAD_FAST_LOAD_FAST_BINARY_OP
            | LOAD_FAST_LOAD_CONST_BINARY_OP
            | LOAD_FAST_LOAD_FAST_BINARY_SUBSCR
            | LOAD_FAST_LOAD_CONST_BINARY_SUBSCR
            | LOAD_FAST_LOAD_FAST_COMPARE_OP_JUMP
            | LOAD_FAST_LOAD_CONST_COMPARE_OP_JUMP
    )
}

/// The fused form of `first` followed by `second` (and then `third` and
/// `fourth`, which the longer forms take in).
fn fusion(
    first: Opcode,
    second: Opcode,
    third: Option<Opcode>,
    fourth: Option<Opcode>,
) -> Option<Opcode> {
    use Opcode::*;
    // A local load before `LOAD_ATTR` reads the attribute in place (the
    // eval loop's own pairing), so that one stays alone.
    let load_local = |op| matches!(op, LOAD_FAST | LOAD_FAST_CHECK) && third != Some(LOAD_ATTR);
    let compare_jump =
        third == Some(COMPARE_OP) && matches!(fourth, Some(POP_JUMP_IF_FALSE | POP_JUMP_IF_TRUE));
    match (first, second) {
        (LOAD_FAST | LOAD_FAST_CHECK, LOAD_FAST | LOAD_FAST_CHECK) if compare_jump => {
            Some(LOAD_FAST_LOAD_FAST_COMPARE_OP_JUMP)
        }
        (LOAD_FAST | LOAD_FAST_CHECK, LOAD_CONST) if compare_jump => {
            Some(LOAD_FAST_LOAD_CONST_COMPARE_OP_JUMP)
        }
        (LOAD_FAST | LOAD_FAST_CHECK, LOAD_FAST | LOAD_FAST_CHECK)
            if third == Some(BINARY_SUBSCR) =>
        {
            Some(LOAD_FAST_LOAD_FAST_BINARY_SUBSCR)
        }
        (LOAD_FAST | LOAD_FAST_CHECK, LOAD_CONST) if third == Some(BINARY_SUBSCR) => {
            Some(LOAD_FAST_LOAD_CONST_BINARY_SUBSCR)
        }
        (LOAD_FAST | LOAD_FAST_CHECK, LOAD_FAST | LOAD_FAST_CHECK) if third == Some(BINARY_OP) => {
            Some(LOAD_FAST_LOAD_FAST_BINARY_OP)
        }
        (LOAD_FAST | LOAD_FAST_CHECK, LOAD_CONST) if third == Some(BINARY_OP) => {
            Some(LOAD_FAST_LOAD_CONST_BINARY_OP)
        }
        (COMPARE_OP, POP_JUMP_IF_FALSE | POP_JUMP_IF_TRUE) => Some(COMPARE_OP_JUMP),
        (LOAD_FAST | LOAD_FAST_CHECK, second) if load_local(second) => Some(LOAD_FAST_LOAD_FAST),
        (LOAD_FAST | LOAD_FAST_CHECK, LOAD_CONST) => Some(LOAD_FAST_LOAD_CONST),
        (STORE_FAST, second) if load_local(second) => Some(STORE_FAST_LOAD_FAST),
        (LOAD_CONST, BINARY_OP) => Some(LOAD_CONST_BINARY_OP),
        (LOAD_FAST | LOAD_FAST_CHECK, BINARY_OP) => Some(LOAD_FAST_BINARY_OP),
        (LOAD_GLOBAL, PUSH_NULL) => Some(LOAD_GLOBAL_PUSH_NULL),
        (LOAD_FAST | LOAD_FAST_CHECK, CALL) => Some(LOAD_FAST_CALL),
        (LOAD_FAST | LOAD_FAST_CHECK, LOAD_METHOD) => Some(LOAD_FAST_LOAD_METHOD),
        (LOAD_FAST | LOAD_FAST_CHECK, STORE_ATTR) => Some(LOAD_FAST_STORE_ATTR),
        (LOAD_FAST | LOAD_FAST_CHECK, RETURN_VALUE) => Some(LOAD_FAST_RETURN_VALUE),
        (STORE_FAST, STORE_FAST) => Some(STORE_FAST_STORE_FAST),
        (STORE_FAST, JUMP_BACKWARD) => Some(STORE_FAST_JUMP_BACKWARD),
        (POP_TOP, JUMP_BACKWARD) => Some(POP_TOP_JUMP_BACKWARD),
        (RESUME, POP_TOP) => Some(RESUME_POP_TOP),
        (BINARY_OP, RETURN_VALUE) => Some(BINARY_OP_RETURN_VALUE),
        (BINARY_OP, STORE_FAST) => Some(BINARY_OP_STORE_FAST),
        _ => None,
    }
}

/// Where the `CALL` and the `LOAD_METHOD` of `LOAD_GLOBAL_SUPER_METHOD` at
/// `at` are.
#[inline(always)]
pub fn super_method_parts(at: usize) -> (usize, usize) {
    use Opcode::*;
    let call = second_at(at, LOAD_GLOBAL_SUPER_METHOD) + 1 + PUSH_NULL.cache_words() as usize;
    (call, call + 1 + CALL.cache_words() as usize)
}

/// The conditional jump ending the fused four at `at` (two loads, then
/// `COMPARE_OP` at `at + 2`): its opcode and target.
#[inline(always)]
pub fn fourth(words: &[u32], at: usize) -> (Option<Opcode>, u32) {
    decode(words[at + 3 + Opcode::COMPARE_OP.cache_words() as usize])
}

/// The third instruction of the fused triple at `at` (whose first two
/// instructions have no cache words): its argument.
#[inline(always)]
pub fn third(words: &[u32], at: usize) -> u32 {
    decode(words[at + 2]).1
}

/// The second instruction of the fused one at `at`: its opcode and argument.
#[inline(always)]
pub fn second(words: &[u32], at: usize, first: Opcode) -> (Option<Opcode>, u32) {
    decode(words[second_at(at, first)])
}

/// Where the second instruction of the fused one at `at` is (for the
/// location of an error it raises).
#[inline(always)]
pub fn second_at(at: usize, fused: Opcode) -> usize {
    at + 1 + first_cache_words(fused)
}

/// The cache words of the first instruction of a fused pair.
#[inline(always)]
fn first_cache_words(fused: Opcode) -> usize {
    match fused {
        Opcode::COMPARE_OP_JUMP => Opcode::COMPARE_OP.cache_words() as usize,
        Opcode::LOAD_GLOBAL_PUSH_NULL | Opcode::LOAD_GLOBAL_SUPER_METHOD => {
            Opcode::LOAD_GLOBAL.cache_words() as usize
        }
        Opcode::UNPACK_PAIR_STORE_FAST => Opcode::UNPACK_SEQUENCE.cache_words() as usize,
        Opcode::BINARY_OP_RETURN_VALUE
        | Opcode::BINARY_OP_STORE_SUBSCR_UNDER
        | Opcode::BINARY_OP_STORE_FAST => Opcode::BINARY_OP.cache_words() as usize,
        // The first instruction of the others (local and constant loads
        // and stores, COPY, SWAP, POP_TOP, RESUME) has none.
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
            encode(POP_JUMP_IF_FALSE, 7),
            encode(LOAD_FAST, 0),
            encode(LOAD_FAST, 1),
            encode(LOAD_ATTR, 0),
            encode(RETURN_VALUE, 0),
        ];
        let words = prepare(&code);
        assert_eq!(
            decode(words[0]),
            (Some(LOAD_FAST_LOAD_FAST_COMPARE_OP_JUMP), 0)
        );
        assert_eq!(
            second(&words, 0, LOAD_FAST_LOAD_FAST_COMPARE_OP_JUMP),
            (Some(LOAD_FAST), 1)
        );
        assert_eq!(decode(words[2]), (Some(COMPARE_OP_JUMP), 4));
        assert_eq!(
            second(&words, 2, COMPARE_OP_JUMP),
            (Some(POP_JUMP_IF_FALSE), 7)
        );
        // Before LOAD_ATTR the pair stays apart.
        assert_eq!(decode(words[4]), (Some(LOAD_FAST), 0));
        assert_eq!(words[5..], code[5..]);
        let code = [
            encode(LOAD_FAST, 0),
            encode(LOAD_FAST, 1),
            encode(BUILD_TUPLE, 2),
        ];
        let words = prepare(&code);
        assert_eq!(decode(words[0]), (Some(LOAD_FAST_LOAD_FAST), 0));
        assert_eq!(second(&words, 0, LOAD_FAST_LOAD_FAST), (Some(LOAD_FAST), 1));
        assert_eq!(words[1..], code[1..]);
    }

    #[test]
    fn triples_fuse_before_a_binary_op() {
        use Opcode::*;
        let code = [
            encode(LOAD_FAST, 0),
            encode(LOAD_FAST_CHECK, 1),
            encode(BINARY_OP, 0),
            encode(LOAD_FAST, 2),
            encode(LOAD_CONST, 3),
            encode(BINARY_OP, 5),
            encode(RETURN_VALUE, 0),
        ];
        let words = prepare(&code);
        assert_eq!(decode(words[0]), (Some(LOAD_FAST_LOAD_FAST_BINARY_OP), 0));
        assert_eq!(second(&words, 0, LOAD_FAST_LOAD_FAST_BINARY_OP).1, 1);
        assert_eq!(third(&words, 0), 0);
        // A jump to the second instruction runs it as a pair.
        assert_eq!(decode(words[1]), (Some(LOAD_FAST_BINARY_OP), 1));
        assert_eq!(decode(words[3]), (Some(LOAD_FAST_LOAD_CONST_BINARY_OP), 2));
        assert_eq!(third(&words, 3), 5);
        for (triple, second_op, third_op) in [
            (LOAD_FAST_LOAD_FAST_BINARY_OP, LOAD_FAST, BINARY_OP),
            (LOAD_FAST_LOAD_CONST_BINARY_OP, LOAD_CONST, BINARY_OP),
            (LOAD_FAST_LOAD_FAST_BINARY_SUBSCR, LOAD_FAST, BINARY_SUBSCR),
            (
                LOAD_FAST_LOAD_CONST_BINARY_SUBSCR,
                LOAD_CONST,
                BINARY_SUBSCR,
            ),
        ] {
            assert_eq!(
                fusion(LOAD_FAST, second_op, Some(third_op), None),
                Some(triple)
            );
            let span = 3 + third_op.cache_words();
            assert_eq!(1 + triple.cache_words(), span, "{}", triple.name());
            assert_eq!(
                triple.depth_change(0, false),
                LOAD_FAST.depth_change(0, false)
                    + second_op.depth_change(0, false)
                    + third_op.depth_change(0, false)
            );
        }
    }

    #[test]
    fn a_pair_gives_way_to_a_longer_run() {
        use Opcode::*;
        let code = [
            encode(STORE_FAST, 0),
            encode(LOAD_FAST, 1),
            encode(LOAD_CONST, 2),
            encode(BINARY_SUBSCR, 0),
            encode(STORE_FAST, 3),
            encode(LOAD_FAST, 1),
            encode(RETURN_VALUE, 0),
        ];
        let words = prepare(&code);
        assert_eq!(decode(words[0]), (Some(STORE_FAST), 0));
        assert_eq!(
            decode(words[1]),
            (Some(LOAD_FAST_LOAD_CONST_BINARY_SUBSCR), 1)
        );
        // Before a pair it still fuses.
        assert_eq!(decode(words[4]), (Some(STORE_FAST_LOAD_FAST), 3));
    }

    #[test]
    fn loads_before_a_comparison_and_jump_fuse_as_four() {
        use Opcode::*;
        let code = [
            encode(LOAD_FAST, 0),
            encode(LOAD_CONST, 1),
            encode(COMPARE_OP, 4),
            encode(POP_JUMP_IF_TRUE, 9),
            encode(LOAD_FAST_CHECK, 2),
            encode(LOAD_FAST, 3),
            encode(COMPARE_OP, 4),
            encode(POP_JUMP_IF_FALSE, 0),
        ];
        let words = prepare(&code);
        assert_eq!(
            decode(words[0]),
            (Some(LOAD_FAST_LOAD_CONST_COMPARE_OP_JUMP), 0)
        );
        assert_eq!(fourth(&words, 0), (Some(POP_JUMP_IF_TRUE), 9));
        assert_eq!(decode(words[2]), (Some(COMPARE_OP_JUMP), 4));
        assert_eq!(
            decode(words[4]),
            (Some(LOAD_FAST_LOAD_FAST_COMPARE_OP_JUMP), 2)
        );
        assert_eq!(fourth(&words, 4), (Some(POP_JUMP_IF_FALSE), 0));
        for four in [
            LOAD_FAST_LOAD_FAST_COMPARE_OP_JUMP,
            LOAD_FAST_LOAD_CONST_COMPARE_OP_JUMP,
        ] {
            let span = 4 + COMPARE_OP.cache_words() + POP_JUMP_IF_TRUE.cache_words();
            assert_eq!(1 + four.cache_words(), span, "{}", four.name());
            assert_eq!(four.depth_change(0, false), 0);
        }
    }

    #[test]
    fn a_global_call_then_method_load_may_be_super() {
        use Opcode::*;
        let mut code = vec![encode(LOAD_GLOBAL, 4), encode(PUSH_NULL, 0)];
        code.extend([encode(CALL, 0), encode(LOAD_METHOD, 5)]);
        let words = prepare(&code);
        assert_eq!(decode(words[0]), (Some(LOAD_GLOBAL_SUPER_METHOD), 4));
        assert_eq!(super_method_parts(0), (2, 3));
        assert_eq!(decode(words[3]), (Some(LOAD_METHOD), 5));
        // With arguments to the call it is an ordinary global call.
        code[2] = encode(CALL, 1);
        let words = prepare(&code);
        assert_eq!(decode(words[0]), (Some(LOAD_GLOBAL_PUSH_NULL), 4));
    }

    #[test]
    fn a_pair_unpacked_into_two_locals_fuses() {
        use Opcode::*;
        let mut code = vec![encode(UNPACK_SEQUENCE, 2), encode(STORE_FAST, 4)];
        code.push(encode(STORE_FAST, 5));
        let words = prepare(&code);
        assert_eq!(decode(words[0]), (Some(UNPACK_PAIR_STORE_FAST), 2));
        assert_eq!(
            second(&words, 0, UNPACK_PAIR_STORE_FAST),
            (Some(STORE_FAST_STORE_FAST), 4)
        );
        assert_eq!(decode(words[2]), (Some(STORE_FAST), 5));
        assert_eq!(
            1 + UNPACK_PAIR_STORE_FAST.cache_words(),
            3 + UNPACK_SEQUENCE.cache_words()
        );
        code[0] = encode(UNPACK_SEQUENCE, 3);
        assert_eq!(decode(prepare(&code)[0]), (Some(UNPACK_SEQUENCE), 3));
    }

    #[test]
    fn augmented_subscript_assignments_fuse() {
        use Opcode::*;
        let code = [
            encode(COPY, 2),
            encode(COPY, 2),
            encode(SWAP, 3),
            encode(SWAP, 2),
            encode(STORE_SUBSCR, 0),
            encode(COPY, 1),
            encode(COPY, 2),
        ];
        let words = prepare(&code);
        assert_eq!(decode(words[0]), (Some(COPY_TOP_TWO), 2));
        assert_eq!(1 + COPY_TOP_TWO.cache_words(), 2);
        let mut with_read = code.to_vec();
        with_read[2..5].copy_from_slice(&[
            encode(BINARY_SUBSCR, 0),
            encode(NOP, 0),
            encode(NOP, 0),
        ]);
        let read = prepare(&with_read);
        assert_eq!(decode(read[0]), (Some(COPY_TOP_TWO_BINARY_SUBSCR), 2));
        assert_eq!(
            1 + COPY_TOP_TWO_BINARY_SUBSCR.cache_words(),
            3 + BINARY_SUBSCR.cache_words()
        );
        assert_eq!(
            COPY_TOP_TWO_BINARY_SUBSCR.depth_change(0, false),
            2 * COPY.depth_change(2, false) + BINARY_SUBSCR.depth_change(0, false)
        );
        assert_eq!(decode(words[2]), (Some(STORE_SUBSCR_UNDER), 3));
        assert_eq!(
            1 + STORE_SUBSCR_UNDER.cache_words(),
            3 + STORE_SUBSCR.cache_words()
        );
        assert_eq!(decode(words[5]), (Some(COPY), 1));
        let code = [
            encode(BINARY_OP, 23),
            encode(SWAP, 3),
            encode(SWAP, 2),
            encode(STORE_SUBSCR, 0),
        ];
        let words = prepare(&code);
        assert_eq!(decode(words[0]), (Some(BINARY_OP_STORE_SUBSCR_UNDER), 23));
        assert_eq!(decode(words[1]), (Some(STORE_SUBSCR_UNDER), 3));
        assert_eq!(second_at(0, BINARY_OP_STORE_SUBSCR_UNDER), 1);
        assert_eq!(
            1 + BINARY_OP_STORE_SUBSCR_UNDER.cache_words(),
            4 + BINARY_OP.cache_words() + STORE_SUBSCR.cache_words()
        );
        assert_eq!(
            BINARY_OP_STORE_SUBSCR_UNDER.depth_change(0, false),
            BINARY_OP.depth_change(0, false) + STORE_SUBSCR.depth_change(0, false)
        );
        let code = [encode(SWAP, 2), encode(STORE_ATTR, 7)];
        let words = prepare(&code);
        assert_eq!(decode(words[0]), (Some(SWAP_STORE_ATTR), 2));
        assert_eq!(second(&words, 0, SWAP_STORE_ATTR), (Some(STORE_ATTR), 7));
        assert_eq!(
            1 + SWAP_STORE_ATTR.cache_words(),
            2 + STORE_ATTR.cache_words()
        );
    }

    #[test]
    fn a_local_load_then_its_copy_fuses() {
        use Opcode::*;
        let code = [
            encode(LOAD_FAST_CHECK, 3),
            encode(COPY, 1),
            encode(LOAD_ATTR, 2),
            encode(LOAD_FAST, 3),
            encode(COPY, 2),
        ];
        let words = prepare(&code);
        assert_eq!(decode(words[0]), (Some(LOAD_FAST_COPY), 3));
        assert_eq!(decode(words[1]), (Some(COPY), 1));
        assert_eq!(decode(words[3]), (Some(LOAD_FAST), 3));
        assert_eq!(1 + LOAD_FAST_COPY.cache_words(), 2 + COPY.cache_words());
        assert_eq!(
            LOAD_FAST_COPY.depth_change(0, false),
            LOAD_FAST.depth_change(0, false) + COPY.depth_change(1, false)
        );
    }

    #[test]
    fn a_local_load_before_a_call_fuses() {
        use Opcode::*;
        let code = [encode(LOAD_FAST_CHECK, 3), encode(CALL, 2)];
        let words = prepare(&code);
        assert_eq!(decode(words[0]), (Some(LOAD_FAST_CALL), 3));
        assert_eq!(second(&words, 0, LOAD_FAST_CALL), (Some(CALL), 2));
        assert_eq!(1 + LOAD_FAST_CALL.cache_words(), 2 + CALL.cache_words());
    }

    #[test]
    fn a_fused_opcode_covers_both_instructions() {
        use Opcode::*;
        let pairs = [
            (COMPARE_OP_JUMP, COMPARE_OP, POP_JUMP_IF_TRUE),
            (LOAD_FAST_LOAD_FAST, LOAD_FAST_CHECK, LOAD_FAST),
            (LOAD_FAST_LOAD_CONST, LOAD_FAST, LOAD_CONST),
            (STORE_FAST_LOAD_FAST, STORE_FAST, LOAD_FAST_CHECK),
            (LOAD_CONST_BINARY_OP, LOAD_CONST, BINARY_OP),
            (LOAD_FAST_BINARY_OP, LOAD_FAST_CHECK, BINARY_OP),
            (LOAD_GLOBAL_PUSH_NULL, LOAD_GLOBAL, PUSH_NULL),
            (LOAD_FAST_RETURN_VALUE, LOAD_FAST, RETURN_VALUE),
            (STORE_FAST_STORE_FAST, STORE_FAST, STORE_FAST),
            (STORE_FAST_JUMP_BACKWARD, STORE_FAST, JUMP_BACKWARD),
            (POP_TOP_JUMP_BACKWARD, POP_TOP, JUMP_BACKWARD),
            (RESUME_POP_TOP, RESUME, POP_TOP),
            (BINARY_OP_RETURN_VALUE, BINARY_OP, RETURN_VALUE),
            (BINARY_OP_STORE_FAST, BINARY_OP, STORE_FAST),
            (LOAD_FAST_LOAD_METHOD, LOAD_FAST, LOAD_METHOD),
            (LOAD_FAST_STORE_ATTR, LOAD_FAST, STORE_ATTR),
        ];
        for (fused, first, second) in pairs {
            assert_eq!(fusion(first, second, None, None), Some(fused));
            assert_eq!(first_cache_words(fused) as u32, first.cache_words());
            let span = 2 + first.cache_words() + second.cache_words();
            assert_eq!(1 + fused.cache_words(), span, "{}", fused.name());
            assert_eq!(
                fused.depth_change(0, false),
                first.depth_change(0, false) + second.depth_change(0, false)
            );
        }
    }
}
