//! [`SharedArc`]: an `Arc` that is either counted or held for the whole
//! program, read through one load either way.

use std::ptr::NonNull;
use std::sync::Arc;

/// A handle to an `Arc`'s value that takes counts only if it was made from
/// a counted `Arc`: one made from an `Arc` that lives as long as the program
/// (the code of module and class bodies) is copied without touching the
/// count, so threads sharing it do not contend on it. Either way it points
/// at the value itself, so reading it is a single load (an enum of the two
/// would branch and, for the static case, go through the `Arc` first).
pub struct SharedArc<T> {
    ptr: NonNull<T>,
    /// Whether this handle owns one strong count of the `Arc`.
    counted: bool,
}

// SAFETY: a `SharedArc` is an `Arc` (counted) or a `&'static Arc` (not):
// both are Send and Sync exactly when `T` is Send and Sync.
unsafe impl<T: Send + Sync> Send for SharedArc<T> {}
// SAFETY: as for Send above.
unsafe impl<T: Send + Sync> Sync for SharedArc<T> {}

impl<T> SharedArc<T> {
    /// A handle owning `arc`'s count.
    #[inline]
    pub fn counted(arc: Arc<T>) -> Self {
        let ptr = NonNull::new(Arc::into_raw(arc).cast_mut()).expect("an Arc is not null");
        Self { ptr, counted: true }
    }

    /// A handle to an `Arc` that is never dropped: it takes no count.
    #[inline]
    pub fn immortal(arc: &'static Arc<T>) -> Self {
        let ptr = NonNull::new(Arc::as_ptr(arc).cast_mut()).expect("an Arc is not null");
        Self {
            ptr,
            counted: false,
        }
    }

    /// A counted `Arc` to the value.
    #[inline]
    pub fn arc(&self) -> Arc<T> {
        // SAFETY: `ptr` came from an `Arc` whose count this handle or a
        // `&'static Arc` keeps above zero; the new count is the returned
        // `Arc`'s.
        unsafe {
            Arc::increment_strong_count(self.ptr.as_ptr());
            Arc::from_raw(self.ptr.as_ptr())
        }
    }

    /// Whether both handles point at the same value.
    #[inline]
    pub fn ptr_eq(&self, other: &Self) -> bool {
        self.ptr == other.ptr
    }
}

impl<T> Clone for SharedArc<T> {
    #[inline]
    fn clone(&self) -> Self {
        if self.counted {
            // SAFETY: `ptr` came from `Arc::into_raw` and this handle's
            // count keeps it alive; the new count is the clone's.
            unsafe { Arc::increment_strong_count(self.ptr.as_ptr()) };
        }
        Self {
            ptr: self.ptr,
            counted: self.counted,
        }
    }
}

impl<T> Drop for SharedArc<T> {
    #[inline]
    fn drop(&mut self) {
        if self.counted {
            // SAFETY: `ptr` came from `Arc::into_raw`, and this handle owns
            // one strong count, given up here once.
            unsafe { Arc::decrement_strong_count(self.ptr.as_ptr()) };
        }
    }
}

impl<T> std::ops::Deref for SharedArc<T> {
    type Target = T;

    #[inline(always)]
    fn deref(&self) -> &T {
        // SAFETY: the value is kept alive by this handle's count or by the
        // `&'static Arc` it was made from.
        unsafe { self.ptr.as_ref() }
    }
}
