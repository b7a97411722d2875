//! The caches of attribute sites (`LOAD_ATTR`, `LOAD_METHOD`, `STORE_ATTR`),
//! CPython's specialized attribute instructions in another form: what the
//! generic lookup found for an object's type and a name is remembered with
//! the type-cache epoch ([`type_cache::epoch`]) and reused while no type
//! dict has changed, so that the common cases skip the walks of the MRO and
//! go straight to the instance dict, the method, or the property's getter.
//!
//! An entry answers for (instruction, type, epoch): the type decides which
//! lookup `object.__getattribute__` does, and no type's attributes change
//! within an epoch. Like the global-name cache it is per thread, lives in
//! the frame pool the eval loop holds (`Pool::attr_cache`, so a hit takes
//! no thread-local lookup or borrow flag), and is keyed by the
//! instruction's address. An entry keeps the code (so no other instruction,
//! with another name, comes to be at that address while it lives, and a
//! hit compares no name), the name and the values it uses; types are never
//! freed, so a type's address stays its own.
//!
//! [`type_cache::epoch`]: runtime::types::type_cache::epoch

use runtime::types::descriptors::{PROPERTY, Property};
use runtime::types::{Type, dict, flags, module, type_cache};
use runtime::{PyRef, PyResult, ops};
use std::sync::Arc;

use crate::cache_slots::Slots;
use crate::code::Code;
use crate::frame::FrameCode;
use crate::function::FUNCTION;

/// Sets of four entries: hot keys of a site (or of several sites) that hash
/// alike do not keep evicting each other (with sets of two, three of
/// richards' hot sites took turns missing).
const SET_BITS: u32 = 9;
const SETS: usize = 1 << SET_BITS;
const WAYS: usize = 4;

/// What the generic lookup does for objects of the entry's type.
enum Kind {
    /// Reads the instance dict (no data descriptor on the type shadows
    /// it), where the name was last found at entry position `pos`.
    Instance { pos: usize },
    /// Reads the instance dict, and failing that the type's plain value
    /// (an attribute that is no descriptor, such as a class constant).
    TypeValue(PyRef),
    /// Calls the getter of a property whose getter is a Python function.
    Property(PyRef),
    /// `LOAD_METHOD`: the type's method (a descriptor binding like a
    /// function's), which the instance dict does not shadow.
    Method(PyRef),
    /// `STORE_ATTR`: stores into the instance dict (no data descriptor on
    /// the type, no `__setattr__`), where the name was last at `pos`.
    StoreInstance { pos: usize },
    /// `cls.name` on the class `class` (a type object, whose metatype adds
    /// nothing to the lookup): `attr`, found along its MRO, bound to no
    /// instance by its native `__get__` (if it has one) at each read.
    ClassAttr { class: PyRef, attr: PyRef },
    /// `super().name(...)` in a method of class `class` (an address): the
    /// function found along the MRO after it.
    SuperMethod { class: usize, func: PyRef },
    /// Reads a module's namespace (which comes before anything else a
    /// module's attribute lookup does), where the name was last at `pos`.
    Module { pos: usize },
}

pub struct Entry {
    site: usize,
    ty: usize,
    epoch: u64,
    /// The code whose words hold `site` (see the module doc).
    _code: Arc<Code>,
    name: PyRef,
    kind: Kind,
}

/// A thread's cache: sets of entries, a set per (site, type) hash, so that
/// a site that sees several types (a method of a base class run on
/// instances of its subclasses) keeps one entry for each.
pub type Cache = Slots<[Option<Entry>; WAYS], SETS>;

/// The set of (`site`, type `ty`), by Fibonacci hashing.
#[inline(always)]
fn set_of(site: usize, ty: usize) -> usize {
    let h = (site ^ ty.rotate_left(29)) as u64;
    h.wrapping_mul(0x9E37_79B9_7F4A_7C15) as usize >> (usize::BITS - SET_BITS)
}

/// What `obj.name` gave at an attribute site.
pub enum Loaded {
    Value(PyRef),
    /// A property's Python getter, for the eval loop to run as a frame.
    Getter(PyRef),
}

/// An instruction's name: `code`'s name `arg`, read on a miss only.
#[derive(Clone, Copy)]
pub struct Name<'a> {
    pub code: &'a FrameCode,
    pub arg: u32,
}

impl<'a> Name<'a> {
    pub fn get(&self) -> &'a PyRef {
        &self.code.names[self.arg as usize]
    }
}

impl Cache {
    /// The entry of the instruction at `site` for `obj`'s type, if it
    /// answers now.
    #[inline(always)]
    fn entry(&mut self, site: usize, obj: &PyRef) -> Option<&mut Entry> {
        let ty = std::ptr::from_ref(obj.type_of()) as usize;
        let epoch = type_cache::epoch();
        self.get_mut()?[set_of(site, ty)]
            .iter_mut()
            .flatten()
            .find(|e| e.site == site && e.ty == ty && e.epoch == epoch)
    }

    /// Files `kind` for the instruction at `site` and `obj`'s type, under
    /// `epoch`: first in its set, the set's last entry evicted.
    fn fill(&mut self, site: usize, obj: &PyRef, name: Name<'_>, epoch: u64, kind: Kind) {
        let ty = std::ptr::from_ref(obj.type_of()) as usize;
        let entry = Entry {
            site,
            ty,
            epoch,
            _code: name.code.arc(),
            name: name.get().clone(),
            kind,
        };
        let set = &mut self.make()[set_of(site, ty)];
        set.rotate_right(1);
        set[0] = Some(entry);
    }
}

/// Whether `obj` is a module (not of a subclass, which may change how its
/// attributes are found).
#[inline]
fn is_module(obj: &PyRef) -> bool {
    std::ptr::eq(obj.type_of(), &module::MODULE)
}

/// Whether `obj`'s attributes come from `object.__getattribute__`'s
/// lookup (not a type's or a module's, nor a Python `__getattribute__`).
#[inline]
fn generic_lookup(obj: &PyRef) -> bool {
    obj.type_of().flags & flags::HAS_GETATTRIBUTE == 0
        && Type::from_object(obj).is_none()
        && module::module_dict(obj).is_none()
}

impl Cache {
    /// `obj.name` at `site` (`LOAD_ATTR`).
    #[inline(always)]
    pub fn load_attr(&mut self, site: usize, obj: &PyRef, name: Name<'_>) -> PyResult<Loaded> {
        let Some(e) = self.entry(site, obj) else {
            return self.load_attr_miss(site, obj, name);
        };
        let hit = match &mut e.kind {
            Kind::Instance { pos } => instance_value(obj, &e.name, pos),
            Kind::TypeValue(value) => Some(
                instance_value(obj, &e.name, &mut { usize::MAX }).unwrap_or_else(|| value.clone()),
            ),
            Kind::Property(fget) => return Ok(Loaded::Getter(fget.clone())),
            Kind::Module { pos } => module_value(obj, &e.name, pos),
            Kind::ClassAttr { class, attr } => class_value(class, attr, obj),
            Kind::Method(_) | Kind::StoreInstance { .. } | Kind::SuperMethod { .. } => None,
        };
        match hit {
            Some(v) => Ok(Loaded::Value(v)),
            // The instance dict lacked the name: the generic lookup decides.
            None => ops::getattr(obj, &e.name).map(Loaded::Value),
        }
    }
}

/// `obj.name` from a [`Kind::ClassAttr`] entry, if `obj` is its class
/// (kept out of line: instances' hits are the ones to keep short). If the
/// binding fails the generic lookup raises.
#[inline(never)]
fn class_value(class: &PyRef, attr: &PyRef, obj: &PyRef) -> Option<PyRef> {
    if !PyRef::ptr_eq(class, obj) {
        return None;
    }
    class_attr_value(obj, attr.clone()).ok()
}

/// The instance dict's value for `name`, looked for at `pos` first (which
/// is updated when the name has moved).
#[inline]
fn instance_value(obj: &PyRef, name: &PyRef, pos: &mut usize) -> Option<PyRef> {
    dict_value(obj.instance_dict()?, name, pos)
}

/// A module's global `name`, as [`instance_value`].
#[inline]
fn module_value(obj: &PyRef, name: &PyRef, pos: &mut usize) -> Option<PyRef> {
    dict_value(module::module_dict(obj)?, name, pos)
}

/// `d[name]`, read at entry position `*pos` when the name is still there
/// (inlined into the sites: the hit path of every cached attribute read).
#[inline(always)]
fn dict_value(d: &PyRef, name: &PyRef, pos: &mut usize) -> Option<PyRef> {
    match dict::get_at(d, *pos, name) {
        Some(v) => Some(v),
        None => dict_value_moved(d, name, pos),
    }
}

/// [`dict_value`] for a name not at `*pos`: found by hash, `*pos` updated.
#[inline(never)]
fn dict_value_moved(d: &PyRef, name: &PyRef, pos: &mut usize) -> Option<PyRef> {
    let (at, v) = dict::get_str_key_at(d, name)?;
    *pos = at;
    Some(v)
}

impl Cache {
    #[cold]
    #[inline(never)]
    fn load_attr_miss(&mut self, site: usize, obj: &PyRef, at: Name<'_>) -> PyResult<Loaded> {
        let name = at.get();
        let epoch = type_cache::epoch();
        if is_module(obj) {
            self.fill(site, obj, at, epoch, Kind::Module { pos: usize::MAX });
        }
        if let Some(attr) = class_attr(obj, name) {
            let kind = Kind::ClassAttr {
                class: obj.clone(),
                attr: attr.clone(),
            };
            self.fill(site, obj, at, epoch, kind);
            return class_attr_value(obj, attr).map(Loaded::Value);
        }
        if !generic_lookup(obj) {
            return ops::getattr(obj, name).map(Loaded::Value);
        }
        let ty = obj.type_of();
        let descr = ty.lookup_key(name);
        let kind = match &descr {
            Some(d) if ty.flags & flags::HAS_GETATTR == 0 && python_property(d).is_some() => {
                python_property(d).map(Kind::Property)
            }
            Some(d) if d.type_of().slots.descr_get.is_some() => {
                let data = d.type_of().slots.descr_set.is_some();
                (!data && obj.instance_dict().is_some())
                    .then_some(Kind::Instance { pos: usize::MAX })
            }
            Some(d) => Some(Kind::TypeValue(d.clone())),
            None => obj
                .instance_dict()
                .is_some()
                .then_some(Kind::Instance { pos: usize::MAX }),
        };
        let getter = match &kind {
            Some(Kind::Property(fget)) => Some(fget.clone()),
            _ => None,
        };
        if let Some(kind) = kind {
            self.fill(site, obj, at, epoch, kind);
        }
        match getter {
            Some(fget) => Ok(Loaded::Getter(fget)),
            None => ops::getattr(obj, name).map(Loaded::Value),
        }
    }
}

/// What `type.__getattribute__` finds along the MRO of the class `obj`
/// for `name` when the metatype adds nothing to the lookup (no data
/// descriptor of the name, no `__getattribute__` nor `__getattr__` of its
/// own) and binding it runs no Python code (it is no instance of a Python
/// class): the attribute before binding, which holds for the epoch.
fn class_attr(obj: &PyRef, name: &PyRef) -> Option<PyRef> {
    let cls = Type::from_object(obj)?;
    let meta = obj.type_of();
    let meta_data = meta.lookup_key(name).is_some_and(|d| {
        let slots = &d.type_of().slots;
        slots.descr_get.is_some() && slots.descr_set.is_some()
    });
    if meta.flags & (flags::HAS_GETATTRIBUTE | flags::HAS_GETATTR) != 0 || meta_data {
        return None;
    }
    cls.lookup_key(name)
        .filter(|attr| attr.type_of().slots.descr_get.is_none() || !attr.type_of().is_heap())
}

/// A class's attribute as `cls.name` gives it: bound by its `__get__` to
/// no instance (a function is itself, a staticmethod its callable, a
/// classmethod a new bound method), or itself if it has none.
fn class_attr_value(cls: &PyRef, attr: PyRef) -> PyResult {
    match attr.type_of().slots.descr_get {
        Some(get) => get(&attr, None, Type::from_object(cls).expect("a class")),
        None => Ok(attr),
    }
}

/// The getter of `descr` when it is a `property` whose getter is a Python
/// function (which the eval loop runs as a frame of its own).
fn python_property(descr: &PyRef) -> Option<PyRef> {
    if !std::ptr::eq(descr.type_of(), &PROPERTY) {
        return None;
    }
    let fget = descr.payload::<Property>()?.fget.clone()?;
    std::ptr::eq(fget.type_of(), &FUNCTION).then_some(fget)
}

/// What `LOAD_METHOD` found.
pub enum MethodLookup {
    /// A method to call with the object as its first argument.
    Method(PyRef),
    /// The attribute itself, to call as it is.
    Value(PyRef),
    /// Neither without the generic lookup.
    Generic,
}

impl Cache {
    /// `LOAD_METHOD` at `site`.
    #[inline(always)]
    pub fn load_method(&mut self, site: usize, obj: &PyRef, name: Name<'_>) -> MethodLookup {
        let found = match self.entry(site, obj) {
            Some(e) => match &mut e.kind {
                // An instance attribute of the name shadows the method.
                Kind::Method(_) if shadowed(obj, &e.name) => None,
                Kind::Method(m) => Some(MethodLookup::Method(m.clone())),
                Kind::Module { pos } => module_value(obj, &e.name, pos).map(MethodLookup::Value),
                Kind::ClassAttr { class, attr } => {
                    class_value(class, attr, obj).map(MethodLookup::Value)
                }
                _ => None,
            },
            None => self.load_method_miss(site, obj, name),
        };
        found.unwrap_or(MethodLookup::Generic)
    }

    #[cold]
    #[inline(never)]
    fn load_method_miss(&mut self, site: usize, obj: &PyRef, at: Name<'_>) -> Option<MethodLookup> {
        let name = at.get();
        let epoch = type_cache::epoch();
        if is_module(obj) {
            let mut pos = usize::MAX;
            let v = module_value(obj, name, &mut pos)?;
            self.fill(site, obj, at, epoch, Kind::Module { pos });
            return Some(MethodLookup::Value(v));
        }
        if let Some(attr) = class_attr(obj, name) {
            let kind = Kind::ClassAttr {
                class: obj.clone(),
                attr: attr.clone(),
            };
            self.fill(site, obj, at, epoch, kind);
            return class_attr_value(obj, attr).ok().map(MethodLookup::Value);
        }
        if !generic_lookup(obj) {
            return None;
        }
        let m = obj.type_of().lookup_key(name)?;
        if m.type_of().flags & flags::METHOD_DESCRIPTOR == 0 {
            return None;
        }
        self.fill(site, obj, at, epoch, Kind::Method(m.clone()));
        (!shadowed(obj, name)).then_some(MethodLookup::Method(m))
    }

    /// `obj.name = value` at `site` (`STORE_ATTR`).
    #[inline(always)]
    pub fn store_attr(
        &mut self,
        site: usize,
        obj: &PyRef,
        name: Name<'_>,
        value: PyRef,
    ) -> PyResult<()> {
        let Some(e) = self.entry(site, obj) else {
            return self.store_attr_miss(site, obj, name, &value);
        };
        match (&mut e.kind, obj.instance_dict()) {
            (Kind::StoreInstance { pos }, Some(d)) => dict::set_str_at(d, pos, &e.name, value),
            _ => ops::setattr(obj, &e.name, Some(&value)),
        }
    }

    #[cold]
    #[inline(never)]
    fn store_attr_miss(
        &mut self,
        site: usize,
        obj: &PyRef,
        at: Name<'_>,
        value: &PyRef,
    ) -> PyResult<()> {
        let name = at.get();
        let epoch = type_cache::epoch();
        let ty = obj.type_of();
        let plain = ty.flags & flags::HAS_SETATTR == 0
            && Type::from_object(obj).is_none()
            && module::module_dict(obj).is_none()
            && obj.instance_dict().is_some()
            && ty
                .lookup_key(name)
                .is_none_or(|d| d.type_of().slots.descr_set.is_none());
        if plain {
            let kind = Kind::StoreInstance { pos: usize::MAX };
            self.fill(site, obj, at, epoch, kind);
        }
        ops::setattr(obj, name, Some(value))
    }

    /// The function `super().name` calls at `site` from a method of
    /// `this_class` on `obj`, as `find` looks it up (`None`: not a plain
    /// method call), kept per (site, `obj`'s type, `this_class`): the MRO
    /// never changes and its dicts do not within an epoch.
    #[inline]
    pub fn super_method(
        &mut self,
        site: usize,
        obj: &PyRef,
        this_class: &'static Type,
        name: Name<'_>,
        find: impl FnOnce() -> Option<PyRef>,
    ) -> Option<PyRef> {
        let class = std::ptr::from_ref(this_class) as usize;
        if let Some(e) = self.entry(site, obj)
            && let Kind::SuperMethod { class: c, func } = &e.kind
            && *c == class
        {
            return Some(func.clone());
        }
        let epoch = type_cache::epoch();
        let func = find()?;
        let kind = Kind::SuperMethod {
            class,
            func: func.clone(),
        };
        self.fill(site, obj, name, epoch, kind);
        Some(func)
    }
}

/// Whether an instance attribute of `name` shadows a method of `obj`'s type.
#[inline]
fn shadowed(obj: &PyRef, name: &PyRef) -> bool {
    obj.instance_dict()
        .is_some_and(|d| dict::has_str_key(d, name))
}
