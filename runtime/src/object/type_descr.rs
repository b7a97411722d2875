//! The minimal type descriptor an object header points to. The Python type
//! object will embed it; for now it names the type and knows how to drop
//! objects of it.

use super::alloc;
use super::header::ObjectHeader;
use std::any::TypeId;
use std::fmt;
use std::ptr::NonNull;

/// What an object is: a name, its Rust payload type, and the function that
/// drops the payload and frees the allocation.
pub struct TypeDescr {
    name: &'static str,
    payload: TypeId,
    /// Called once, when the last reference goes; the object must have been
    /// allocated as an `alloc::Object<T>` of this descriptor's payload type.
    pub(super) drop_object: unsafe fn(NonNull<ObjectHeader>),
}

impl TypeDescr {
    /// The descriptor of objects whose payload is a `T`.
    pub const fn new<T: Send + Sync + 'static>(name: &'static str) -> Self {
        Self {
            name,
            payload: TypeId::of::<T>(),
            drop_object: alloc::drop_object::<T>,
        }
    }

    pub fn name(&self) -> &'static str {
        self.name
    }

    /// Whether objects of this type carry a `T`.
    pub fn holds<T: 'static>(&self) -> bool {
        self.payload == TypeId::of::<T>()
    }
}

impl fmt::Debug for TypeDescr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "<type {}>", self.name)
    }
}
