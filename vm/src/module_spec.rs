//! `ModuleSpec`, a module's `__spec__`: what the import system knew when
//! it made the module (its name, where it came from, whether it is a
//! package). ferropy's importer has no loader objects, so `loader` (and
//! each module's `__loader__`) is None.

use runtime::types::{Args, OBJECT, Slots, Type, from_bool, none, str as pystr};
use runtime::{PyRef, PyResult, ops};

/// The payload of a ModuleSpec.
pub struct ModuleSpec {
    name: String,
    /// A file path, or "built-in" for a native module.
    origin: String,
    /// A package's `__path__` list; None for a plain module.
    search_locations: PyRef,
}

pub static MODULE_SPEC: Type =
    Type::builtin::<ModuleSpec>("ModuleSpec", Some(&OBJECT), 0, Slots::NONE);

/// The origin of native modules' specs.
pub const BUILT_IN: &str = "built-in";

impl ModuleSpec {
    fn is_package(&self) -> bool {
        !runtime::types::is_none(&self.search_locations)
    }

    /// The package the module belongs to: itself for a package, else the
    /// name up to its last dot ("" for a top-level module).
    pub fn parent(&self) -> &str {
        if self.is_package() {
            return &self.name;
        }
        self.name.rsplit_once('.').map_or("", |(p, _)| p)
    }
}

/// A new spec; `search_locations` is a package's `__path__`, else None.
pub fn new_spec(name: &str, origin: &str, search_locations: PyRef) -> PyRef {
    PyRef::new(
        ModuleSpec {
            name: name.to_string(),
            origin: origin.to_string(),
            search_locations,
        },
        &MODULE_SPEC,
    )
}

fn spec(obj: &PyRef) -> &ModuleSpec {
    obj.payload::<ModuleSpec>().expect("a ModuleSpec")
}

fn repr(args: &Args) -> PyResult {
    let obj = &args.exact("__repr__", 1, 1)?[0];
    let s = spec(obj);
    let quoted = |text: &str| pystr::new_str(text);
    let mut out = format!(
        "ModuleSpec(name={}, loader=None, origin={}",
        pystr::to_string(&ops::repr(&quoted(&s.name))?).unwrap_or_default(),
        pystr::to_string(&ops::repr(&quoted(&s.origin))?).unwrap_or_default()
    );
    if s.is_package() {
        let locations = ops::repr(&s.search_locations)?;
        out.push_str(", submodule_search_locations=");
        out.push_str(&pystr::to_string(&locations).unwrap_or_default());
    }
    out.push(')');
    Ok(pystr::new_str(&out))
}

pub(crate) fn register() {
    let t = &MODULE_SPEC;
    t.add_method("__repr__", repr);
    t.add_getset("name", |o| Ok(pystr::new_str(&spec(o).name)), None);
    t.add_getset("origin", |o| Ok(pystr::new_str(&spec(o).origin)), None);
    t.add_getset("parent", |o| Ok(pystr::new_str(spec(o).parent())), None);
    t.add_getset(
        "submodule_search_locations",
        |o| Ok(spec(o).search_locations.clone()),
        None,
    );
    t.add_getset("loader", |_| Ok(none()), None);
    t.add_getset("cached", |_| Ok(none()), None);
    t.add_getset(
        "has_location",
        |o| Ok(from_bool(spec(o).origin != BUILT_IN)),
        None,
    );
}
