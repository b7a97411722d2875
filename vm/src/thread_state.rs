//! Per-thread interpreter state: the exception being handled (for bare
//! `raise`, `sys.exc_info()` and implicit chaining) and the recursion depth.

use runtime::PyRef;
use std::cell::{Cell, RefCell};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

/// `sys.getrecursionlimit()`.
pub static RECURSION_LIMIT: AtomicUsize = AtomicUsize::new(1000);

thread_local! {
    static DEPTH: Cell<usize> = const { Cell::new(0) };
    static HANDLED: RefCell<Option<PyRef>> = const { RefCell::new(None) };
}

/// Enters one more frame; false if that passes the recursion limit.
pub fn enter() -> bool {
    DEPTH.with(|d| {
        let n = d.get() + 1;
        d.set(n);
        n <= RECURSION_LIMIT.load(Relaxed)
    })
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
