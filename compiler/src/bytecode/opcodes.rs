//! The instruction set, generated from the one table at the bottom of this
//! file: each opcode's name, argument kind, stack effect, flags, inline cache
//! size and specialization family come from a single row, so the compiler,
//! the eval loop, the disassembler and (later) the JIT cannot disagree.

/// What an instruction's 24-bit argument means.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArgKind {
    /// Unused (zero).
    None,
    /// An index into the fast locals (`varnames`).
    Local,
    /// An index into the cell and free variables (after the locals).
    Deref,
    /// An index into `names`.
    Name,
    /// An index into `consts`.
    Const,
    /// An instruction index (absolute, in words) the instruction may jump to.
    Jump,
    /// A count or a stack depth.
    Count,
    /// A [`CompareOp`](super::CompareOp) (`<< 1 | coerce to bool`).
    Compare,
    /// A [`BinaryOp`](super::BinaryOp).
    Binary,
    /// A [`Intrinsic1`](super::Intrinsic1) or [`Intrinsic2`](super::Intrinsic2).
    Intrinsic,
    /// 0 or 1: whether an `is`/`in` test is negated.
    Invert,
    /// Something else small, described by the opcode's documentation.
    Raw,
}

/// Properties of an opcode.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OpFlags(u8);

impl OpFlags {
    pub const NONE: OpFlags = OpFlags(0);
    /// May jump to its argument.
    pub const JUMP: OpFlags = OpFlags(1);
    /// Continues with the next instruction when it does not jump.
    pub const CONDITIONAL: OpFlags = OpFlags(2);
    /// Never continues with the next instruction (return, raise, jump).
    pub const TERMINATOR: OpFlags = OpFlags(4);
    /// Can raise an exception (so needs a location and exception-table cover).
    pub const MAY_RAISE: OpFlags = OpFlags(8);
    /// Exists only in the compiler's flow graph; the assembler removes or
    /// replaces it.
    pub const PSEUDO: OpFlags = OpFlags(16);
    /// Two adjacent instructions run as one, made by the eval loop when it
    /// prepares a code object (never emitted): the opcode replaces the
    /// first one's, the second one's words stay (a jump may land there),
    /// and the cache words cover them.
    pub const FUSED: OpFlags = OpFlags(32);

    pub const fn union(self, other: OpFlags) -> OpFlags {
        OpFlags(self.0 | other.0)
    }

    pub const fn contains(self, other: OpFlags) -> bool {
        self.0 & other.0 == other.0
    }
}

/// The flags row of the table: `flags!(JUMP, MAY_RAISE)`.
macro_rules! flags {
    ($($flag:ident),*) => { OpFlags::NONE $(.union(OpFlags::$flag))* };
}

/// The stack effect row: `pop` and `push` counts as functions of the
/// argument, and of whether the jump is taken (for jumps whose branches
/// leave different depths).
type Effect = fn(u32, bool) -> (u32, u32);

macro_rules! opcodes {
    ($(
        $(#[$doc:meta])*
        $name:ident = $code:literal, $arg:ident, $effect:expr, [$($flag:ident),*], cache $cache:literal,
            family [$($special:ident),*];
    )*) => {
        /// One opcode; the discriminant is its encoding.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[repr(u8)]
        #[allow(non_camel_case_types)]
        pub enum Opcode { $( $(#[$doc])* $name = $code, )* }

        impl Opcode {
            /// Every opcode, in table order.
            pub const ALL: &'static [Opcode] = &[$(Opcode::$name),*];

            /// The opcode encoded as `byte`, if any (inlined into the eval
            /// loop's dispatch, where it is a bound check).
            #[inline(always)]
            pub fn from_byte(byte: u8) -> Option<Opcode> {
                match byte { $( $code => Some(Opcode::$name), )* _ => None }
            }

            /// The name `dis` shows.
            pub fn name(self) -> &'static str {
                match self { $( Opcode::$name => stringify!($name), )* }
            }

            pub fn arg_kind(self) -> ArgKind {
                match self { $( Opcode::$name => ArgKind::$arg, )* }
            }

            pub fn flags(self) -> OpFlags {
                match self { $( Opcode::$name => flags!($($flag),*), )* }
            }

            /// How many inline cache words follow the instruction.
            #[inline]
            pub fn cache_words(self) -> u32 {
                match self { $( Opcode::$name => $cache, )* }
            }

            /// `(pops, pushes)` for argument `arg`; `jump` selects the taken
            /// branch of a jump.
            pub fn stack_effect(self, arg: u32, jump: bool) -> (u32, u32) {
                match self { $( Opcode::$name => { let effect: Effect = $effect; effect(arg, jump) } )* }
            }

            /// The specialized forms of this opcode (same argument, same
            /// stack effect, same cache layout), for adaptive interpretation.
            pub fn family(self) -> &'static [Opcode] {
                match self { $( Opcode::$name => &[$(Opcode::$special),*], )* }
            }
        }
    };
}

impl Opcode {
    pub fn is_jump(self) -> bool {
        self.flags().contains(OpFlags::JUMP)
    }

    /// Never falls through to the next instruction.
    pub fn is_terminator(self) -> bool {
        self.flags().contains(OpFlags::TERMINATOR)
    }

    pub fn is_pseudo(self) -> bool {
        self.flags().contains(OpFlags::PSEUDO)
    }

    pub fn is_fused(self) -> bool {
        self.flags().contains(OpFlags::FUSED)
    }

    /// The words from this instruction to the next: one, or for a fused
    /// run all its instructions'. Only the fused opcodes, numbered from
    /// [`FIRST_FUSED`], have cache words, so the eval loop's dispatch
    /// reads no table for the others.
    #[inline(always)]
    pub fn size(self) -> usize {
        if (self as u8) < FIRST_FUSED {
            1
        } else {
            1 + self.cache_words() as usize
        }
    }

    /// Changes the stack depth by `pushes - pops`.
    pub fn depth_change(self, arg: u32, jump: bool) -> i64 {
        let (pops, pushes) = self.stack_effect(arg, jump);
        pushes as i64 - pops as i64
    }
}

/// The low 8 bits of a `BUILD_INTERPOLATION`/`UNPACK_EX` style argument.
/// The first fused opcode: the rest are fused too, and no other opcode has
/// cache words (an instruction's address is its own site for the caches).
pub const FIRST_FUSED: u8 = 116;

fn low(arg: u32) -> u32 {
    arg & 0xff
}

opcodes! {
    /// Does nothing (kept for line events).
    NOP = 0, None, |_, _| (0, 0), [], cache 0, family [];
    /// Marks the start of a code object, of a resumption after `yield`/`await`
    /// (arg: 0 start, 1 after yield, 2 after yield from, 3 after await); checks
    /// the eval breaker.
    RESUME = 1, Raw, |_, _| (0, 0), [], cache 0, family [];
    POP_TOP = 2, None, |_, _| (1, 0), [], cache 0, family [];
    /// Pushes the NULL that stands for "no self" below call arguments.
    PUSH_NULL = 3, None, |_, _| (0, 1), [], cache 0, family [];
    /// Pushes a copy of the n-th item (1 = top).
    COPY = 4, Count, |n, _| (n, n + 1), [], cache 0, family [];
    /// Swaps the top with the n-th item.
    SWAP = 5, Count, |n, _| (n, n), [], cache 0, family [];
    LOAD_CONST = 6, Const, |_, _| (0, 1), [], cache 0, family [];
    /// Pushes a local that is known to be bound.
    LOAD_FAST = 7, Local, |_, _| (0, 1), [], cache 0, family [];
    /// Pushes a local, raising `UnboundLocalError` if it is unbound.
    LOAD_FAST_CHECK = 8, Local, |_, _| (0, 1), [MAY_RAISE], cache 0, family [];
    /// Pushes a local (or NULL) and unbinds it: saves a name an inlined
    /// comprehension shadows (PEP 709).
    LOAD_FAST_AND_CLEAR = 9, Local, |_, _| (0, 1), [], cache 0, family [];
    STORE_FAST = 10, Local, |_, _| (1, 0), [], cache 0, family [];
    DELETE_FAST = 11, Local, |_, _| (0, 0), [MAY_RAISE], cache 0, family [];
    /// Creates the cell of a cell variable (in the prologue).
    MAKE_CELL = 12, Deref, |_, _| (0, 0), [], cache 0, family [];
    /// Copies the function's closure into the free variable slots.
    COPY_FREE_VARS = 13, Count, |_, _| (0, 0), [], cache 0, family [];
    LOAD_DEREF = 14, Deref, |_, _| (0, 1), [MAY_RAISE], cache 0, family [];
    STORE_DEREF = 15, Deref, |_, _| (1, 0), [], cache 0, family [];
    DELETE_DEREF = 16, Deref, |_, _| (0, 0), [MAY_RAISE], cache 0, family [];
    /// Looks the cell's name up in the mapping on top, else the cell
    /// (class bodies reading a free variable).
    LOAD_FROM_DICT_OR_DEREF = 17, Deref, |_, _| (1, 1), [MAY_RAISE], cache 0, family [];
    /// Looks the name up in the mapping on top, then globals, then builtins
    /// (annotation scopes inside a class).
    LOAD_FROM_DICT_OR_GLOBALS = 18, Name, |_, _| (1, 1), [MAY_RAISE], cache 0, family [];
    LOAD_NAME = 19, Name, |_, _| (0, 1), [MAY_RAISE], cache 0, family [];
    STORE_NAME = 20, Name, |_, _| (1, 0), [MAY_RAISE], cache 0, family [];
    DELETE_NAME = 21, Name, |_, _| (0, 0), [MAY_RAISE], cache 0, family [];
    LOAD_GLOBAL = 22, Name, |_, _| (0, 1), [MAY_RAISE], cache 0, family [];
    STORE_GLOBAL = 23, Name, |_, _| (1, 0), [MAY_RAISE], cache 0, family [];
    DELETE_GLOBAL = 24, Name, |_, _| (0, 0), [MAY_RAISE], cache 0, family [];
    /// Pushes the current namespace (`locals()`).
    LOAD_LOCALS = 25, None, |_, _| (0, 1), [MAY_RAISE], cache 0, family [];
    /// `obj -> obj.name`.
    LOAD_ATTR = 26, Name, |_, _| (1, 1), [MAY_RAISE], cache 0, family [];
    /// `obj -> method self` or `obj -> attr NULL`: the callable and self of
    /// a method call without a bound-method object.
    LOAD_METHOD = 27, Name, |_, _| (1, 2), [MAY_RAISE], cache 0, family [];
    /// `value obj -> ` sets `obj.name = value`.
    STORE_ATTR = 28, Name, |_, _| (2, 0), [MAY_RAISE], cache 0, family [];
    DELETE_ATTR = 29, Name, |_, _| (1, 0), [MAY_RAISE], cache 0, family [];
    /// `lhs rhs -> lhs OP rhs`.
    BINARY_OP = 30, Binary, |_, _| (2, 1), [MAY_RAISE], cache 0, family [];
    /// `container key -> container[key]`.
    BINARY_SUBSCR = 31, None, |_, _| (2, 1), [MAY_RAISE], cache 0, family [];
    /// `value container key -> ` sets `container[key] = value`.
    STORE_SUBSCR = 32, None, |_, _| (3, 0), [MAY_RAISE], cache 0, family [];
    DELETE_SUBSCR = 33, None, |_, _| (2, 0), [MAY_RAISE], cache 0, family [];
    /// `container start stop -> container[start:stop]`.
    BINARY_SLICE = 34, None, |_, _| (3, 1), [MAY_RAISE], cache 0, family [];
    /// `value container start stop -> `.
    STORE_SLICE = 35, None, |_, _| (4, 0), [MAY_RAISE], cache 0, family [];
    /// Builds a slice of 2 or 3 items.
    BUILD_SLICE = 36, Count, |n, _| (n, 1), [MAY_RAISE], cache 0, family [];
    UNARY_NEGATIVE = 37, None, |_, _| (1, 1), [MAY_RAISE], cache 0, family [];
    UNARY_INVERT = 38, None, |_, _| (1, 1), [MAY_RAISE], cache 0, family [];
    /// `not x` (calls `__bool__`).
    UNARY_NOT = 39, None, |_, _| (1, 1), [MAY_RAISE], cache 0, family [];
    /// Calls a one-argument runtime helper (`+x`, list to tuple, ...).
    CALL_INTRINSIC_1 = 40, Intrinsic, |_, _| (1, 1), [MAY_RAISE], cache 0, family [];
    CALL_INTRINSIC_2 = 41, Intrinsic, |_, _| (2, 1), [MAY_RAISE], cache 0, family [];
    COMPARE_OP = 42, Compare, |_, _| (2, 1), [MAY_RAISE], cache 0, family [];
    IS_OP = 43, Invert, |_, _| (2, 1), [], cache 0, family [];
    CONTAINS_OP = 44, Invert, |_, _| (2, 1), [MAY_RAISE], cache 0, family [];
    BUILD_TUPLE = 45, Count, |n, _| (n, 1), [], cache 0, family [];
    BUILD_LIST = 46, Count, |n, _| (n, 1), [], cache 0, family [];
    BUILD_SET = 47, Count, |n, _| (n, 1), [MAY_RAISE], cache 0, family [];
    /// Builds a dict from n key/value pairs.
    BUILD_MAP = 48, Count, |n, _| (2 * n, 1), [MAY_RAISE], cache 0, family [];
    /// Appends the top to the list n items below it (after popping).
    LIST_APPEND = 49, Count, |n, _| (n + 1, n), [], cache 0, family [];
    SET_ADD = 50, Count, |n, _| (n + 1, n), [MAY_RAISE], cache 0, family [];
    /// `key value` into the dict n items below them.
    MAP_ADD = 51, Count, |n, _| (n + 2, n), [MAY_RAISE], cache 0, family [];
    LIST_EXTEND = 52, Count, |n, _| (n + 1, n), [MAY_RAISE], cache 0, family [];
    SET_UPDATE = 53, Count, |n, _| (n + 1, n), [MAY_RAISE], cache 0, family [];
    DICT_UPDATE = 54, Count, |n, _| (n + 1, n), [MAY_RAISE], cache 0, family [];
    /// As `DICT_UPDATE`, but a repeated key is a `TypeError` (`f(**a, **b)`).
    DICT_MERGE = 55, Count, |n, _| (n + 1, n), [MAY_RAISE], cache 0, family [];
    /// Replaces an iterable with exactly n items, first item on top.
    UNPACK_SEQUENCE = 56, Count, |n, _| (1, n), [MAY_RAISE], cache 0, family [];
    /// `a, *b, c = ...`: arg is `before | after << 8`; pushes the items, the
    /// starred list among them.
    UNPACK_EX = 57, Raw, |n, _| (1, low(n) + (n >> 8) + 1), [MAY_RAISE], cache 0, family [];
    /// Jumps to a later instruction.
    JUMP_FORWARD = 58, Jump, |_, _| (0, 0), [JUMP, TERMINATOR], cache 0, family [];
    /// Jumps to an earlier instruction (checks the eval breaker).
    JUMP_BACKWARD = 59, Jump, |_, _| (0, 0), [JUMP, TERMINATOR, MAY_RAISE], cache 0, family [];
    /// A jump in the flow graph, direction not known yet.
    JUMP = 60, Jump, |_, _| (0, 0), [JUMP, TERMINATOR, PSEUDO], cache 0, family [];
    /// Pops; jumps if it was falsy (calls `__bool__`).
    POP_JUMP_IF_FALSE = 61, Jump, |_, _| (1, 0), [JUMP, CONDITIONAL, MAY_RAISE], cache 0, family [];
    POP_JUMP_IF_TRUE = 62, Jump, |_, _| (1, 0), [JUMP, CONDITIONAL, MAY_RAISE], cache 0, family [];
    POP_JUMP_IF_NONE = 63, Jump, |_, _| (1, 0), [JUMP, CONDITIONAL], cache 0, family [];
    POP_JUMP_IF_NOT_NONE = 64, Jump, |_, _| (1, 0), [JUMP, CONDITIONAL], cache 0, family [];
    /// Jumps keeping the top if it is falsy, else pops it (`and`).
    JUMP_IF_FALSE_OR_POP = 65, Jump, |_, jump| (1, jump as u32), [JUMP, CONDITIONAL, MAY_RAISE], cache 0, family [];
    JUMP_IF_TRUE_OR_POP = 66, Jump, |_, jump| (1, jump as u32), [JUMP, CONDITIONAL, MAY_RAISE], cache 0, family [];
    GET_ITER = 67, None, |_, _| (1, 1), [MAY_RAISE], cache 0, family [];
    /// `iter -> iter next`, or pops the exhausted iterator and jumps.
    FOR_ITER = 68, Jump, |_, jump| if jump { (1, 0) } else { (1, 2) }, [JUMP, CONDITIONAL, MAY_RAISE], cache 0, family [];
    GET_AITER = 69, None, |_, _| (1, 1), [MAY_RAISE], cache 0, family [];
    /// `aiter -> aiter awaitable`.
    GET_ANEXT = 70, None, |_, _| (1, 2), [MAY_RAISE], cache 0, family [];
    /// Ends an `async for` on `StopAsyncIteration` (`aiter exc -> `), else reraises.
    END_ASYNC_FOR = 71, None, |_, _| (2, 0), [MAY_RAISE], cache 0, family [];
    /// Replaces the top with its awaitable iterator (arg: 0 await, 1 aenter,
    /// 2 aexit, for error messages).
    GET_AWAITABLE = 72, Raw, |_, _| (1, 1), [MAY_RAISE], cache 0, family [];
    GET_YIELD_FROM_ITER = 73, None, |_, _| (1, 1), [MAY_RAISE], cache 0, family [];
    /// `receiver value -> receiver result`; when the receiver returns, replaces
    /// the value with the return value and jumps.
    SEND = 74, Jump, |_, _| (2, 2), [JUMP, CONDITIONAL, MAY_RAISE], cache 0, family [];
    /// `receiver value -> value` after the delegation ends.
    END_SEND = 75, None, |_, _| (2, 1), [], cache 0, family [];
    /// Yields the top; the value sent in replaces it (arg: the exception
    /// depth, for `gi_yieldfrom` detection).
    YIELD_VALUE = 76, Raw, |_, _| (1, 1), [], cache 0, family [];
    /// Handler of a `throw()` into `yield from`: `sub last_sent exc -> none value`
    /// if it is the subiterator's `StopIteration`, else reraises.
    CLEANUP_THROW = 77, None, |_, _| (3, 2), [MAY_RAISE], cache 0, family [];
    /// Turns the frame into a generator, coroutine or async generator.
    RETURN_GENERATOR = 78, None, |_, _| (0, 1), [], cache 0, family [];
    RETURN_VALUE = 79, None, |_, _| (1, 0), [TERMINATOR], cache 0, family [];
    /// `raise` (0), `raise exc` (1), `raise exc from cause` (2).
    RAISE_VARARGS = 80, Count, |n, _| (n, 0), [TERMINATOR, MAY_RAISE], cache 0, family [];
    /// Reraises the top; with arg 1 also restores `f_lasti` from below it.
    RERAISE = 81, Raw, |n, _| (n + 1, 0), [TERMINATOR, MAY_RAISE], cache 0, family [];
    /// `exc -> prev_exc exc`: makes exc the handled exception.
    PUSH_EXC_INFO = 82, None, |_, _| (1, 2), [], cache 0, family [];
    /// `prev_exc -> ` restores the handled exception.
    POP_EXCEPT = 83, None, |_, _| (1, 0), [], cache 0, family [];
    /// `exc type -> exc bool`.
    CHECK_EXC_MATCH = 84, None, |_, _| (2, 2), [MAY_RAISE], cache 0, family [];
    /// `eg type -> rest match` (`except*`).
    CHECK_EG_MATCH = 85, None, |_, _| (2, 2), [MAY_RAISE], cache 0, family [];
    /// Calls `__exit__(type, value, tb)` with the exception on top:
    /// `exit lasti prev exc -> exit lasti prev exc result`.
    WITH_EXCEPT_START = 86, None, |_, _| (4, 5), [MAY_RAISE], cache 0, family [];
    /// `mgr -> bound_exit enter_result` (arg 1: the async methods).
    BEFORE_WITH = 87, Raw, |_, _| (1, 2), [MAY_RAISE], cache 0, family [];
    /// Pushes a constant the compiler cannot hold (arg: 0 `AssertionError`,
    /// 1 `NotImplementedError`, 2 `tuple`, 3 `all`, 4 `any`).
    LOAD_COMMON_CONSTANT = 88, Raw, |_, _| (0, 1), [], cache 0, family [];
    /// `level fromlist -> module`.
    IMPORT_NAME = 89, Name, |_, _| (2, 1), [MAY_RAISE], cache 0, family [];
    /// `module -> module attr`.
    IMPORT_FROM = 90, Name, |_, _| (1, 2), [MAY_RAISE], cache 0, family [];
    /// `code -> function`.
    MAKE_FUNCTION = 91, None, |_, _| (1, 1), [], cache 0, family [];
    /// `value function -> function`, setting the attribute arg names
    /// (1 defaults, 2 kwdefaults, 4 annotations, 8 closure, 16 annotate).
    SET_FUNCTION_ATTRIBUTE = 92, Raw, |_, _| (2, 1), [], cache 0, family [];
    LOAD_BUILD_CLASS = 93, None, |_, _| (0, 1), [MAY_RAISE], cache 0, family [];
    /// `callable self_or_null args... -> result`.
    CALL = 94, Count, |n, _| (n + 2, 1), [MAY_RAISE], cache 0, family [];
    /// `callable self_or_null args... kwnames -> result`; the last
    /// `len(kwnames)` arguments are keywords.
    CALL_KW = 95, Count, |n, _| (n + 3, 1), [MAY_RAISE], cache 0, family [];
    /// `callable null args_tuple [kwargs_dict] -> result` (arg: has kwargs).
    CALL_FUNCTION_EX = 96, Raw, |n, _| (3 + n, 1), [MAY_RAISE], cache 0, family [];
    /// `format(value)` into a str.
    FORMAT_SIMPLE = 97, None, |_, _| (1, 1), [MAY_RAISE], cache 0, family [];
    FORMAT_WITH_SPEC = 98, None, |_, _| (2, 1), [MAY_RAISE], cache 0, family [];
    /// `str`, `repr` or `ascii` of the top (arg 1, 2, 3).
    CONVERT_VALUE = 99, Raw, |_, _| (1, 1), [MAY_RAISE], cache 0, family [];
    BUILD_STRING = 100, Count, |n, _| (n, 1), [MAY_RAISE], cache 0, family [];
    /// `value str [format_spec] -> interpolation`; arg is
    /// `conversion << 2 | has_format_spec`.
    BUILD_INTERPOLATION = 101, Raw, |n, _| (2 + (n & 1), 1), [MAY_RAISE], cache 0, family [];
    /// `strings_tuple interpolations_tuple -> template`.
    BUILD_TEMPLATE = 102, None, |_, _| (2, 1), [MAY_RAISE], cache 0, family [];
    /// `subject cls names -> attrs_tuple_or_none`; arg: positional count.
    MATCH_CLASS = 103, Count, |_, _| (3, 1), [MAY_RAISE], cache 0, family [];
    /// `subject -> subject bool`.
    MATCH_MAPPING = 104, None, |_, _| (1, 2), [], cache 0, family [];
    MATCH_SEQUENCE = 105, None, |_, _| (1, 2), [], cache 0, family [];
    /// `subject keys -> subject keys values_or_none`.
    MATCH_KEYS = 106, None, |_, _| (2, 3), [MAY_RAISE], cache 0, family [];
    /// `obj -> obj len(obj)`.
    GET_LEN = 107, None, |_, _| (1, 2), [MAY_RAISE], cache 0, family [];
    /// Creates `__annotations__` in a class or module namespace if missing.
    SETUP_ANNOTATIONS = 108, None, |_, _| (0, 0), [MAY_RAISE], cache 0, family [];
    /// `value -> bool(value)`.
    TO_BOOL = 109, None, |_, _| (1, 1), [MAY_RAISE], cache 0, family [];
    /// Starts a `try` region whose handler is the argument.
    SETUP_FINALLY = 110, Jump, |_, jump| (0, jump as u32), [JUMP, CONDITIONAL, PSEUDO], cache 0, family [];
    /// As `SETUP_FINALLY`, but the handler also receives the offset to restore.
    SETUP_CLEANUP = 111, Jump, |_, jump| (0, 2 * jump as u32), [JUMP, CONDITIONAL, PSEUDO], cache 0, family [];
    /// As `SETUP_CLEANUP` for `with` (the handler sees the exit function too).
    SETUP_WITH = 112, Jump, |_, jump| (0, jump as u32), [JUMP, CONDITIONAL, PSEUDO], cache 0, family [];
    /// Ends the innermost `SETUP_*` region.
    POP_BLOCK = 113, None, |_, _| (0, 0), [PSEUDO], cache 0, family [];
    /// Pushes the cell itself (to build a closure).
    LOAD_CLOSURE = 114, Deref, |_, _| (0, 1), [], cache 0, family [];
    /// Puts a cell saved by `LOAD_CLOSURE` back in its slot (after an
    /// inlined comprehension that had its own cell for the name).
    RESTORE_CELL = 115, Deref, |_, _| (1, 0), [], cache 0, family [];
    /// `COMPARE_OP` then `POP_JUMP_IF_FALSE`/`POP_JUMP_IF_TRUE` (the next
    /// word): the comparison decides the jump without making a bool.
    COMPARE_OP_JUMP = 116, Compare, |_, _| (2, 0), [JUMP, CONDITIONAL, MAY_RAISE, FUSED], cache 1, family [];
    /// `LOAD_FAST` (or `LOAD_FAST_CHECK`) twice: this local, then the next
    /// word's.
    LOAD_FAST_LOAD_FAST = 117, Local, |_, _| (0, 2), [MAY_RAISE, FUSED], cache 1, family [];
    /// `LOAD_FAST` then `LOAD_CONST` (the next word's constant).
    LOAD_FAST_LOAD_CONST = 118, Local, |_, _| (0, 2), [MAY_RAISE, FUSED], cache 1, family [];
    /// `STORE_FAST` then `LOAD_FAST` (the next word's local).
    STORE_FAST_LOAD_FAST = 119, Local, |_, _| (1, 1), [MAY_RAISE, FUSED], cache 1, family [];
    /// `LOAD_CONST` then `BINARY_OP` (the next word's operator): the
    /// constant is the right operand, read in place.
    LOAD_CONST_BINARY_OP = 120, Const, |_, _| (1, 1), [MAY_RAISE, FUSED], cache 1, family [];
    /// `LOAD_FAST` then `BINARY_OP` (the next word's operator): the local
    /// is the right operand.
    LOAD_FAST_BINARY_OP = 121, Local, |_, _| (1, 1), [MAY_RAISE, FUSED], cache 1, family [];
    /// `LOAD_GLOBAL` then `PUSH_NULL` (a call of a global function).
    LOAD_GLOBAL_PUSH_NULL = 122, Name, |_, _| (0, 2), [MAY_RAISE, FUSED], cache 1, family [];
    /// `LOAD_FAST`, `LOAD_FAST` (the next word's local), then `BINARY_OP`
    /// (the word after): the operator applies to the locals in place.
    LOAD_FAST_LOAD_FAST_BINARY_OP = 123, Local, |_, _| (0, 1), [MAY_RAISE, FUSED], cache 2, family [];
    /// `LOAD_FAST`, `LOAD_CONST` (the next word's constant), then
    /// `BINARY_OP` (the word after), on the local and constant in place.
    LOAD_FAST_LOAD_CONST_BINARY_OP = 124, Local, |_, _| (0, 1), [MAY_RAISE, FUSED], cache 2, family [];
    /// `LOAD_FAST`, `LOAD_FAST` (the next word's local), `COMPARE_OP` and
    /// `POP_JUMP_IF_FALSE`/`POP_JUMP_IF_TRUE`: the comparison of the locals
    /// in place decides the jump.
    LOAD_FAST_LOAD_FAST_COMPARE_OP_JUMP = 125, Local, |_, _| (0, 0), [JUMP, CONDITIONAL, MAY_RAISE, FUSED], cache 3, family [];
    /// `LOAD_FAST`, `LOAD_CONST` (the next word's constant), `COMPARE_OP`
    /// and a conditional jump, as the one before.
    LOAD_FAST_LOAD_CONST_COMPARE_OP_JUMP = 126, Local, |_, _| (0, 0), [JUMP, CONDITIONAL, MAY_RAISE, FUSED], cache 3, family [];
    /// `LOAD_FAST` then `CALL` (the next word's argument count): the local
    /// is the call's last argument. Its stack effect is the call's, by the
    /// second word.
    LOAD_FAST_CALL = 127, Local, |_, _| (0, 0), [MAY_RAISE, FUSED], cache 1, family [];
    /// `LOAD_FAST` then `RETURN_VALUE`: returns the local.
    LOAD_FAST_RETURN_VALUE = 128, Local, |_, _| (0, 0), [TERMINATOR, MAY_RAISE, FUSED], cache 1, family [];
    /// `STORE_FAST` twice: the top into this local, the next into the next
    /// word's.
    STORE_FAST_STORE_FAST = 129, Local, |_, _| (2, 0), [FUSED], cache 1, family [];
    /// `LOAD_GLOBAL`, `PUSH_NULL`, `CALL 0`, `LOAD_METHOD`: when the global
    /// is the built-in `super`, `super().name` for a method call without a
    /// super object (CPython's `LOAD_SUPER_ATTR`), past the `LOAD_METHOD`;
    /// else the first two, as `LOAD_GLOBAL_PUSH_NULL`.
    LOAD_GLOBAL_SUPER_METHOD = 130, Name, |_, _| (0, 2), [MAY_RAISE, FUSED], cache 1, family [];
    /// `LOAD_FAST`, `LOAD_FAST` (the next word's local), then
    /// `BINARY_SUBSCR`: the container and key are read in place.
    LOAD_FAST_LOAD_FAST_BINARY_SUBSCR = 131, Local, |_, _| (0, 1), [MAY_RAISE, FUSED], cache 2, family [];
    /// `LOAD_FAST`, `LOAD_CONST` (the next word's constant), then
    /// `BINARY_SUBSCR`, read in place.
    LOAD_FAST_LOAD_CONST_BINARY_SUBSCR = 132, Local, |_, _| (0, 1), [MAY_RAISE, FUSED], cache 2, family [];
    /// `STORE_FAST` then `JUMP_BACKWARD` (the next word's target).
    STORE_FAST_JUMP_BACKWARD = 133, Local, |_, _| (1, 0), [JUMP, TERMINATOR, MAY_RAISE, FUSED], cache 1, family [];
    /// `POP_TOP` then `JUMP_BACKWARD` (the next word's target).
    POP_TOP_JUMP_BACKWARD = 134, None, |_, _| (1, 0), [JUMP, TERMINATOR, MAY_RAISE, FUSED], cache 1, family [];
    /// `RESUME` then `POP_TOP` (a generator resumed after a yield whose
    /// value is unused).
    RESUME_POP_TOP = 135, Raw, |_, _| (1, 0), [FUSED], cache 1, family [];
    /// `UNPACK_SEQUENCE 2` then two `STORE_FAST`s (the next words'
    /// locals): `a, b = pair` without the items on the stack.
    UNPACK_PAIR_STORE_FAST = 136, Count, |_, _| (1, 0), [MAY_RAISE, FUSED], cache 2, family [];
    /// `COPY 2` twice: the top two values again (an augmented subscript
    /// assignment's container and key).
    COPY_TOP_TWO = 137, Count, |_, _| (2, 4), [FUSED], cache 1, family [];
    /// `SWAP 3`, `SWAP 2`, `STORE_SUBSCR`: stores the top value into the
    /// container and key below it (the end of `x[i] op= y`).
    STORE_SUBSCR_UNDER = 138, Count, |_, _| (3, 0), [MAY_RAISE, FUSED], cache 2, family [];
    /// `SWAP 2` then `STORE_ATTR` (the next word's name): stores the top
    /// value into the object below it (the end of `obj.name op= y`).
    SWAP_STORE_ATTR = 139, Count, |_, _| (2, 0), [MAY_RAISE, FUSED], cache 1, family [];
    /// `BINARY_OP` then `RETURN_VALUE`: returns the result.
    BINARY_OP_RETURN_VALUE = 140, Binary, |_, _| (2, 0), [TERMINATOR, MAY_RAISE, FUSED], cache 1, family [];
    /// `LOAD_FAST` then `LOAD_METHOD` (the next word's name) on the local.
    LOAD_FAST_LOAD_METHOD = 141, Local, |_, _| (0, 2), [MAY_RAISE, FUSED], cache 1, family [];
    /// `LOAD_FAST` then `STORE_ATTR` (the next word's name): the local is
    /// the object, read in place.
    LOAD_FAST_STORE_ATTR = 142, Local, |_, _| (1, 0), [MAY_RAISE, FUSED], cache 1, family [];
    /// `LOAD_FAST` then `COPY 1`: the local twice (the object of an
    /// augmented attribute assignment, whose `LOAD_ATTR` then reads the
    /// local in place).
    LOAD_FAST_COPY = 143, Local, |_, _| (0, 2), [MAY_RAISE, FUSED], cache 1, family [];
    /// `COPY 2` twice then `BINARY_SUBSCR`: the item of the top two values,
    /// read in place (an augmented subscript assignment's current value).
    COPY_TOP_TWO_BINARY_SUBSCR = 144, Count, |_, _| (2, 3), [MAY_RAISE, FUSED], cache 2, family [];
    /// `BINARY_OP`, `SWAP 3`, `SWAP 2`, `STORE_SUBSCR`: the result stored
    /// into the container and key below the operands (the end of
    /// `x[i] op= y`), never pushed.
    BINARY_OP_STORE_SUBSCR_UNDER = 145, Binary, |_, _| (4, 0), [MAY_RAISE, FUSED], cache 3, family [];
    /// `BINARY_OP` then `STORE_FAST` (the next word's local): the result
    /// goes into the local without being pushed.
    BINARY_OP_STORE_FAST = 146, Binary, |_, _| (2, 0), [MAY_RAISE, FUSED], cache 1, family [];
}
