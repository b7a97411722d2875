//! Native modules that CPython writes in C (`_thread`, `time`, `math`, ...), one
//! file or folder per module. Each exposes `make()`, returning the module
//! object.

pub mod math;
pub mod time;

/// Runs `f`, a call that blocks (sleeping, waiting on I/O) without touching
/// Python objects. This is the one place such calls go through, so the vm
/// can make it detach the thread state for the duration (letting a stop-the-
/// world pause proceed); until the thread-state layer is wired to the
/// interpreter it simply runs `f`.
pub fn blocking<R>(f: impl FnOnce() -> R) -> R {
    f()
}
