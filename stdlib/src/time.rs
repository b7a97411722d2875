//! placeholder
pub fn make() -> runtime::PyRef {
    runtime::types::module::new_module("time")
}
