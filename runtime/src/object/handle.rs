//! [`PyRef`], the safe owning handle to an object: `Clone` adds a reference,
//! `Drop` gives one up, both by biased reference counting.

use super::alloc;
use super::header::{IMMORTAL, ObjectHeader};
use super::layout::DictPlace;
use super::locked::Locked;
use super::refcount;
use crate::sync::Ordering::Relaxed;
use crate::threads::brc;
use crate::types::Type;
use std::fmt;
use std::marker::PhantomData;
use std::ptr::NonNull;

/// An owned reference to an object. Objects are shared between threads by
/// design, so `PyRef` is `Send` and `Sync`: payloads are `Send + Sync`, and
/// counting is safe from any thread.
///
/// `repr(transparent)` over a `NonNull`: an `Option<PyRef>` is a nullable
/// pointer, which lets [`PyRef::all_some`] view a value stack as arguments.
#[repr(transparent)]
pub struct PyRef {
    pub(super) obj: NonNull<ObjectHeader>,
}

// SAFETY: the reference counts are updated by the biased protocol, which is
// correct from any thread, and every payload is `Send + Sync` (checked by
// `PyRef::new`), so it may be read and dropped anywhere.
unsafe impl Send for PyRef {}
// SAFETY: `&PyRef` only reads the payload (`Sync`) or adds references.
unsafe impl Sync for PyRef {}

impl PyRef {
    /// A new object of type `ty` holding `payload`, owned by this thread
    /// (with its slots empty, for a class with `__slots__`).
    ///
    /// # Panics
    /// If `ty` was not made for payload type `T`, or its instances carry a
    /// dict (use [`PyRef::new_with_dict`]): a bug in the caller.
    #[inline(always)]
    pub fn new<T: Send + Sync + 'static>(payload: T, ty: &'static Type) -> Self {
        if !ty.layout.is_plain::<T>() {
            return Self::new_with_slots(payload, ty);
        }
        Self {
            obj: alloc::allocate(Self::new_header(ty), payload),
        }
    }

    /// [`PyRef::new`] for a type whose instances are not a plain payload:
    /// a class with `__slots__` (else a bug in the caller).
    #[inline(never)]
    fn new_with_slots<T: Send + Sync + 'static>(payload: T, ty: &'static Type) -> Self {
        let layout = &ty.layout;
        assert!(
            layout.holds::<T>() && !layout.has_dict() && layout.has_slots(),
            "{ty:?} was made for another payload"
        );
        let header = Self::new_header(ty);
        Self {
            obj: alloc::allocate_with_slots(header, payload, None, layout.nslots()),
        }
    }

    /// A new instance of a type whose instances carry a dict (a Python
    /// class), with `dict` as its `__dict__`.
    ///
    /// # Panics
    /// If `ty` was not made for payload type `T` with a dict.
    pub fn new_with_dict<T: Send + Sync + 'static>(
        payload: T,
        ty: &'static Type,
        dict: PyRef,
    ) -> Self {
        let layout = &ty.layout;
        assert!(
            layout.holds::<T>() && layout.has_dict(),
            "{ty:?} was made for another payload"
        );
        let header = Self::new_header(ty);
        Self {
            obj: if layout.has_slots() {
                alloc::allocate_with_slots(header, payload, Some(dict), layout.nslots())
            } else {
                alloc::allocate_with_dict(header, payload, dict)
            },
        }
    }

    #[inline]
    fn new_header(ty: &'static Type) -> ObjectHeader {
        match brc::current_thread_id() {
            Some(tid) => ObjectHeader::owned(tid, ty),
            None => ObjectHeader::unowned(ty),
        }
    }

    /// A new object that is never counted nor freed (None, small ints,
    /// types, ...).
    ///
    /// # Panics
    /// If `ty` was not made for payload type `T` without a dict or slots.
    pub fn immortal<T: Send + Sync + 'static>(payload: T, ty: &'static Type) -> Self {
        assert!(
            ty.layout.holds::<T>() && !ty.layout.has_dict() && !ty.layout.has_slots(),
            "{ty:?} was made for another payload"
        );
        Self {
            obj: alloc::allocate(ObjectHeader::immortal(ty), payload),
        }
    }

    #[inline]
    pub fn header(&self) -> &ObjectHeader {
        // SAFETY: this handle's reference keeps the object alive.
        unsafe { self.obj.as_ref() }
    }

    /// The object's type (`type(obj)`).
    #[inline]
    pub fn type_of(&self) -> &'static Type {
        self.header().ty
    }

    /// The payload, if the object's is a `T` (instances of subclasses
    /// included).
    #[inline]
    pub fn payload<T: 'static>(&self) -> Option<&T> {
        if !self.type_of().layout.holds::<T>() {
            return None;
        }
        // SAFETY: the layout says the object was allocated with a `T` first,
        // and this handle's reference keeps it alive.
        Some(unsafe { alloc::payload(self.obj) })
    }

    /// [`PyRef::payload`] when the object's type is exactly `ty`: one
    /// pointer comparison on the object's side (the payload check reads only
    /// `ty`, so it does not wait for the object's type to load).
    #[inline(always)]
    pub fn payload_exact<T: 'static>(&self, ty: &'static Type) -> Option<&T> {
        if !std::ptr::eq(self.type_of(), ty) || !ty.layout.holds::<T>() {
            return None;
        }
        // SAFETY: the object's type is `ty`, whose layout says its objects
        // are allocated with a `T` first; this handle's reference keeps the
        // object alive.
        Some(unsafe { alloc::payload(self.obj) })
    }

    /// The instance dict, for instances of Python classes.
    #[inline]
    pub fn instance_dict(&self) -> Option<&PyRef> {
        let base = self.obj.as_ptr().cast::<u8>();
        match self.type_of().layout.dict_place()? {
            DictPlace::Plain(offset) => {
                // SAFETY: a layout with a plain dict place was allocated by
                // `allocate_with_dict`, whose dict field is a `PyRef` at that
                // offset, initialised and alive while this handle is.
                Some(unsafe { &*base.add(offset).cast::<PyRef>() })
            }
            DictPlace::Optional(offset) => {
                // A layout with an optional dict place was allocated by
                // `allocate_with_slots`: an `Option<PyRef>` at that offset.
                // SAFETY: that field is never changed after allocation and
                // lives as long as this handle's object.
                unsafe { &*base.add(offset).cast::<Option<PyRef>>() }.as_ref()
            }
        }
    }

    /// The values of the instance's `__slots__` (`None`: unset), for
    /// instances of classes that define them; reached under the object's
    /// mutex.
    pub fn slot_values(&self) -> Option<&Locked<Box<[Option<PyRef>]>>> {
        let offset = self.type_of().layout.slots_offset()?;
        // A layout with a slots offset was allocated by `allocate_with_slots`:
        // a `Locked<Box<[Option<PyRef>]>>` at that offset.
        // SAFETY: that field lives as long as this handle's object.
        Some(unsafe {
            &*self
                .obj
                .as_ptr()
                .cast::<u8>()
                .add(offset)
                .cast::<Locked<Box<[Option<PyRef>]>>>()
        })
    }

    /// Whether this handle is the object's only reference: this thread
    /// owns it and counts one reference, and no other thread counts any
    /// (nor holds one in a merge queue). Its holder may then reuse the
    /// object for a new value, as CPython's in-place float arithmetic does,
    /// without anyone seeing it change: no other handle exists, other
    /// threads' uses happened before they gave their references up (the
    /// check acquires their releases), and no uncounted reader remains — a
    /// lock-free reader counts what it loads while pinned, and a reference
    /// taken out of a lock-free slot reaches its taker only after a grace
    /// period (`Retired`). A cached `StackRef`'s handle is not counted in
    /// the header (the cache's entry is): ask the stack reference first.
    #[inline]
    pub fn is_unique(&self) -> bool {
        refcount::is_unique(self.header())
    }

    #[inline]
    pub fn is_immortal(&self) -> bool {
        self.header().ref_local.load(Relaxed) == IMMORTAL
    }

    /// The payload of an immortal object, which lives as long as the program.
    pub fn immortal_payload<T: 'static>(&self) -> Option<&'static T> {
        if !self.is_immortal() {
            return None;
        }
        let payload: *const T = self.payload::<T>()?;
        // SAFETY: an immortal object is never counted down nor freed, so its
        // payload stays where it is for the rest of the program.
        Some(unsafe { &*payload })
    }

    /// Makes the object immortal — never counted, never freed — when this
    /// thread made it and still owns it (else it stays counted); says
    /// whether it is immortal now. For objects that live as long as the
    /// program in practice and that every thread reads (modules and their
    /// dicts, top-level functions, code constants): their counts would
    /// otherwise bounce between cores on every use. This stands in for
    /// CPython 3.14t's deferred reference counting until the cycle
    /// collector exists.
    pub fn immortalize(&self) -> bool {
        refcount::immortalize(self.header())
    }

    /// `items` as references when none is missing: the eval loop passes a
    /// call's arguments straight from its value stack, without a copy.
    #[inline]
    pub fn all_some(items: &[Option<PyRef>]) -> Option<&[PyRef]> {
        if items.iter().any(Option::is_none) {
            return None;
        }
        // SAFETY: `PyRef` is a transparent `NonNull`, so `Option<PyRef>` has
        // its layout (the null pointer optimisation), and no item is `None`.
        Some(unsafe { std::slice::from_raw_parts(items.as_ptr().cast::<PyRef>(), items.len()) })
    }

    /// Runs `f` with `items` as one slice of references, borrowed for the
    /// call rather than counted (a native call's arguments, built from
    /// references the caller holds).
    #[inline]
    pub fn borrowed_slice<const N: usize, R>(
        items: [&PyRef; N],
        f: impl FnOnce(&[PyRef]) -> R,
    ) -> R {
        let copies = items.map(|r| std::mem::ManuallyDrop::new(PyRef { obj: r.obj }));
        // SAFETY: `ManuallyDrop<PyRef>` is a transparent `PyRef`; the copies
        // are never dropped (they own no count), and the objects stay alive
        // through `f`, held by the borrowed originals.
        let slice = unsafe { std::slice::from_raw_parts(copies.as_ptr().cast::<PyRef>(), N) };
        f(slice)
    }

    /// Whether `a` and `b` are the same object (Python's `is`).
    #[inline]
    pub fn ptr_eq(a: &PyRef, b: &PyRef) -> bool {
        a.obj == b.obj
    }

    /// The object's address: `id(obj)`.
    pub fn id(&self) -> usize {
        self.obj.as_ptr() as usize
    }

    /// The bytes of this object's own allocation (header, payload and, for
    /// instances of Python classes, the dict pointer), as `sys.getsizeof`
    /// counts before adding what the object owns elsewhere.
    pub fn allocation_size(&self) -> usize {
        self.type_of().layout.size()
    }

    /// Whether `addr` lies inside this object's allocation.
    pub(super) fn contains_address(&self, addr: usize) -> bool {
        let start = self.id();
        (start..start + self.type_of().layout.size()).contains(&addr)
    }
}

/// A [`PyRef`] whose payload is known to be a `T`, checked once when made:
/// for a reference a cache keeps and reads often, whose payload reads then
/// skip the type check. An object's payload never changes type (its header's
/// type is fixed, and types sharing instances share their payload).
pub struct Typed<T> {
    obj: PyRef,
    payload: PhantomData<fn() -> T>,
}

impl<T: 'static> Typed<T> {
    /// A new reference to `obj`, if its payload is a `T`.
    #[inline]
    pub fn new(obj: &PyRef) -> Option<Self> {
        obj.payload::<T>()?;
        Some(Self {
            obj: obj.clone(),
            payload: PhantomData,
        })
    }

    /// The payload, without a check.
    #[inline(always)]
    pub fn get(&self) -> &T {
        // SAFETY: `new` checked that the object's layout carries a `T`, no
        // object's payload changes type, and `self.obj` keeps it alive.
        unsafe { alloc::payload(self.obj.obj) }
    }

    #[inline(always)]
    pub fn obj(&self) -> &PyRef {
        &self.obj
    }
}

/// A handle to an object made immortal at birth ([`PyRef::immortal`]).
/// Counting such an object does nothing, and it never turns mortal, so a
/// new reference is a copy of the pointer, without reading the header:
/// what the small-int cache hands out for every small int result.
#[repr(transparent)]
pub struct Immortal(PyRef);

impl Immortal {
    /// A new immortal object (see [`PyRef::immortal`]).
    pub fn new<T: Send + Sync + 'static>(payload: T, ty: &'static Type) -> Self {
        Immortal(PyRef::immortal(payload, ty))
    }

    /// Another reference to the object.
    #[inline(always)]
    pub fn get(&self) -> PyRef {
        PyRef { obj: self.0.obj }
    }
}

impl Clone for PyRef {
    #[inline]
    fn clone(&self) -> Self {
        refcount::incref(self.header());
        Self { obj: self.obj }
    }
}

impl Drop for PyRef {
    #[inline]
    fn drop(&mut self) {
        // SAFETY: this handle owns one reference and is never used again.
        unsafe { refcount::decref(self.obj) }
    }
}

impl PartialEq for PyRef {
    /// Identity, as `is`: value equality needs Python's `__eq__`.
    fn eq(&self, other: &Self) -> bool {
        PyRef::ptr_eq(self, other)
    }
}

impl Eq for PyRef {}

impl fmt::Debug for PyRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "<{} object at {:p}>", self.type_of().name(), self.obj)
    }
}
