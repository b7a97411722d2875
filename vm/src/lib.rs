//! ferropy's evaluator: code objects at run time, frames and the eval loop,
//! functions, generators and coroutines, calls that need the frame, the
//! import system, `sys`, and the `builtins` module.

mod attr_cache;
pub mod builtins;
mod builtins_glue;
mod cache_slots;
pub(crate) mod call_special;
pub mod code;
mod eval;
mod exc_groups;
mod fast_paths;
pub mod frame;
mod frame_object;
pub mod function;
mod fused;
pub mod generator;
mod global_cache;
mod import;
pub mod interp;
mod module_spec;
pub mod native_modules;
mod objects;
mod patterns;
mod stdio;
mod sys;
pub mod thread_state;
pub mod traceback;
mod unpack;

/// Fills the dicts of the vm's own types.
fn register_types() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        function::register();
        generator::register();
        traceback::register();
        frame_object::register();
        call_special::register();
        stdio::register();
        module_spec::register();
    });
}
