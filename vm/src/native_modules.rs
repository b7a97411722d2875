//! Native modules other crates provide (`stdlib`: math, time, _thread...):
//! registered by name at start-up, made on first import.

use runtime::PyRef;
use std::collections::HashMap;
use std::sync::{LazyLock, RwLock};

type Maker = fn() -> PyRef;

static MODULES: LazyLock<RwLock<HashMap<&'static str, Maker>>> = LazyLock::new(Default::default);

/// Makes `name` importable as a native module.
pub fn register(name: &'static str, make: Maker) {
    MODULES
        .write()
        .unwrap_or_else(|e| e.into_inner())
        .insert(name, make);
}

/// A new module object for `name`, if one is registered.
pub fn make(name: &str) -> Option<PyRef> {
    let maker = *MODULES
        .read()
        .unwrap_or_else(|e| e.into_inner())
        .get(name)?;
    Some(maker())
}

/// Whether a native module is registered as `name`.
pub fn is_registered(name: &str) -> bool {
    MODULES
        .read()
        .unwrap_or_else(|e| e.into_inner())
        .contains_key(name)
}
