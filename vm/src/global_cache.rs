//! The global-name cache of `LOAD_GLOBAL`: a lookup in a function's globals
//! and then its builtins is remembered with the globals' version
//! (`dict::version`), and the builtins' for a value found there, and reused
//! while they have not moved on. Dicts without a version (instance dicts
//! used as globals or builtins) are not cached by.
//!
//! The cache is per thread (no sharing, so no synchronisation and no
//! contention between threads running the same function) and direct-mapped:
//! the slot comes from the instruction's address, the entry says which
//! instruction and (globals, builtins) it answers. It lives in the thread's
//! frame pool (`Pool`), which the eval loop holds, so a hit looks nothing up
//! per thread; a nested loop, whose pool starts empty, makes its own on its
//! first miss and leaves it to the next one (`Pool::give_back`).
//!
//! Entries hold strong references to the code, the dicts and the value, so
//! none of them can be freed and their addresses reused while an entry
//! names them: an instruction's address then stands for its name too. The
//! price: a value a global no longer holds (and code no longer run) stays
//! alive until its entry's slot is reused or the thread exits (as in the type
//! attribute cache); no finalizer can observe that yet, and with `__del__`
//! entries will need evicting.

use crate::cache_slots::Slots;
use crate::code::Code;
use crate::frame::Frame;
use runtime::PyRef;
use runtime::object::{StackRef, Typed};
use runtime::types::dict::{self, Dict};
use std::sync::Arc;

const SLOT_BITS: u32 = 10;
const SLOTS: usize = 1 << SLOT_BITS;

pub struct Entry {
    /// The instruction's address, in the words of `_code`, which the entry
    /// keeps so that no other instruction (with another name) is there.
    site: usize,
    _code: Arc<Code>,
    globals: Typed<Dict>,
    globals_version: u64,
    /// For a value found in the builtins: them and their version (for one
    /// found in the globals, only the globals' version matters).
    builtins: Option<(Typed<Dict>, u64)>,
    value: PyRef,
}

impl Entry {
    /// Whether the entry answers the instruction at `site` run with
    /// `globals` and `builtins`.
    #[inline(always)]
    fn answers(&self, site: usize, globals: &PyRef, builtins: &PyRef) -> bool {
        self.site == site
            && PyRef::ptr_eq(self.globals.obj(), globals)
            && dict::unchanged_since(&self.globals, self.globals_version)
            && self.builtins.as_ref().is_none_or(|(b, version)| {
                PyRef::ptr_eq(b.obj(), builtins) && dict::unchanged_since(b, *version)
            })
    }
}

/// A thread's cache.
pub type Cache = Slots<Option<Entry>, SLOTS>;

impl Cache {
    /// Name `arg` of `f`'s code in `f`'s globals, else in its builtins, for
    /// the instruction at `site`, its address in the words of `f`'s code
    /// (which picks the slot). The name is read on a miss only.
    #[inline(always)]
    pub fn load(&mut self, site: usize, f: &Frame, arg: u32) -> Option<StackRef> {
        if let Some(slots) = self.get()
            && let Some(e) = &slots[slot(site)]
            && e.answers(site, &f.globals, &f.builtins)
        {
            return Some(StackRef::new(&e.value));
        }
        self.miss(site, f, arg).map(StackRef::owned)
    }

    #[cold]
    #[inline(never)]
    fn miss(&mut self, site: usize, f: &Frame, arg: u32) -> Option<PyRef> {
        let (globals, builtins) = (&f.globals, &f.builtins);
        let name = &f.code.names[arg as usize];
        // Versions first: a change racing with the lookups leaves an entry
        // whose versions are already stale, never a stale value under
        // current versions.
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
            site,
            _code: f.code.arc(),
            globals: typed_dict(globals),
            globals_version,
            builtins,
            value: value.clone(),
        };
        self.make()[slot(site)] = Some(entry);
        Some(value)
    }
}

/// Fibonacci hashing: the product's top bits depend on all of the
/// address's, in one multiplication and one shift.
#[inline(always)]
fn slot(site: usize) -> usize {
    (site as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15) as usize >> (usize::BITS - SLOT_BITS)
}

/// A dict (globals or builtins) kept for its version checks.
fn typed_dict(d: &PyRef) -> Typed<Dict> {
    Typed::new(d).expect("a dict")
}
