//! The static block stack (CPython's "frame blocks"): which loops, `try`,
//! `with` and handler bodies enclose the code being compiled, and the
//! cleanup `return`, `break` and `continue` must emit to leave them.

use super::cfg::BlockId;
use super::{Compiler, Result, error};
use crate::ast::{Range, Stmt};
use crate::bytecode::{Constant, Opcode};

/// CPython's limit on statically nested blocks.
const MAX_BLOCKS: usize = 21;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum FBlockKind {
    WhileLoop,
    /// The iterator is on the stack.
    ForLoop,
    AsyncForLoop,
    /// The body of a `try` with handlers.
    TryExcept,
    /// The body of a `try` with a `finally`.
    FinallyTry,
    /// The `finally` body run for an exception: `prev_exc exc` on the stack.
    FinallyEnd,
    With,
    AsyncWith,
    /// The dispatch to the `except` clauses: `prev_exc exc` on the stack,
    /// cleaned up by the handler around it.
    ExceptionHandler,
    /// An `except` body without a name: `prev_exc` on the stack.
    HandlerCleanup,
    /// An `except ... as name` body.
    NamedHandlerCleanup,
    /// An `except*` body: no `break`, `continue` or `return` may leave it.
    ExceptionGroupHandler,
    /// A value (a `match` subject) on the stack.
    PopValue,
}

#[derive(Clone, Copy, Debug)]
pub(super) struct FBlock<'a> {
    pub kind: FBlockKind,
    /// Where `continue` goes (loops).
    pub start: Option<BlockId>,
    /// Where `break` goes (loops).
    pub exit: Option<BlockId>,
    /// The `finally` statements (`FinallyTry`), or the handler's name.
    pub datum: Datum<'a>,
}

/// What unwinding an [`FBlock`] needs besides its kind.
#[derive(Clone, Copy, Debug)]
pub(super) enum Datum<'a> {
    None,
    Finally(&'a [Stmt]),
    Name(&'a str),
}

impl<'a> Compiler<'a> {
    pub(super) fn push_fblock(
        &mut self,
        kind: FBlockKind,
        start: Option<BlockId>,
        exit: Option<BlockId>,
        range: Range,
    ) -> Result {
        self.push_fblock_with(kind, start, exit, Datum::None, range)
    }

    pub(super) fn push_fblock_with(
        &mut self,
        kind: FBlockKind,
        start: Option<BlockId>,
        exit: Option<BlockId>,
        datum: Datum<'a>,
        range: Range,
    ) -> Result {
        if self.ur().fblocks.len() >= MAX_BLOCKS {
            return Err(error("too many statically nested blocks", range));
        }
        self.u().fblocks.push(FBlock {
            kind,
            start,
            exit,
            datum,
        });
        Ok(())
    }

    pub(super) fn pop_fblock(&mut self) {
        self.u().fblocks.pop();
    }

    /// Emits the cleanup of leaving `block`; with `preserve_tos` the value on
    /// top (a return value) stays on top.
    fn unwind(&mut self, block: FBlock<'a>, preserve_tos: bool) -> Result {
        use FBlockKind::*;
        match block.kind {
            WhileLoop | ExceptionHandler | ExceptionGroupHandler => {}
            ForLoop | AsyncForLoop | PopValue => {
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2);
                }
                self.emit(Opcode::POP_TOP, 0);
            }
            TryExcept => self.emit(Opcode::POP_BLOCK, 0),
            FinallyTry => {
                self.emit(Opcode::POP_BLOCK, 0);
                // The caller took this block off the stack, so a `return`
                // in the finally body does not run it again.
                if let Datum::Finally(body) = block.datum {
                    if preserve_tos {
                        self.push_fblock(PopValue, None, None, Range::default())?;
                    }
                    self.statements(body)?;
                    if preserve_tos {
                        self.pop_fblock();
                    }
                }
            }
            FinallyEnd => {
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2);
                }
                self.emit(Opcode::POP_TOP, 0);
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2);
                }
                self.emit(Opcode::POP_BLOCK, 0);
                self.emit(Opcode::POP_EXCEPT, 0);
            }
            With | AsyncWith => {
                self.emit(Opcode::POP_BLOCK, 0);
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2);
                }
                self.call_exit_none(block.kind == AsyncWith);
                self.emit(Opcode::POP_TOP, 0);
            }
            HandlerCleanup | NamedHandlerCleanup => {
                if block.kind == NamedHandlerCleanup {
                    self.emit(Opcode::POP_BLOCK, 0);
                }
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2);
                }
                self.emit(Opcode::POP_BLOCK, 0);
                self.emit(Opcode::POP_EXCEPT, 0);
                if let Datum::Name(name) = block.datum {
                    self.load_const(Constant::None);
                    self.store_name(name);
                    self.delete_name(name);
                }
            }
        }
        Ok(())
    }

    /// Calls the `__exit__` (or awaits the `__aexit__`) on top with three
    /// Nones, leaving its result.
    pub(super) fn call_exit_none(&mut self, is_async: bool) {
        self.emit(Opcode::PUSH_NULL, 0);
        for _ in 0..3 {
            self.load_const(Constant::None);
        }
        self.emit(Opcode::CALL, 3);
        if is_async {
            self.emit(Opcode::GET_AWAITABLE, 2);
            self.load_const(Constant::None);
            self.yield_from(true);
        }
    }

    /// Unwinds every block for a `return` (`preserve_tos`: a value is on top).
    pub(super) fn unwind_all(&mut self, preserve_tos: bool, range: Range) -> Result {
        let blocks = self.ur().fblocks.clone();
        for (depth, block) in blocks.iter().enumerate().rev() {
            if block.kind == FBlockKind::ExceptionGroupHandler {
                return Err(except_star_error(range));
            }
            self.unwind_at(depth, *block, preserve_tos)?;
        }
        Ok(())
    }

    /// Unwinds the blocks inside the innermost loop and returns that loop,
    /// or None outside a loop.
    pub(super) fn unwind_to_loop(&mut self, range: Range) -> Result<Option<FBlock<'a>>> {
        let blocks = self.ur().fblocks.clone();
        for (depth, block) in blocks.iter().enumerate().rev() {
            match block.kind {
                FBlockKind::WhileLoop | FBlockKind::ForLoop | FBlockKind::AsyncForLoop => {
                    return Ok(Some(*block));
                }
                FBlockKind::ExceptionGroupHandler => return Err(except_star_error(range)),
                _ => self.unwind_at(depth, *block, false)?,
            }
        }
        Ok(None)
    }

    /// Unwinds `block`, which is at `depth` in the stack: code emitted by the
    /// unwinding (a `finally` body) sees only the blocks outside it.
    fn unwind_at(&mut self, depth: usize, block: FBlock<'a>, preserve_tos: bool) -> Result {
        let saved = self.u().fblocks.split_off(depth);
        let result = self.unwind(block, preserve_tos);
        self.u().fblocks.extend(saved);
        result
    }

    pub(super) fn loop_control(&mut self, stmt_range: Range, is_break: bool) -> Result {
        let saved = self.set_loc(stmt_range);
        match self.unwind_to_loop(stmt_range)? {
            Some(block) if is_break => {
                self.unwind(block, false)?;
                self.jump(Opcode::JUMP, block.exit.expect("loops have an exit"));
            }
            Some(block) => self.jump(Opcode::JUMP, block.start.expect("loops have a start")),
            None if is_break => return Err(error("'break' outside loop", stmt_range)),
            None => return Err(error("'continue' not properly in loop", stmt_range)),
        }
        self.restore_loc(saved);
        Ok(())
    }
}

fn except_star_error(range: Range) -> crate::error::SyntaxError {
    error(
        "'break', 'continue' and 'return' cannot appear in an except* block",
        range,
    )
}
