//! [`PyRef`], the safe owning handle to an object: `Clone` adds a reference,
//! `Drop` gives one up, both by biased reference counting.

use super::alloc;
use super::header::{IMMORTAL, ObjectHeader};
use super::refcount;
use super::type_descr::TypeDescr;
use crate::sync::Ordering::Relaxed;
use crate::threads::brc;
use std::fmt;
use std::ptr::NonNull;

/// An owned reference to an object. Objects are shared between threads by
/// design, so `PyRef` is `Send` and `Sync`: payloads are `Send + Sync`, and
/// counting is safe from any thread.
pub struct PyRef {
    obj: NonNull<ObjectHeader>,
}

// SAFETY: the reference counts are updated by the biased protocol, which is
// correct from any thread, and every payload is `Send + Sync` (checked by
// `PyRef::new`), so it may be read and dropped anywhere.
unsafe impl Send for PyRef {}
// SAFETY: `&PyRef` only reads the payload (`Sync`) or adds references.
unsafe impl Sync for PyRef {}

impl PyRef {
    /// A new object of type `ty` holding `payload`, owned by this thread.
    ///
    /// # Panics
    /// If `ty` was not made for payload type `T`: a bug in the caller.
    pub fn new<T: Send + Sync + 'static>(payload: T, ty: &'static TypeDescr) -> Self {
        assert!(ty.holds::<T>(), "{ty:?} was made for another payload type");
        let header = match brc::current_thread_id() {
            Some(tid) => ObjectHeader::owned(tid, ty),
            None => ObjectHeader::unowned(ty),
        };
        Self {
            obj: alloc::allocate(header, payload),
        }
    }

    /// A new object that is never counted nor freed (None, small ints,
    /// static types, ...).
    ///
    /// # Panics
    /// If `ty` was not made for payload type `T`: a bug in the caller.
    pub fn immortal<T: Send + Sync + 'static>(payload: T, ty: &'static TypeDescr) -> Self {
        assert!(ty.holds::<T>(), "{ty:?} was made for another payload type");
        Self {
            obj: alloc::allocate(ObjectHeader::immortal(ty), payload),
        }
    }

    pub fn header(&self) -> &ObjectHeader {
        // SAFETY: this handle's reference keeps the object alive.
        unsafe { self.obj.as_ref() }
    }

    pub fn type_descr(&self) -> &'static TypeDescr {
        self.header().ty
    }

    /// The payload, if the object's is a `T`.
    pub fn payload<T: 'static>(&self) -> Option<&T> {
        if !self.type_descr().holds::<T>() {
            return None;
        }
        // SAFETY: the type descriptor says the object was allocated with a
        // `T`, and this handle's reference keeps it alive.
        Some(unsafe { alloc::payload(self.obj) })
    }

    pub fn is_immortal(&self) -> bool {
        self.header().ref_local.load(Relaxed) == IMMORTAL
    }

    /// Whether `a` and `b` are the same object (Python's `is`).
    pub fn ptr_eq(a: &PyRef, b: &PyRef) -> bool {
        a.obj == b.obj
    }
}

impl Clone for PyRef {
    fn clone(&self) -> Self {
        refcount::incref(self.header());
        Self { obj: self.obj }
    }
}

impl Drop for PyRef {
    fn drop(&mut self) {
        // SAFETY: this handle owns one reference and is never used again.
        unsafe { refcount::decref(self.obj) }
    }
}

impl fmt::Debug for PyRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "<{} object at {:p}>", self.type_descr().name(), self.obj)
    }
}
