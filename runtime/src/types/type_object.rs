//! [`Type`], what every object header points to: name, layout, base and
//! MRO, the type dict, and the slots native code dispatches through.
//!
//! Built-in types are `static`s; their dicts are filled at start-up
//! ([`crate::init`]). Python classes are made by `type(name, bases, ns)`
//! and live for the rest of the process (as CPython 3.14t defers their
//! reference counts, ferropy makes them immortal; the cycle collector will
//! reclaim them).

use crate::err::{PyErr, PyResult};
use crate::object::{Layout, PyRef};
use crate::types::args::Args;
use crate::types::dict;
use std::fmt;
use std::sync::atomic::{AtomicU64, Ordering::Relaxed};
use std::sync::{Mutex, OnceLock};

/// `fn(callee, args)`: calling an object (`tp_call`).
pub type CallFn = fn(&PyRef, &Args) -> PyResult;
/// `fn(cls, args)`: making an instance of `cls` (`tp_new`).
pub type NewFn = fn(&'static Type, &Args) -> PyResult;
/// `fn(descr, instance, owner)`: the descriptor `__get__` (`tp_descr_get`).
pub type DescrGetFn = fn(&PyRef, Option<&PyRef>, &'static Type) -> PyResult;
/// `fn(descr, instance, value)`: `__set__`, or `__delete__` when the value
/// is `None` (`tp_descr_set`).
pub type DescrSetFn = fn(&PyRef, &PyRef, Option<&PyRef>) -> PyResult<()>;
/// `fn(iterator)`: the next item, `None` when exhausted (`tp_iternext`).
pub type IterNextFn = fn(&PyRef) -> PyResult<Option<PyRef>>;
/// A built-in type's own `__getattribute__`, called directly by
/// `ops::getattr` for its exact instances (and instances of subclasses that
/// do not define their own).
pub type GetAttroFn = fn(&PyRef, &PyRef) -> PyResult;

/// `fn(cls, positional)`: calling exactly this built-in type with
/// positional arguments only, as `__new__` then `__init__` would make the
/// instance (CPython's `tp_vectorcall` of `range`, `list`, ...).
pub type VectorcallFn = fn(&PyRef, &[PyRef]) -> PyResult;

/// The operations native code calls without a dict lookup. A Python class
/// inherits its base's, or gets a slot that calls its own dunder method.
#[derive(Clone, Copy, Default)]
pub struct Slots {
    pub new: Option<NewFn>,
    pub call: Option<CallFn>,
    pub descr_get: Option<DescrGetFn>,
    pub descr_set: Option<DescrSetFn>,
    pub iternext: Option<IterNextFn>,
    pub getattro: Option<GetAttroFn>,
    /// Calls of exactly this type; never inherited (a subclass's call
    /// goes through its `__new__` and `__init__`).
    pub vectorcall: Option<VectorcallFn>,
}

impl Slots {
    pub const NONE: Slots = Slots {
        new: None,
        call: None,
        descr_get: None,
        descr_set: None,
        iternext: None,
        getattro: None,
        vectorcall: None,
    };
}

/// Bits of [`Type::flags`].
pub mod flags {
    /// May be subclassed.
    pub const BASETYPE: u32 = 1;
    /// Made at run time by a class statement.
    pub const HEAPTYPE: u32 = 1 << 1;
    /// Instances of this type and its subclasses are exceptions.
    pub const EXCEPTION: u32 = 1 << 2;
    /// Subclass of `type` (its instances are types).
    pub const TYPE_SUBCLASS: u32 = 1 << 3;
    /// Abstract methods prevent instantiation (`__abstractmethods__`).
    pub const IS_ABSTRACT: u32 = 1 << 4;
    /// `match` treats instances as sequences / mappings.
    pub const SEQUENCE: u32 = 1 << 5;
    pub const MAPPING: u32 = 1 << 6;
    /// Calling an attribute found on the type with the instance prepended
    /// equals binding it first (functions, method descriptors), so method
    /// calls may skip the bound-method object.
    pub const METHOD_DESCRIPTOR: u32 = 1 << 7;
    /// A Python class that overrides `__getattribute__` / defines
    /// `__getattr__` / overrides `__setattr__` or `__delattr__`.
    pub const HAS_GETATTRIBUTE: u32 = 1 << 8;
    pub const HAS_GETATTR: u32 = 1 << 9;
    pub const HAS_SETATTR: u32 = 1 << 10;
}

/// A Python type.
pub struct Type {
    name: &'static str,
    pub(crate) layout: Layout,
    base: Option<&'static Type>,
    pub flags: u32,
    pub slots: Slots,
    /// `__bases__` of a Python class (a built-in type's is `(base,)`).
    bases: OnceLock<Box<[&'static Type]>>,
    mro: OnceLock<Box<[&'static Type]>>,
    dict: OnceLock<PyRef>,
    object: OnceLock<PyRef>,
    /// The metatype of a Python class (`type` unless a metaclass is given).
    metatype: OnceLock<&'static Type>,
    /// The classes that name this type among their bases, in creation
    /// order (`__subclasses__()`): Python classes, and the native types
    /// registered at start-up. Types are never freed, so
    /// plain references suffice; the lock is held only to push or copy.
    subclasses: Mutex<Vec<&'static Type>>,
    /// `__qualname__` of a Python class (kept out of its dict, as CPython).
    qualname: OnceLock<Box<str>>,
    /// See [`Type::instance_dict_size`].
    instance_dict_size: OnceLock<usize>,
    /// See [`Type::new_is_object_new`]: `epoch << 1 | answer`, or
    /// `u64::MAX` before the first answer.
    new_is_object_new: AtomicU64,
}

/// The payload of a type object: the type it stands for.
pub struct TypeRef(pub &'static Type);

impl Type {
    /// A built-in type whose instances carry a `T`.
    pub const fn builtin<T: Send + Sync + 'static>(
        name: &'static str,
        base: Option<&'static Type>,
        flags: u32,
        slots: Slots,
    ) -> Type {
        Self::with_layout(name, Layout::of::<T>(), base, flags, slots)
    }

    pub const fn with_layout(
        name: &'static str,
        layout: Layout,
        base: Option<&'static Type>,
        flags: u32,
        slots: Slots,
    ) -> Type {
        Type {
            name,
            layout,
            base,
            flags,
            slots,
            bases: OnceLock::new(),
            mro: OnceLock::new(),
            dict: OnceLock::new(),
            object: OnceLock::new(),
            metatype: OnceLock::new(),
            subclasses: Mutex::new(Vec::new()),
            qualname: OnceLock::new(),
            instance_dict_size: OnceLock::new(),
            new_is_object_new: AtomicU64::new(u64::MAX),
        }
    }

    /// A Python class (`type(name, bases, ns)`): `solid` is the base whose
    /// layout its instances extend (as `layout`, computed by the caller); `mro` (after the class itself) is
    /// computed by the caller ([`c3_mro`]). The type is leaked: classes live as long as the
    /// process for now.
    #[allow(clippy::too_many_arguments)]
    pub fn new_heap(
        name: &str,
        solid: &'static Type,
        bases: Vec<&'static Type>,
        mro: Vec<&'static Type>,
        dict: PyRef,
        metatype: &'static Type,
        flags: u32,
        slots: Slots,
        layout: Layout,
    ) -> &'static Type {
        debug_assert!(layout.same_payload(&solid.layout));
        let ty: &'static Type = Box::leak(Box::new(Type::with_layout(
            Box::leak(name.to_owned().into_boxed_str()),
            layout,
            Some(solid),
            flags | self::flags::HEAPTYPE,
            slots,
        )));
        for base in &bases {
            base.subclasses
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .push(ty);
        }
        let _ = ty.bases.set(bases.into_boxed_slice());
        let mut full_mro = vec![ty];
        full_mro.extend(mro);
        let _ = ty.mro.set(full_mro.into_boxed_slice());
        dict::mark_type_dict(&dict);
        let _ = ty.dict.set(dict);
        let _ = ty.metatype.set(metatype);
        ty
    }

    /// Gives a built-in type several bases (`ExceptionGroup(BaseExceptionGroup,
    /// Exception)`): sets `__bases__` and the C3 MRO. Called once at start-up,
    /// before anything reads the type's MRO.
    pub(crate) fn set_static_bases(&'static self, bases: &[&'static Type]) {
        let mut mro = vec![self];
        mro.extend(c3_mro(bases).expect("consistent built-in bases"));
        let fresh = self.bases.set(bases.into()).is_ok() && self.mro.set(mro.into()).is_ok();
        debug_assert!(
            fresh,
            "{} had its MRO read before set_static_bases",
            self.name
        );
    }

    /// Records a native type among its bases' subclasses, for
    /// `__subclasses__()` (once, at start-up or when it is made, after its
    /// bases are final).
    pub fn register_native_subclass(&'static self) {
        for base in self.bases() {
            base.subclasses
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .push(self);
        }
    }

    /// The classes created with this type as a direct base (built-in ones
    /// registered by [`Type::register_native_subclass`]).
    pub fn subclasses(&self) -> Vec<&'static Type> {
        self.subclasses
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }

    pub fn name(&self) -> &'static str {
        self.name
    }

    pub fn base(&self) -> Option<&'static Type> {
        self.base
    }

    pub fn bases(&'static self) -> &'static [&'static Type] {
        self.bases
            .get_or_init(|| self.base.into_iter().collect::<Vec<_>>().into_boxed_slice())
    }

    /// The method resolution order, this type first.
    pub fn mro(&'static self) -> &'static [&'static Type] {
        self.mro.get_or_init(|| {
            let mut mro = vec![self];
            let mut base = self.base;
            while let Some(b) = base {
                mro.push(b);
                base = b.base;
            }
            mro.into_boxed_slice()
        })
    }

    /// How many keys a new instance's dict has room for: the attributes
    /// that the methods of the classes along the MRO assign to `self`
    /// (their `__static_attributes__`, read when the first instance is
    /// made), so that an instance's dict is made at its final size.
    pub fn instance_dict_size(&'static self) -> usize {
        *self.instance_dict_size.get_or_init(|| {
            let tuples: Vec<PyRef> = (self.mro().iter())
                .filter_map(|t| dict::get_str(t.dict(), "__static_attributes__"))
                .collect();
            let names: std::collections::HashSet<_> = (tuples.iter())
                .filter_map(super::tuple::as_slice)
                .flatten()
                .filter_map(super::str::as_str)
                .collect();
            names.len()
        })
    }

    /// Whether the type's `__new__` is `object.__new__`: asked by every
    /// `cls()` of a Python class, so the answer is kept with the type-cache
    /// epoch read before finding it, and stands while that epoch does (the
    /// type cache's rule).
    pub fn new_is_object_new(&'static self) -> bool {
        let epoch = super::type_cache::epoch();
        let memo = self.new_is_object_new.load(Relaxed);
        if memo >> 1 == epoch {
            return memo & 1 != 0;
        }
        let found = matches!(
            (self.lookup("__new__"), super::OBJECT.lookup("__new__")),
            (Some(a), Some(b)) if PyRef::ptr_eq(&a, &b)
        );
        self.new_is_object_new
            .store(epoch << 1 | u64::from(found), Relaxed);
        found
    }

    /// The type's `__dict__` (a dict object; a mappingproxy to Python).
    pub fn dict(&self) -> &PyRef {
        self.dict.get_or_init(|| {
            let d = dict::new_dict();
            dict::mark_type_dict(&d);
            d
        })
    }

    /// The type object standing for this type.
    pub fn object(&'static self) -> PyRef {
        self.object
            .get_or_init(|| PyRef::immortal(TypeRef(self), self.metatype()))
            .clone()
    }

    /// `type(cls)`.
    pub fn metatype(&self) -> &'static Type {
        self.metatype.get().copied().unwrap_or(&super::TYPE)
    }

    /// The type an object stands for, if it is a type object.
    #[inline]
    pub fn from_object(obj: &PyRef) -> Option<&'static Type> {
        obj.payload::<TypeRef>().map(|t| t.0)
    }

    pub fn is_heap(&self) -> bool {
        self.flags & flags::HEAPTYPE != 0
    }

    /// Whether `self` is `other` or a subclass of it.
    #[inline]
    pub fn is_subtype(&'static self, other: &'static Type) -> bool {
        std::ptr::eq(self, other) || self.mro().iter().any(|t| std::ptr::eq(*t, other))
    }

    /// The attribute `name` found along the MRO, unbound.
    #[inline]
    pub fn lookup(&'static self, name: &str) -> Option<PyRef> {
        self.lookup_key(&super::str::intern_cached(name))
    }

    /// As [`Type::lookup`], with the name as a str object; answered by the
    /// type attribute cache (`type_cache.rs`) when it can.
    #[inline]
    pub fn lookup_key(&'static self, name: &PyRef) -> Option<PyRef> {
        super::type_cache::lookup(self, name, || {
            self.mro()
                .iter()
                .find_map(|t| dict::get_str_key(t.dict(), name))
        })
    }

    /// The qualified name (`__qualname__`): a class's as set, else its name.
    pub fn qualname(&'static self) -> String {
        self.qualname.get().map_or(self.name, |q| q).to_string()
    }

    /// Sets a new Python class's `__qualname__` (class creation).
    pub(crate) fn set_qualname(&self, qualname: String) {
        let _ = self.qualname.set(qualname.into_boxed_str());
    }

    /// `__module__` as shown in reprs: a class's or native type's as set,
    /// else `builtins`.
    pub fn module_name(&'static self) -> String {
        if let Some(m) = dict::get_str(self.dict(), "__module__")
            && let Some(s) = super::str::to_string(&m)
        {
            return s;
        }
        "builtins".into()
    }

    /// The name CPython's `tp_name` holds, which messages and some reprs
    /// show: a class's name, or a native type's dotted with its module
    /// unless that is `builtins` (`sys.version_info`).
    pub fn tp_name(&'static self) -> String {
        if self.is_heap() {
            return self.name.to_string();
        }
        match self.module_name() {
            m if m == "builtins" => self.name.to_string(),
            m => format!("{m}.{}", self.name),
        }
    }

    /// Adds a name to the type dict (start-up, class creation).
    pub fn set_attr(&self, name: &str, value: PyRef) {
        dict::set_str(self.dict(), name, value);
    }
}

impl fmt::Debug for Type {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "<class '{}'>", self.name)
    }
}

/// C3 linearization of a class with these bases: the MRO after the class
/// itself, or CPython's TypeError when the bases admit none.
pub fn c3_mro(bases: &[&'static Type]) -> PyResult<Vec<&'static Type>> {
    let mut seqs: Vec<Vec<&'static Type>> = bases.iter().map(|b| b.mro().to_vec()).collect();
    seqs.push(bases.to_vec());
    let mut out = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let candidate = seqs.iter().map(|s| s[0]).find(|&c| {
            seqs.iter()
                .all(|s| !s[1..].iter().any(|t| std::ptr::eq(*t, c)))
        });
        let Some(next) = candidate else {
            let mut names: Vec<&str> = Vec::new();
            for s in &seqs {
                if !names.contains(&s[0].name) {
                    names.push(s[0].name);
                }
            }
            return Err(PyErr::type_error(format!(
                "Cannot create a consistent method resolution order (MRO) for bases {}",
                names.join(", ")
            )));
        };
        out.push(next);
        for s in &mut seqs {
            if std::ptr::eq(s[0], next) {
                s.remove(0);
            }
        }
    }
}
