//! Class creation: `type(name, bases, namespace, **kwargs)` — the MRO, the
//! solid base whose layout instances extend, the slots that call the
//! class's own dunders, `__set_name__` and `__init_subclass__`.

use crate::err::{PyErr, PyResult};
use crate::object::{Layout, PyRef};
use crate::types::member::{self, MemberKind};
use crate::types::{
    Args, BYTES, CallFn, DescrGetFn, DescrSetFn, INT, IterNextFn, OBJECT, Slots, TUPLE, TYPE, Type,
    TypeRef, c3_mro, dict, flags, none, str as pystr, tuple,
};

/// `type.__new__(metatype, name, bases, namespace, **kwargs)`.
pub fn new_class(args: &Args) -> PyResult {
    let pos = args.positional();
    if pos.len() != 4 {
        return Err(PyErr::type_error("type() takes 1 or 3 arguments"));
    }
    let meta = Type::from_object(&pos[0])
        .filter(|m| m.is_subtype(&TYPE))
        .ok_or_else(|| PyErr::type_error("type.__new__(X): X is not a type object"))?;
    let name = pystr::to_string(&pos[1]).ok_or_else(|| {
        PyErr::type_error(format!(
            "type.__new__() argument 1 must be str, not {}",
            pos[1].type_of().name()
        ))
    })?;
    let base_objs = tuple::as_slice(&pos[2]).ok_or_else(|| {
        PyErr::type_error(format!(
            "type.__new__() argument 2 must be tuple, not {}",
            pos[2].type_of().name()
        ))
    })?;
    calculate_metaclass(meta, base_objs)?;
    let ns = &pos[3];
    if !ns.type_of().is_subtype(&dict::DICT) {
        return Err(PyErr::type_error(format!(
            "type.__new__() argument 3 must be dict, not {}",
            ns.type_of().name()
        )));
    }
    let mut bases: Vec<&'static Type> = Vec::new();
    for b in base_objs {
        let t = Type::from_object(b).ok_or_else(|| {
            PyErr::type_error(format!(
                "type.__new__() argument 2 must be tuple of types, not {}",
                b.type_of().name()
            ))
        })?;
        if t.flags & flags::BASETYPE == 0 {
            return Err(PyErr::type_error(format!(
                "type '{}' is not an acceptable base type",
                t.tp_name()
            )));
        }
        if bases.iter().any(|x| std::ptr::eq(*x, t)) {
            return Err(PyErr::type_error(format!(
                "duplicate base class {}",
                t.name()
            )));
        }
        bases.push(t);
    }
    if bases.is_empty() {
        bases.push(&OBJECT);
    }
    let solid = solid_base(&bases)?;
    let mro = c3_mro(&bases)?;

    let body = dict::new_dict();
    for (k, v) in dict::items(ns) {
        let v = implicit_method_kind(&k, v);
        dict::set(&body, k, v)?;
    }
    let qualname = take_qualname(&body)?.unwrap_or_else(|| name.clone());
    let slot_spec = slot_spec(&body, &name, solid)?;
    let layout = instance_layout(solid, &bases, slot_spec.as_ref())?;
    let new_slots = slot_spec.map_or_else(Vec::new, |s| s.names);

    let mut type_flags = flags::BASETYPE;
    for t in &mro {
        type_flags |=
            t.flags & (flags::EXCEPTION | flags::TYPE_SUBCLASS | flags::SEQUENCE | flags::MAPPING);
    }
    type_flags |= attr_flags(&body, &mro);
    let slots = slots_for(solid, &body, &mro);
    let ty = Type::new_heap(
        &name, solid, bases, mro, body, meta, type_flags, slots, layout,
    );
    ty.set_qualname(qualname);
    let first_new_slot = solid.layout.nslots();
    for (i, slot_name) in new_slots.into_iter().enumerate() {
        let slot_name: &'static str = Box::leak(slot_name.into_boxed_str());
        ty.set_attr(
            slot_name,
            member::new_member(slot_name, ty, MemberKind::Slot(first_new_slot + i)),
        );
    }
    if !solid.layout.has_dict() && ty.layout.has_dict() {
        let (get, set) = crate::types::instance_dict_getset();
        ty.add_getset("__dict__", get, Some(set));
    }
    let body = ty.dict();
    if dict::get_str(body, "__doc__").is_none() {
        dict::set_str(body, "__doc__", none());
    }
    // A class that defines equality but not hashing is unhashable.
    if dict::get_str(body, "__eq__").is_some() && dict::get_str(body, "__hash__").is_none() {
        dict::set_str(body, "__hash__", none());
    }
    let cls = ty.object();

    for (k, v) in dict::items(ty.dict()) {
        if let Some(m) = super::lookup_method(&v, "__set_name__")? {
            m.call(&[cls.clone(), k])?;
        }
    }
    init_subclass(ty, &cls, args)?;
    Ok(cls)
}

/// The most derived of `meta` and the bases' metatypes (CPython's
/// `_PyType_CalculateMetaclass`); a metatype unrelated to the winner is a
/// conflict.
pub fn calculate_metaclass(meta: &'static Type, bases: &[PyRef]) -> PyResult<&'static Type> {
    let mut winner = meta;
    for b in bases {
        let bt = b.type_of();
        if bt.is_subtype(winner) {
            winner = bt;
        } else if !winner.is_subtype(bt) {
            return Err(PyErr::type_error(
                "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
            ));
        }
    }
    Ok(winner)
}

/// Removes `__qualname__` from a class body (the type keeps it apart);
/// it must be a str.
fn take_qualname(body: &PyRef) -> PyResult<Option<String>> {
    let Some(q) = dict::remove(body, &pystr::intern("__qualname__"))? else {
        return Ok(None);
    };
    let q = pystr::to_string(&q).ok_or_else(|| {
        PyErr::type_error(format!(
            "type __qualname__ must be a str, not {}",
            q.type_of().name()
        ))
    })?;
    Ok(Some(q))
}

/// The base whose instance layout the class extends: the one whose layout
/// every other base's is a prefix of (CPython's "best base").
fn solid_base(bases: &[&'static Type]) -> PyResult<&'static Type> {
    let mut best: &'static Type = bases[0];
    for &b in &bases[1..] {
        if extends(best, b) {
            continue;
        }
        if extends(b, best) {
            best = b;
        } else {
            return Err(PyErr::type_error(
                "multiple bases have instance lay-out conflict",
            ));
        }
    }
    Ok(best)
}

/// Whether instances laid out as `t`'s can serve as `base`'s: `base` adds
/// nothing to `object`'s layout, or `t` carries the same payload and, if
/// `base` has slots, descends from the class that fixed them.
fn extends(t: &'static Type, base: &'static Type) -> bool {
    let (tl, bl) = (&t.layout, &base.layout);
    if bl.nslots() == 0 {
        return bl.same_payload(&OBJECT.layout) || tl.same_payload(bl);
    }
    tl.same_payload(bl) && t.is_subtype(slots_owner(base))
}

/// The class that added the last of `t`'s slots: up the chain of solid
/// bases, the first class with more slots than its base.
fn slots_owner(mut t: &'static Type) -> &'static Type {
    while let Some(base) = t.base().filter(|_| t.is_heap()) {
        if t.layout.nslots() > base.layout.nslots() {
            break;
        }
        t = base;
    }
    t
}

/// What a class body's `__slots__` asks for.
struct SlotSpec {
    /// The new slots' names, mangled, sorted and without repeats.
    names: Vec<String>,
    /// Whether `__dict__` is listed.
    dict: bool,
}

/// Reads `__slots__` from a class body, with CPython's checks.
fn slot_spec(body: &PyRef, class_name: &str, solid: &'static Type) -> PyResult<Option<SlotSpec>> {
    let Some(value) = dict::get_str(body, "__slots__") else {
        return Ok(None);
    };
    let items = if pystr::as_str(&value).is_some() {
        vec![value]
    } else {
        super::to_vec(&value)?
    };
    let mut spec = SlotSpec {
        names: Vec::new(),
        dict: false,
    };
    for item in &items {
        let s = pystr::as_str(item).ok_or_else(|| {
            PyErr::type_error(format!(
                "__slots__ items must be strings, not '{}'",
                item.type_of().name()
            ))
        })?;
        if !s.isidentifier() {
            return Err(PyErr::type_error("__slots__ must be identifiers"));
        }
        let name = pystr::to_string(item).unwrap_or_default();
        if name == "__dict__" {
            if spec.dict || solid.layout.has_dict() {
                return Err(PyErr::type_error(
                    "__dict__ slot disallowed: we already got one",
                ));
            }
            spec.dict = true;
        } else if name != "__weakref__" {
            spec.names.push(mangle(class_name, name));
        }
    }
    spec.names.sort();
    spec.names.dedup();
    for name in &spec.names {
        if dict::get_str(body, name).is_some() {
            return Err(PyErr::value_error(format!(
                "'{name}' in __slots__ conflicts with class variable"
            )));
        }
    }
    Ok(Some(spec))
}

/// A private name (`__x`) as seen from inside class `class_name`
/// (`_Class__x`).
fn mangle(class_name: &str, name: String) -> String {
    let class = class_name.trim_start_matches('_');
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') || class.is_empty() {
        return name;
    }
    format!("_{class}{name}")
}

/// The layout of a new class's instances: the solid base's payload, then
/// an instance dict unless `__slots__` leaves it out (and no base has one),
/// then the slot values, the base's first.
fn instance_layout(
    solid: &'static Type,
    bases: &[&'static Type],
    spec: Option<&SlotSpec>,
) -> PyResult<Layout> {
    let base = solid.layout;
    let new_slots = spec.map_or(0, |s| s.names.len());
    let var_sized = [&INT, &TUPLE, &BYTES, &TYPE]
        .iter()
        .any(|t| solid.is_subtype(t));
    if new_slots > 0 && var_sized {
        return Err(PyErr::type_error(format!(
            "nonempty __slots__ not supported for subtype of '{}'",
            solid.name()
        )));
    }
    if base.holds::<TypeRef>() {
        // Instances of metaclasses are types: no instance dict.
        return Ok(base);
    }
    let Some(spec) = spec else {
        return Ok(base.with_dict());
    };
    let dict = spec.dict || bases.iter().any(|b| b.layout.has_dict());
    let nslots = base.nslots() + new_slots;
    Ok(if nslots == 0 && !base.has_slots() {
        if dict { base.with_dict() } else { base }
    } else {
        base.with_slots(nslots, dict)
    })
}

/// `__new__` in a class body is a static method, `__init_subclass__` and
/// `__class_getitem__` are class methods, without decorators.
fn implicit_method_kind(key: &PyRef, value: PyRef) -> PyRef {
    let Some(name) = pystr::as_str(key) else {
        return value;
    };
    let is_function = value.type_of().flags & flags::METHOD_DESCRIPTOR != 0
        && !value.type_of().is_heap()
        && !std::ptr::eq(value.type_of(), &crate::types::native::METHOD_DESCRIPTOR);
    if !is_function {
        return value;
    }
    if name.eq_str("__new__") {
        crate::types::descriptors::new_staticmethod(value)
    } else if name.eq_str("__init_subclass__") || name.eq_str("__class_getitem__") {
        crate::types::descriptors::new_classmethod(value)
    } else {
        value
    }
}

/// Whether any Python class on the MRO defines `name`.
fn defined_in_python(mro: &[&'static Type], body: &PyRef, name: &str) -> bool {
    dict::get_str(body, name).is_some()
        || mro
            .iter()
            .any(|t| t.is_heap() && dict::get_str(t.dict(), name).is_some())
}

fn slots_for(solid: &'static Type, body: &PyRef, mro: &[&'static Type]) -> Slots {
    let mut slots = Slots {
        vectorcall: None,
        ..solid.slots
    };
    let has = |name| defined_in_python(mro, body, name);
    if has("__call__") {
        slots.call = Some(slot_call as CallFn);
    }
    if has("__get__") {
        slots.descr_get = Some(slot_descr_get as DescrGetFn);
    }
    if has("__set__") || has("__delete__") {
        slots.descr_set = Some(slot_descr_set as DescrSetFn);
    }
    if has("__next__") {
        slots.iternext = Some(slot_iternext as IterNextFn);
    }
    slots
}

/// The flags that route attribute access through Python dunders.
fn attr_flags(body: &PyRef, mro: &[&'static Type]) -> u32 {
    let lookup = |name: &str| {
        dict::get_str(body, name).or_else(|| mro.iter().find_map(|t| dict::get_str(t.dict(), name)))
    };
    let differs = |name: &str| match (lookup(name), OBJECT.lookup(name)) {
        (Some(a), Some(b)) => !PyRef::ptr_eq(&a, &b),
        (Some(_), None) => true,
        _ => false,
    };
    let mut extra = 0;
    if differs("__getattribute__") {
        extra |= flags::HAS_GETATTRIBUTE;
    }
    if lookup("__getattr__").is_some() {
        extra |= flags::HAS_GETATTR;
    }
    if differs("__setattr__") || differs("__delattr__") {
        extra |= flags::HAS_SETATTR;
    }
    extra
}

fn init_subclass(ty: &'static Type, cls: &PyRef, args: &Args) -> PyResult<()> {
    let parent = ty.mro()[1..]
        .iter()
        .find_map(|t| dict::get_str(t.dict(), "__init_subclass__"));
    let Some(f) = parent else {
        return Ok(());
    };
    let bound = match f.type_of().slots.descr_get {
        Some(get) => get(&f, None, ty)?,
        None => f,
    };
    let kw_values: Vec<PyRef> = args.kwargs().map(|(_, v)| v.clone()).collect();
    let kwnames: Vec<PyRef> = args.kwnames().to_vec();
    let _ = cls;
    super::call_kw(&bound, &kw_values, &kwnames)?;
    Ok(())
}

fn slot_call(callee: &PyRef, args: &Args) -> PyResult {
    let f = callee
        .type_of()
        .lookup("__call__")
        .ok_or_else(|| PyErr::not_a(callee, "is not callable"))?;
    let mut items = Vec::with_capacity(args.items().len() + 1);
    items.push(callee.clone());
    items.extend_from_slice(args.items());
    super::call_with(&f, &Args::with_kwnames(&items, args.kwnames()))
}

fn slot_descr_get(descr: &PyRef, obj: Option<&PyRef>, owner: &'static Type) -> PyResult {
    let obj = obj.cloned().unwrap_or_else(none);
    super::call_method(descr, "__get__", &[obj, owner.object()])
}

fn slot_descr_set(descr: &PyRef, obj: &PyRef, value: Option<&PyRef>) -> PyResult<()> {
    match value {
        Some(v) => super::call_method(descr, "__set__", &[obj.clone(), v.clone()]),
        None => super::call_method(descr, "__delete__", std::slice::from_ref(obj)),
    }
    .map(drop)
}

fn slot_iternext(it: &PyRef) -> PyResult<Option<PyRef>> {
    match super::call_method(it, "__next__", &[]) {
        Ok(v) => Ok(Some(v)),
        Err(e) if e.matches(&crate::types::exceptions::STOP_ITERATION) => Ok(None),
        Err(e) => Err(e),
    }
}
