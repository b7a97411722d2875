//! Per-thread interpreter state: the exception being handled (for bare
//! `raise`, `sys.exc_info()` and implicit chaining), the recursion depth,
//! and how far the Rust stack may grow (native code calling Python nests
//! Rust frames; past the budget that is a RecursionError, never an
//! overflow).

use runtime::PyRef;
use std::cell::{Cell, RefCell};
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
    static HANDLED: RefCell<Option<PyRef>> = const { RefCell::new(None) };
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
    let deep = DEPTH.with(|d| {
        let n = d.get() + 1;
        d.set(n);
        n > RECURSION_LIMIT.load(Relaxed)
    });
    !deep && STACK_FLOOR.with(|f| stack_pointer() > f.get())
}

pub fn leave() {
    DEPTH.with(|d| d.set(d.get().saturating_sub(1)));
}

/// The exception currently being handled.
pub fn handled() -> Option<PyRef> {
    HANDLED.with(|h| h.borrow().clone())
}

/// Replaces the handled exception, returning the previous one.
pub fn set_handled(exc: Option<PyRef>) -> Option<PyRef> {
    HANDLED.with(|h| std::mem::replace(&mut *h.borrow_mut(), exc))
}
