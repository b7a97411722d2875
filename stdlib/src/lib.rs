//! Native modules that CPython writes in C (`_thread`, `time`, `math`, ...), one
//! file or folder per module, registered with the vm by
//! [`register_modules`].

pub mod thread;

/// Makes every native module importable.
pub fn register_modules() {
    vm::native_modules::register("_thread", thread::make);
}
