//! Native modules that CPython writes in C (`_thread`, `time`, `math`, ...), one
//! file or folder per module. Each exposes `make()`, returning the module
//! object; [`register_modules`] makes them importable.

pub mod encodings;
pub mod math;
pub mod string;
pub mod thread;
pub mod time;

/// Runs `f`, a call that blocks (sleeping, waiting on I/O) without touching
/// Python objects, with the thread detached: the GIL is released and a
/// stop-the-world pause does not wait for it.
pub fn blocking<R>(f: impl FnOnce() -> R) -> R {
    vm::interp::blocking(f)
}

/// Makes every native module importable.
pub fn register_modules() {
    vm::native_modules::register("_thread", thread::make);
    vm::native_modules::register("encodings", encodings::make);
    vm::native_modules::register("math", math::make);
    vm::native_modules::register("string", string::make);
    vm::native_modules::register("string.templatelib", string::make_templatelib);
    vm::native_modules::register("time", time::make);
}
