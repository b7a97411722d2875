//! Importing: built-in modules, then `.py` modules and packages found on
//! `sys.path`, cached in `sys.modules`.

use crate::frame::Frame;
use crate::interp::interp;
use crate::module_spec;
use runtime::types::exceptions as exc;
use runtime::types::{dict, int, list, module, str as pystr, tuple};
use runtime::{PyErr, PyRef, PyResult, ops};
use std::path::PathBuf;

/// `import name` / `from name import fromlist` (`IMPORT_NAME`).
pub fn import_name(name: &PyRef, globals: &PyRef, fromlist: &PyRef, level: &PyRef) -> PyResult {
    let name = pystr::to_string(name).unwrap_or_default();
    let level = int::as_i64(level).unwrap_or(0);
    let full = if level > 0 {
        resolve_relative(&name, globals, level)?
    } else {
        name.clone()
    };
    if full.is_empty() {
        return Err(PyErr::value_error("Empty module name"));
    }
    let module = import_dotted(&full)?;
    let has_fromlist = !runtime::types::is_none(fromlist)
        && tuple::as_slice(fromlist).is_none_or(|f| !f.is_empty());
    if has_fromlist || level > 0 && name.is_empty() {
        return Ok(module);
    }
    if level > 0 {
        // `from . import x` returns the package; `import .a.b` is not valid.
        return Ok(module);
    }
    let top = full.split('.').next().unwrap_or(&full);
    get_module(top).ok_or_else(|| PyErr::system_error("parent module missing"))
}

fn resolve_relative(name: &str, globals: &PyRef, level: i64) -> PyResult<String> {
    let package = dict::get_str(globals, "__package__")
        .filter(|p| !runtime::types::is_none(p))
        .and_then(|p| pystr::to_string(&p))
        .or_else(|| {
            let modname = dict::get_str(globals, "__name__").and_then(|n| pystr::to_string(&n))?;
            let is_pkg = dict::get_str(globals, "__path__").is_some();
            Some(if is_pkg {
                modname
            } else {
                modname
                    .rsplit_once('.')
                    .map_or(String::new(), |(p, _)| p.to_string())
            })
        })
        .unwrap_or_default();
    if package.is_empty() {
        return Err(PyErr::new(
            &exc::IMPORT_ERROR,
            "attempted relative import with no known parent package",
        ));
    }
    let mut parts: Vec<&str> = package.split('.').collect();
    for _ in 1..level {
        if parts.pop().is_none() {
            return Err(PyErr::new(
                &exc::IMPORT_ERROR,
                "attempted relative import beyond top-level package",
            ));
        }
    }
    let base = parts.join(".");
    Ok(if name.is_empty() {
        base
    } else {
        format!("{base}.{name}")
    })
}

/// Imports the module `full` (absolute, dotted) as `import full` does,
/// returning the innermost module.
pub fn import_module(full: &str) -> PyResult {
    import_dotted(full)
}

fn get_module(name: &str) -> Option<PyRef> {
    dict::get_str(&interp().modules, name)
}

fn import_dotted(full: &str) -> PyResult {
    if let Some(m) = get_module(full) {
        if runtime::types::is_none(&m) {
            return Err(named_error(
                &exc::MODULE_NOT_FOUND_ERROR,
                format!("import of {full} halted; None in sys.modules"),
                full,
            ));
        }
        return Ok(m);
    }
    let (parent, path) = match full.rsplit_once('.') {
        Some((p, _)) => {
            let parent = import_dotted(p)?;
            let path = module::module_dict(&parent)
                .and_then(|d| dict::get_str(d, "__path__"))
                .ok_or_else(|| not_found(full, Some(p)))?;
            let dirs: Vec<PathBuf> = ops::to_vec(&path)?
                .iter()
                .filter_map(pystr::to_string)
                .map(PathBuf::from)
                .collect();
            (Some(parent), dirs)
        }
        None => (None, search_path()?),
    };
    let short = full.rsplit('.').next().unwrap_or(full);
    let m = match crate::native_modules::make(full) {
        Some(m) => {
            let search_locations = module::module_dict(&m)
                .and_then(|d| dict::get_str(d, "__path__"))
                .unwrap_or_else(runtime::types::none);
            set_spec(&m, full, module_spec::BUILT_IN, search_locations);
            dict::set_str(&interp().modules, full, m.clone());
            m
        }
        None => load_from(full, short, &path)?,
    };
    if let Some(parent) = parent {
        module::set(&parent, short, m.clone());
    }
    Ok(m)
}

pub(crate) fn search_path() -> PyResult<Vec<PathBuf>> {
    let path = ops::getattr_str(&interp().sys, "path")?;
    Ok(list::to_vec(&path)
        .iter()
        .filter_map(pystr::to_string)
        .map(PathBuf::from)
        .collect())
}

fn not_found(full: &str, parent: Option<&str>) -> PyErr {
    let msg = match parent {
        Some(p) => format!("No module named '{full}'; '{p}' is not a package"),
        None => format!("No module named '{full}'"),
    };
    named_error(&exc::MODULE_NOT_FOUND_ERROR, msg, full)
}

/// An ImportError (or subclass) whose `name` attribute is the module's.
fn named_error(ty: &'static runtime::types::Type, msg: String, module: &str) -> PyErr {
    let e = PyErr::new(ty, msg);
    if let Some(d) = e.instance().instance_dict() {
        dict::set_str(d, "name", pystr::new_str(module));
    }
    e
}

/// Gives module `m` its `__spec__`, `__loader__` (None: there are no
/// loader objects) and `__package__` (the spec's parent).
fn set_spec(m: &PyRef, full: &str, origin: &str, search_locations: PyRef) {
    let spec = module_spec::new_spec(full, origin, search_locations);
    let parent = spec
        .payload::<module_spec::ModuleSpec>()
        .expect("a ModuleSpec")
        .parent()
        .to_string();
    module::set(m, "__spec__", spec);
    module::set(m, "__loader__", runtime::types::none());
    module::set(m, "__package__", pystr::new_str(&parent));
}

fn load_from(full: &str, short: &str, dirs: &[PathBuf]) -> PyResult {
    for dir in dirs {
        let pkg_init = dir.join(short).join("__init__.py");
        let file = dir.join(format!("{short}.py"));
        let (path, is_pkg) = if pkg_init.is_file() {
            (pkg_init, true)
        } else if file.is_file() {
            (file, false)
        } else {
            continue;
        };
        let source = std::fs::read(&path).map_err(|e| PyErr::new(&exc::OS_ERROR, e.to_string()))?;
        let m = module::new_module(full);
        let filename = path.to_string_lossy().to_string();
        module::set(&m, "__file__", pystr::new_str(&filename));
        module::set(&m, "__builtins__", interp().builtins.clone());
        let search_locations = if is_pkg {
            let dir = path
                .parent()
                .map(|p| p.to_string_lossy().to_string())
                .unwrap_or_default();
            let path_list = list::new_list(vec![pystr::new_str(&dir)]);
            module::set(&m, "__path__", path_list.clone());
            path_list
        } else {
            runtime::types::none()
        };
        set_spec(&m, full, &filename, search_locations);
        dict::set_str(&interp().modules, full, m.clone());
        let globals = module::module_dict(&m).expect("a module").clone();
        if let Err(e) = crate::interp::exec_source(&source, &filename, &globals, &globals) {
            let _ = dict::remove(&interp().modules, &pystr::new_str(full));
            return Err(e);
        }
        return Ok(get_module(full).unwrap_or(m));
    }
    Err(not_found(full, None))
}

/// `from module import name` (`IMPORT_FROM`).
pub fn import_from(m: &PyRef, name: &PyRef) -> PyResult {
    if let Some(v) = ops::getattr_opt(m, name)? {
        return Ok(v);
    }
    let modname = module::module_dict(m)
        .map(|_| module::name(m))
        .unwrap_or_default();
    let n = pystr::to_string(name).unwrap_or_default();
    if let Some(sub) = get_module(&format!("{modname}.{n}")) {
        return Ok(sub);
    }
    if module::module_dict(m)
        .and_then(|d| dict::get_str(d, "__path__"))
        .is_some()
        && let Ok(sub) = import_dotted(&format!("{modname}.{n}"))
    {
        return Ok(sub);
    }
    let location = module::module_dict(m)
        .and_then(|d| dict::get_str(d, "__file__"))
        .and_then(|f| pystr::to_string(&f))
        .unwrap_or_else(|| "unknown location".to_string());
    Err(named_error(
        &exc::IMPORT_ERROR,
        format!("cannot import name '{n}' from '{modname}' ({location})"),
        &modname,
    ))
}

/// `from module import *`.
pub fn import_star(m: &PyRef, frame: &Frame) -> PyResult<()> {
    let locals = frame
        .locals
        .clone()
        .ok_or_else(|| PyErr::system_error("import * outside a namespace"))?;
    let Some(d) = module::module_dict(m) else {
        return Ok(());
    };
    let names: Vec<PyRef> = match dict::get_str(d, "__all__") {
        Some(all) => ops::to_vec(&all)?,
        None => dict::keys(d)
            .into_iter()
            .filter(|k| pystr::as_str(k).is_some_and(|s| s.get(0) != Some('_' as u32)))
            .collect(),
    };
    for n in names {
        let v = ops::getattr(m, &n)?;
        ops::setitem(&locals, &n, &v)?;
    }
    Ok(())
}
