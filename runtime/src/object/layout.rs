//! How a type's objects are laid out and freed: the Rust payload type, and
//! whether an instance dict follows it (instances of Python classes).

use super::alloc;
use super::header::ObjectHeader;
use std::any::TypeId;
use std::ptr::NonNull;

/// The memory shape of a type's instances. A built-in type's payload is a
/// `T`; a Python class keeps its solid base's payload and adds an instance
/// dict after it (`WithDict<T>`), so code reading the base payload works on
/// subclass instances unchanged.
#[derive(Clone, Copy, Debug)]
pub struct Layout {
    payload: TypeId,
    has_dict: bool,
    /// Byte offset of the instance dict from the header (with a dict).
    dict_offset: usize,
    /// Size of the whole object, header included, as allocated.
    size: usize,
    dict_size: usize,
    drop_plain: unsafe fn(NonNull<ObjectHeader>),
    drop_with_dict: unsafe fn(NonNull<ObjectHeader>),
}

impl Layout {
    /// Objects whose payload is a `T`, without an instance dict.
    pub const fn of<T: Send + Sync + 'static>() -> Layout {
        Layout {
            payload: TypeId::of::<T>(),
            has_dict: false,
            dict_offset: alloc::dict_offset::<T>(),
            size: size_of::<alloc::Object<T>>(),
            dict_size: size_of::<alloc::Object<alloc::WithDict<T>>>(),
            drop_plain: alloc::drop_object::<T>,
            drop_with_dict: alloc::drop_object::<alloc::WithDict<T>>,
        }
    }

    /// The same payload with an instance dict after it.
    pub const fn with_dict(self) -> Layout {
        Layout {
            has_dict: true,
            ..self
        }
    }

    pub fn has_dict(&self) -> bool {
        self.has_dict
    }

    /// Whether objects of this layout carry a `T`.
    pub fn holds<T: 'static>(&self) -> bool {
        self.payload == TypeId::of::<T>()
    }

    /// Whether two layouts carry the same payload (so one type's objects
    /// can become the other's by `__class__` assignment, or share a base).
    pub fn same_payload(&self, other: &Layout) -> bool {
        self.payload == other.payload
    }

    pub(super) fn size(&self) -> usize {
        if self.has_dict {
            self.dict_size
        } else {
            self.size
        }
    }

    pub(super) fn dict_offset(&self) -> Option<usize> {
        self.has_dict.then_some(self.dict_offset)
    }

    pub(super) fn drop_fn(&self) -> unsafe fn(NonNull<ObjectHeader>) {
        if self.has_dict {
            self.drop_with_dict
        } else {
            self.drop_plain
        }
    }
}
