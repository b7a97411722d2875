//! Per-thread interpreter state: the exception being handled (for bare
//! `raise`, `sys.exc_info()` and implicit chaining), the recursion depth,
//! and how far the Rust stack may grow (native code calling Python nests
//! Rust frames; past the budget that is a RecursionError, never an
//! overflow).

use runtime::PyRef;
use std::cell::Cell;
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

/// `sys.getrecursionlimit()`.
pub static RECURSION_LIMIT: AtomicUsize = AtomicUsize::new(1000);

/// The Rust stack a thread running Python may use: such threads get at
/// least 256 MB (the main interpreter thread in src/main.rs, `_thread`'s
/// threads); the rest is margin for the native code between two checks.
const STACK_BUDGET: usize = 192 << 20;

thread_local! {
    static DEPTH: Cell<usize> = const { Cell::new(0) };
    /// The lowest stack address this thread may reach (0: unchecked).
    static STACK_FLOOR: Cell<usize> = const { Cell::new(0) };
    /// The exception being handled at the current level: the running
    /// generator's own (CPython's `gi_exc_state`) or, outside generators,
    /// the thread's.
    static HANDLED: Cell<Option<PyRef>> = const { Cell::new(None) };
    /// The innermost exception handled at a level below the current one
    /// (the callers of the running generators), which the current level
    /// sees while it handles none itself.
    static BELOW: Cell<Option<PyRef>> = const { Cell::new(None) };
}

/// An address in the current Rust stack frame.
#[inline(always)]
fn stack_pointer() -> usize {
    let marker = 0u8;
    std::ptr::addr_of!(marker) as usize
}

/// Marks the calling thread as one with a full interpreter stack: from here
/// it may use [`STACK_BUDGET`] more bytes.
pub fn set_stack_budget() {
    STACK_FLOOR.with(|f| f.set(stack_pointer().saturating_sub(STACK_BUDGET)));
}

/// Enters one more frame; false if that passes the recursion limit or the
/// thread's stack budget.
#[inline]
pub fn enter() -> bool {
    enter_in_loop() && STACK_FLOOR.with(|f| stack_pointer() > f.get())
}

/// [`enter`] for a frame an eval loop pushes onto its own stack of frames,
/// which uses no more Rust stack: only the recursion limit is checked.
#[inline(always)]
pub fn enter_in_loop() -> bool {
    DEPTH.with(|d| {
        let n = d.get() + 1;
        d.set(n);
        n <= RECURSION_LIMIT.load(Relaxed)
    })
}

#[inline(always)]
pub fn leave() {
    DEPTH.with(|d| d.set(d.get().saturating_sub(1)));
}

/// A copy of the value in `cell`.
fn peek(cell: &'static std::thread::LocalKey<Cell<Option<PyRef>>>) -> Option<PyRef> {
    cell.with(|c| {
        let v = c.take();
        let copy = v.clone();
        c.set(v);
        copy
    })
}

/// The exception currently being handled (`sys.exception()`, a bare
/// `raise`, the context of a new exception): the current level's, else the
/// innermost one below it (CPython's `_PyErr_GetTopmostException`).
pub fn handled() -> Option<PyRef> {
    peek(&HANDLED).or_else(|| peek(&BELOW))
}

/// Replaces the current level's handled exception, returning the previous
/// one (`PUSH_EXC_INFO`, `POP_EXCEPT`).
#[inline]
pub fn set_handled(exc: Option<PyRef>) -> Option<PyRef> {
    HANDLED.with(|h| h.replace(exc))
}

/// The level below a running generator's: what [`enter_level`] replaced.
pub struct Level {
    handled: Option<PyRef>,
    /// `BELOW` before the generator ran, when its caller's level handled an
    /// exception (which became `BELOW`); `None` when `BELOW` is unchanged.
    below: Option<Option<PyRef>>,
}

/// Enters a generator's level on resumption, with the exception the
/// generator was handling when it last suspended. When neither that level
/// nor the caller's handles one (the usual case) nothing else changes.
#[inline]
pub fn enter_level(own: Option<PyRef>) -> Level {
    let handled = set_handled(own);
    let below = handled.as_ref().map(replace_below);
    Level { handled, below }
}

/// Leaves a generator's level when it yields or finishes: the caller's is
/// current again. Returns what the generator was handling.
#[inline]
pub fn leave_level(level: Level) -> Option<PyRef> {
    let own = set_handled(level.handled);
    if let Some(below) = level.below {
        // The replaced copy of the caller's exception is dropped here.
        drop(set_below(below));
    }
    own
}

#[cold]
fn replace_below(outer: &PyRef) -> Option<PyRef> {
    set_below(Some(outer.clone()))
}

#[cold]
fn set_below(exc: Option<PyRef>) -> Option<PyRef> {
    BELOW.with(|b| b.replace(exc))
}
