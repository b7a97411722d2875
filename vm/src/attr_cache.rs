//! The caches of attribute sites (`LOAD_ATTR`, `LOAD_METHOD`, `STORE_ATTR`),
//! CPython's specialized attribute instructions in another form: what the
//! generic lookup found for an object's type and a name is remembered with
//! the type-cache epoch ([`type_cache::epoch`]) and reused while no type
//! dict has changed, so that the common cases skip the walks of the MRO and
//! go straight to the instance dict, the method, or the property's getter.
//!
//! An entry answers for (type, name, epoch): the type decides which lookup
//! `object.__getattribute__` does, and no type's attributes change within
//! an epoch. Like the global-name cache it is per thread and direct-mapped
//! by the instruction's address, with strong references to the name (so its
//! address names it while the entry lives) and to the values it keeps;
//! types are never freed, so a type's address stays its own.
//!
//! [`type_cache::epoch`]: runtime::types::type_cache::epoch

use runtime::types::descriptors::{PROPERTY, Property};
use runtime::types::{Type, dict, flags, module, type_cache};
use runtime::{PyRef, PyResult, ops};
use std::cell::RefCell;

use crate::function::FUNCTION;

/// Entries per thread, in sets of four: hot keys of a site (or of several
/// sites) that hash alike do not keep evicting each other (with sets of
/// two, three of richards' hot sites took turns missing).
const SLOTS: usize = 2048;
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

struct Entry {
    ty: usize,
    name: PyRef,
    epoch: u64,
    kind: Kind,
}

thread_local! {
    static CACHE: RefCell<Vec<Option<Entry>>> = const { RefCell::new(Vec::new()) };
}

/// The first entry of the set for (`site`, type `ty`): a site that sees
/// several types (a method of a base class run on instances of its
/// subclasses) keeps one entry for each.
#[inline]
fn set_of(site: usize, ty: usize) -> usize {
    let h = (site ^ ty.rotate_left(29)).wrapping_mul(0x9E37_79B9_7F4A_7C15_u64 as usize);
    (h >> (usize::BITS - SLOTS.trailing_zeros())) & !(WAYS - 1)
}

/// What `obj.name` gave at an attribute site.
pub enum Loaded {
    Value(PyRef),
    /// A property's Python getter, for the eval loop to run as a frame.
    Getter(PyRef),
}

/// What a hit left to do once the cache is unborrowed.
enum Hit {
    Done(Loaded),
    /// The instance dict lacked the name: the generic lookup decides.
    Generic,
}

/// Runs `f` on the entry of `site` if it answers for `obj`'s type and
/// `name` now; `None` on a miss.
#[inline]
fn with_entry<R>(
    site: usize,
    obj: &PyRef,
    name: &PyRef,
    f: impl FnOnce(&mut Kind) -> R,
) -> Option<R> {
    let ty = std::ptr::from_ref(obj.type_of()) as usize;
    let epoch = type_cache::epoch();
    CACHE
        .try_with(|c| {
            let mut c = c.try_borrow_mut().ok()?;
            let set = set_of(site, ty);
            let e = c
                .get_mut(set..set + WAYS)?
                .iter_mut()
                .flatten()
                .find(|e| e.ty == ty && e.epoch == epoch && PyRef::ptr_eq(&e.name, name))?;
            Some(f(&mut e.kind))
        })
        .ok()
        .flatten()
}

/// Files `kind` for (`obj`'s type, `name`) under `epoch` at `site`.
fn fill(site: usize, obj: &PyRef, name: &PyRef, epoch: u64, kind: Kind) {
    let ty = std::ptr::from_ref(obj.type_of()) as usize;
    let entry = Entry {
        ty,
        name: name.clone(),
        epoch,
        kind,
    };
    let old = CACHE.try_with(|c| {
        let mut c = c.try_borrow_mut().ok()?;
        if c.is_empty() {
            c.resize_with(SLOTS, || None);
        }
        // The new entry goes first; the set's other entries move down a
        // place, the last one evicted.
        let set = set_of(site, ty);
        let evicted = c[set + WAYS - 1].take();
        c[set..set + WAYS].rotate_right(1);
        c[set] = Some(entry);
        evicted
    });
    // Dropped with the cache unborrowed: a destructor may run Python code.
    drop(old);
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

/// `obj.name` at `site` (`LOAD_ATTR`).
#[inline]
pub fn load_attr(site: usize, obj: &PyRef, name: &PyRef) -> PyResult<Loaded> {
    let hit = with_entry(site, obj, name, |kind| match kind {
        Kind::Instance { pos } => match instance_value(obj, name, pos) {
            Some(v) => Hit::Done(Loaded::Value(v)),
            None => Hit::Generic,
        },
        Kind::TypeValue(value) => match instance_value(obj, name, &mut { usize::MAX }) {
            Some(v) => Hit::Done(Loaded::Value(v)),
            None => Hit::Done(Loaded::Value(value.clone())),
        },
        Kind::Property(fget) => Hit::Done(Loaded::Getter(fget.clone())),
        Kind::Module { pos } => match module_value(obj, name, pos) {
            Some(v) => Hit::Done(Loaded::Value(v)),
            None => Hit::Generic,
        },
        Kind::ClassAttr { class, attr } => match class_value(class, attr, obj) {
            Some(v) => Hit::Done(Loaded::Value(v)),
            None => Hit::Generic,
        },
        Kind::Method(_) | Kind::StoreInstance { .. } | Kind::SuperMethod { .. } => Hit::Generic,
    });
    match hit {
        Some(Hit::Done(loaded)) => Ok(loaded),
        Some(Hit::Generic) => ops::getattr(obj, name).map(Loaded::Value),
        None => load_attr_miss(site, obj, name),
    }
}

/// `obj.name` from a [`Kind::ClassAttr`] entry, if `obj` is its class
/// (kept out of line: instances' hits are the ones to keep short). The
/// binding is native code, which runs no Python code while the cache is
/// borrowed; if it fails the generic lookup raises.
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

#[cold]
#[inline(never)]
fn load_attr_miss(site: usize, obj: &PyRef, name: &PyRef) -> PyResult<Loaded> {
    let epoch = type_cache::epoch();
    if is_module(obj) {
        fill(site, obj, name, epoch, Kind::Module { pos: usize::MAX });
    }
    if let Some(attr) = class_attr(obj, name) {
        let kind = Kind::ClassAttr {
            class: obj.clone(),
            attr: attr.clone(),
        };
        fill(site, obj, name, epoch, kind);
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
            (!data && obj.instance_dict().is_some()).then_some(Kind::Instance { pos: usize::MAX })
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
        fill(site, obj, name, epoch, kind);
    }
    match getter {
        Some(fget) => Ok(Loaded::Getter(fget)),
        None => ops::getattr(obj, name).map(Loaded::Value),
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

/// `LOAD_METHOD` at `site`.
#[inline]
pub fn load_method(site: usize, obj: &PyRef, name: &PyRef) -> MethodLookup {
    let found = with_entry(site, obj, name, |kind| match kind {
        Kind::Method(m) => Some(MethodLookup::Method(m.clone())),
        Kind::Module { pos } => module_value(obj, name, pos).map(MethodLookup::Value),
        Kind::ClassAttr { class, attr } => class_value(class, attr, obj).map(MethodLookup::Value),
        _ => None,
    });
    let found = match found {
        Some(found) => found,
        None => load_method_miss(site, obj, name),
    };
    match found {
        // An instance attribute of the name shadows the method.
        Some(MethodLookup::Method(_))
            if obj
                .instance_dict()
                .is_some_and(|d| dict::has_str_key(d, name)) =>
        {
            MethodLookup::Generic
        }
        Some(found) => found,
        None => MethodLookup::Generic,
    }
}

#[cold]
#[inline(never)]
fn load_method_miss(site: usize, obj: &PyRef, name: &PyRef) -> Option<MethodLookup> {
    let epoch = type_cache::epoch();
    if is_module(obj) {
        let mut pos = usize::MAX;
        let v = module_value(obj, name, &mut pos)?;
        fill(site, obj, name, epoch, Kind::Module { pos });
        return Some(MethodLookup::Value(v));
    }
    if let Some(attr) = class_attr(obj, name) {
        let kind = Kind::ClassAttr {
            class: obj.clone(),
            attr: attr.clone(),
        };
        fill(site, obj, name, epoch, kind);
        return class_attr_value(obj, attr).ok().map(MethodLookup::Value);
    }
    if !generic_lookup(obj) {
        return None;
    }
    let m = obj.type_of().lookup_key(name)?;
    if m.type_of().flags & flags::METHOD_DESCRIPTOR == 0 {
        return None;
    }
    fill(site, obj, name, epoch, Kind::Method(m.clone()));
    Some(MethodLookup::Method(m))
}

/// `obj.name = value` at `site` (`STORE_ATTR`).
#[inline]
pub fn store_attr(site: usize, obj: &PyRef, name: &PyRef, value: PyRef) -> PyResult<()> {
    // The position is read and updated around the store, with the cache
    // unborrowed: a store may free what it replaces, which may run code.
    let hint = with_entry(site, obj, name, |kind| match kind {
        Kind::StoreInstance { pos } => Some(*pos),
        _ => None,
    });
    match (hint, obj.instance_dict()) {
        (Some(Some(hint)), Some(d)) => {
            let mut pos = hint;
            dict::set_str_at(d, &mut pos, name, value)?;
            if pos != hint {
                with_entry(site, obj, name, |kind| {
                    if let Kind::StoreInstance { pos: at } = kind {
                        *at = pos;
                    }
                });
            }
            Ok(())
        }
        (Some(_), _) => ops::setattr(obj, name, Some(&value)),
        (None, _) => store_attr_miss(site, obj, name, &value),
    }
}

#[cold]
#[inline(never)]
fn store_attr_miss(site: usize, obj: &PyRef, name: &PyRef, value: &PyRef) -> PyResult<()> {
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
        fill(
            site,
            obj,
            name,
            epoch,
            Kind::StoreInstance { pos: usize::MAX },
        );
    }
    ops::setattr(obj, name, Some(value))
}

/// The function `super().name` calls at `site` from a method of
/// `this_class` on `obj`, as `find` looks it up (`None`: not a plain
/// method call), kept per (site, `obj`'s type, `this_class`, name): the
/// MRO never changes and its dicts do not within an epoch.
#[inline]
pub fn super_method(
    site: usize,
    obj: &PyRef,
    this_class: &'static Type,
    name: &PyRef,
    find: impl FnOnce() -> Option<PyRef>,
) -> Option<PyRef> {
    let class = std::ptr::from_ref(this_class) as usize;
    let hit = with_entry(site, obj, name, |kind| match kind {
        Kind::SuperMethod { class: c, func } if *c == class => Some(func.clone()),
        _ => None,
    });
    if let Some(Some(func)) = hit {
        return Some(func);
    }
    let epoch = type_cache::epoch();
    let func = find()?;
    fill(
        site,
        obj,
        name,
        epoch,
        Kind::SuperMethod {
            class,
            func: func.clone(),
        },
    );
    Some(func)
}
