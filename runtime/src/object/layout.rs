//! How a type's objects are laid out and freed: the Rust payload type, and
//! what follows it in instances of Python classes (an instance dict, the
//! values of `__slots__`).

use super::alloc;
use super::header::ObjectHeader;
use std::any::TypeId;
use std::ptr::NonNull;

/// How an object whose last reference is gone is freed (see
/// `alloc::free`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum FreeKind {
    /// Nothing to drop (float, complex): the block goes straight back to the
    /// thread's free list of this size class.
    Block(u8),
    /// The payload's drop gives up no object references (int, str): it runs
    /// at once, without counting the nesting of frees.
    Leaf,
    /// The drop may free other objects: counted against the nesting limit.
    Nested,
}

/// What follows the payload.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Extra {
    /// Nothing: a `T` (built-in types).
    None,
    /// An instance dict: a `WithDict<T>` (most Python classes).
    Dict,
    /// An optional instance dict and slot values: a `WithSlots<T>` (classes
    /// with `__slots__` and their subclasses).
    Slots,
}

/// The memory shape of a type's instances. A built-in type's payload is a
/// `T`; a Python class keeps its solid base's payload and adds an instance
/// dict after it (`WithDict<T>`), or, when it or a base defines
/// `__slots__`, an optional dict and its slot values (`WithSlots<T>`), so
/// code reading the base payload works on subclass instances unchanged.
#[derive(Clone, Copy, Debug)]
pub struct Layout {
    payload: TypeId,
    extra: Extra,
    /// Whether instances carry a dict (with `Extra::Slots`, whether its
    /// optional dict is present).
    has_dict: bool,
    /// How many slot values instances carry (with `Extra::Slots`).
    nslots: usize,
    /// Byte offsets from the header of the instance dict in a
    /// `WithDict<T>`, and of the dict and slots in a `WithSlots<T>`.
    dict_offset: usize,
    slots_dict_offset: usize,
    slots_offset: usize,
    /// Size of the whole object, header included, as allocated, for each
    /// shape.
    size: usize,
    dict_size: usize,
    slots_size: usize,
    drop_plain: unsafe fn(NonNull<ObjectHeader>),
    drop_with_dict: unsafe fn(NonNull<ObjectHeader>),
    drop_with_slots: unsafe fn(NonNull<ObjectHeader>),
    /// How objects of this shape are freed.
    free: FreeKind,
}

/// Where an instance's dict lies, for [`super::PyRef::instance_dict`].
pub(super) enum DictPlace {
    /// A `PyRef` at this offset.
    Plain(usize),
    /// An `Option<PyRef>` at this offset.
    Optional(usize),
}

impl Layout {
    /// Objects whose payload is a `T`, without an instance dict.
    pub const fn of<T: Send + Sync + 'static>() -> Layout {
        Layout {
            payload: TypeId::of::<T>(),
            extra: Extra::None,
            has_dict: false,
            nslots: 0,
            dict_offset: alloc::dict_offset::<T>(),
            slots_dict_offset: alloc::slots_dict_offset::<T>(),
            slots_offset: alloc::slots_offset::<T>(),
            size: size_of::<alloc::Object<T>>(),
            dict_size: size_of::<alloc::Object<alloc::WithDict<T>>>(),
            slots_size: size_of::<alloc::Object<alloc::WithSlots<T>>>(),
            drop_plain: alloc::drop_object::<T>,
            drop_with_dict: alloc::drop_object::<alloc::WithDict<T>>,
            drop_with_slots: alloc::drop_object::<alloc::WithSlots<T>>,
            free: if std::mem::needs_drop::<T>() {
                FreeKind::Nested
            } else {
                match alloc::size_class::<alloc::Object<T>>() {
                    Some(class) => FreeKind::Block(class as u8),
                    None => FreeKind::Leaf,
                }
            },
        }
    }

    /// The same layout for a payload whose drop never gives up an object
    /// reference (it holds none): its frees skip the nesting count. Were
    /// that wrong, a chain of such objects would only be freed by
    /// recursion, never unsoundly.
    pub const fn leaf(self) -> Layout {
        Layout {
            free: match self.free {
                FreeKind::Nested => FreeKind::Leaf,
                kind => kind,
            },
            ..self
        }
    }

    /// The same payload with an instance dict after it (beside the slots,
    /// if there are any).
    pub const fn with_dict(self) -> Layout {
        Layout {
            has_dict: true,
            // Dropping the dict may free anything.
            free: FreeKind::Nested,
            extra: match self.extra {
                Extra::Slots => Extra::Slots,
                _ => Extra::Dict,
            },
            ..self
        }
    }

    /// The same payload followed by `nslots` slot values, and an instance
    /// dict if `dict`.
    pub const fn with_slots(self, nslots: usize, dict: bool) -> Layout {
        Layout {
            extra: Extra::Slots,
            has_dict: dict,
            free: FreeKind::Nested,
            nslots,
            ..self
        }
    }

    /// Whether objects of this layout are a plain `T` (a built-in type's
    /// instances: no dict, no slots), which [`super::PyRef::new`] allocates
    /// inline.
    #[inline]
    pub(super) fn is_plain<T: 'static>(&self) -> bool {
        self.extra == Extra::None && self.payload == TypeId::of::<T>()
    }

    pub fn has_dict(&self) -> bool {
        self.has_dict
    }

    /// Whether instances carry slot values (a `WithSlots<T>`).
    pub fn has_slots(&self) -> bool {
        self.extra == Extra::Slots
    }

    /// How many slot values instances carry.
    pub fn nslots(&self) -> usize {
        self.nslots
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
        match self.extra {
            Extra::None => self.size,
            Extra::Dict => self.dict_size,
            Extra::Slots => self.slots_size,
        }
    }

    pub(super) fn dict_place(&self) -> Option<DictPlace> {
        match self.extra {
            Extra::Dict => Some(DictPlace::Plain(self.dict_offset)),
            Extra::Slots if self.has_dict => Some(DictPlace::Optional(self.slots_dict_offset)),
            _ => None,
        }
    }

    /// The offset of the slot values, with `Extra::Slots`.
    pub(super) fn slots_offset(&self) -> Option<usize> {
        (self.extra == Extra::Slots).then_some(self.slots_offset)
    }

    #[inline]
    pub(super) fn free_kind(&self) -> FreeKind {
        self.free
    }

    #[inline]
    pub(super) fn drop_fn(&self) -> unsafe fn(NonNull<ObjectHeader>) {
        match self.extra {
            Extra::None => self.drop_plain,
            Extra::Dict => self.drop_with_dict,
            Extra::Slots => self.drop_with_slots,
        }
    }
}
