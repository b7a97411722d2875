//! The `builtins` module: the built-in functions (grouped by theme in the
//! submodules), the built-in iterator types, and the built-in types,
//! exceptions and constants as attributes.
//!
//! The functions that need the interpreter (`exec`, `eval`, `globals`,
//! `super`, `__build_class__`, `__import__`, ...) are added by the eval loop
//! through [`add`].

mod functions;
pub mod io;
pub mod iterators;
mod numeric;
mod reductions;

use runtime::PyRef;
use runtime::types::native::{self, NativeFn};
use runtime::types::{
    self, BOOL, DICT, FLOAT, INT, LIST, OBJECT, STR, TUPLE, TYPE, Type, complex::COMPLEX,
    descriptors, exceptions, module,
};
use std::sync::Once;

/// The built-in types the module names. Types still to come (`bytes`,
/// `bytearray`, `set`, `frozenset`, `range`, `slice`) are one line each.
static TYPES: &[(&str, &Type)] = &[
    ("object", &OBJECT),
    ("type", &TYPE),
    ("int", &INT),
    ("bool", &BOOL),
    ("float", &FLOAT),
    ("complex", &COMPLEX),
    ("str", &STR),
    ("tuple", &TUPLE),
    ("list", &LIST),
    ("dict", &DICT),
    ("bytes", &types::bytes::BYTES),
    ("bytearray", &types::bytearray::BYTEARRAY),
    ("memoryview", &types::memoryview::MEMORYVIEW),
    ("set", &types::set::SET),
    ("frozenset", &types::set::FROZENSET),
    ("range", &types::range::RANGE),
    ("slice", &types::slice::SLICE),
    ("super", &crate::call_special::SUPER),
    ("property", &descriptors::PROPERTY),
    ("staticmethod", &descriptors::STATICMETHOD),
    ("classmethod", &descriptors::CLASSMETHOD),
    ("enumerate", &iterators::ENUMERATE),
    ("zip", &iterators::ZIP),
    ("map", &iterators::MAP),
    ("filter", &iterators::FILTER),
    ("reversed", &iterators::REVERSED),
];

/// A function table of one of the submodules.
type Functions = &'static [(&'static str, NativeFn)];

const FUNCTIONS: &[Functions] = &[
    functions::FUNCTIONS,
    numeric::FUNCTIONS,
    reductions::FUNCTIONS,
    io::FUNCTIONS,
];

/// Adds the builtin function `name` to `module` (the eval loop's builtins
/// go in through this too).
pub fn add(module: &PyRef, name: &'static str, f: NativeFn) {
    module::set(
        module,
        name,
        native::new_function(name, f, Some("builtins")),
    );
}

/// A new `builtins` module. Initializes the runtime's types first.
pub fn make_builtins() -> PyRef {
    runtime::init();
    static REGISTER: Once = Once::new();
    REGISTER.call_once(iterators::register);
    let m = module::new_module("builtins");
    for (name, f) in FUNCTIONS.iter().flat_map(|t| t.iter()) {
        add(&m, name, *f);
    }
    for (name, ty) in TYPES {
        module::set(&m, name, ty.object());
    }
    for ty in exceptions::ALL {
        module::set(&m, ty.name(), ty.object());
    }
    // The old names of OSError.
    for alias in ["IOError", "EnvironmentError"] {
        module::set(&m, alias, exceptions::OS_ERROR.object());
    }
    module::set(&m, "None", types::none());
    module::set(&m, "True", types::from_bool(true));
    module::set(&m, "False", types::from_bool(false));
    module::set(&m, "Ellipsis", types::ellipsis());
    module::set(&m, "NotImplemented", types::not_implemented());
    module::set(&m, "__debug__", types::from_bool(true));
    m
}
