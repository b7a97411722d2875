//! The global-name cache of `LOAD_GLOBAL`: a lookup in a function's globals
//! and then its builtins is remembered with the globals' version
//! (`dict::version`), and the builtins' for a value found there, and reused
//! while they have not moved on. Dicts without a version (instance dicts
//! used as globals or builtins) are not cached by.
//!
//! The cache is per thread (no sharing, so no synchronisation and no
//! contention between threads running the same function) and direct-mapped:
//! the slot comes from the instruction's address, the entry says which
//! (globals, builtins, name) it answers. Entries hold strong references to
//! the dicts, the name and the value, so none of them can be freed and
//! their addresses reused while an entry names them. The price: a value a
//! global no longer holds stays alive until its entry's slot is reused or
//! the thread exits (as in the type attribute cache); no finalizer can
//! observe that yet, and with `__del__` entries will need evicting.

use runtime::PyRef;
use runtime::object::{StackRef, Typed};
use runtime::types::dict::{self, Dict};
use std::cell::RefCell;

const SLOTS: usize = 1024;

struct Entry {
    name: PyRef,
    globals: Typed<Dict>,
    globals_version: u64,
    /// For a value found in the builtins: them and their version (for one
    /// found in the globals, only the globals' version matters).
    builtins: Option<(Typed<Dict>, u64)>,
    value: PyRef,
}

impl Entry {
    /// Whether the entry answers `name` in `globals` then `builtins`.
    #[inline(always)]
    fn answers(&self, globals: &PyRef, builtins: &PyRef, name: &PyRef) -> bool {
        PyRef::ptr_eq(&self.name, name)
            && PyRef::ptr_eq(self.globals.obj(), globals)
            && dict::unchanged_since(&self.globals, self.globals_version)
            && self.builtins.as_ref().is_none_or(|(b, version)| {
                PyRef::ptr_eq(b.obj(), builtins) && dict::unchanged_since(b, *version)
            })
    }
}

thread_local! {
    static CACHE: RefCell<Vec<Option<Entry>>> = const { RefCell::new(Vec::new()) };
}

#[inline]
fn slot(site: usize) -> usize {
    (site >> 2 ^ site >> 12) % SLOTS
}

/// `name` in `globals`, else in `builtins`; `site` (the instruction's
/// address) picks the cache slot.
#[inline]
pub fn load(site: usize, globals: &PyRef, builtins: &PyRef, name: &PyRef) -> Option<StackRef> {
    let hit = CACHE.try_with(|c| {
        let c = c.borrow();
        let e = c.get(slot(site))?.as_ref()?;
        e.answers(globals, builtins, name)
            .then(|| StackRef::new(&e.value))
    });
    if let Ok(Some(v)) = hit {
        return Some(v);
    }
    lookup(site, globals, builtins, name).map(StackRef::owned)
}

#[cold]
fn lookup(site: usize, globals: &PyRef, builtins: &PyRef, name: &PyRef) -> Option<PyRef> {
    // Versions first: a change racing with the lookups leaves an entry
    // whose versions are already stale, never a stale value under current
    // versions.
    let globals_version = dict::version(globals);
    let builtins_version = dict::version(builtins);
    let (value, builtins) = match dict::get_str_key(globals, name) {
        Some(v) => (v, None),
        None => (
            dict::get_str_key(builtins, name)?,
            Some((builtins, builtins_version)),
        ),
    };
    // Dicts that keep no version (an instance's `__dict__` used as
    // globals) cannot be cached by.
    let builtins = match builtins {
        None => None,
        Some((b, Some(version))) => Some((typed_dict(b), version)),
        Some((_, None)) => return Some(value),
    };
    let Some(globals_version) = globals_version else {
        return Some(value);
    };
    let entry = Entry {
        name: name.clone(),
        globals: typed_dict(globals),
        globals_version,
        builtins,
        value: value.clone(),
    };
    let old = CACHE.try_with(|c| {
        let mut c = c.borrow_mut();
        if c.is_empty() {
            c.resize_with(SLOTS, || None);
        }
        c[slot(site)].replace(entry)
    });
    // The replaced entry's references are given up with the cache unborrowed.
    drop(old);
    Some(value)
}

/// A dict (globals or builtins) kept for its version checks.
fn typed_dict(d: &PyRef) -> Typed<Dict> {
    Typed::new(d).expect("a dict")
}
