//! [`Locked`], payload state guarded by its object's header mutex: the
//! mutable part of lists, dicts, sets, ... (PEP 703's per-object locking).

use super::handle::PyRef;
use std::cell::UnsafeCell;

/// Mutable payload state, reached only with its object's mutex held.
///
/// The closure given to [`Locked::with`] runs with the lock held, so it must
/// stay short and must not run Python code or lock another object: the lock
/// is not re-entrant (a nested `with` on the same object deadlocks rather
/// than aliasing), and objects are never locked in nested order, so two
/// threads cannot deadlock on two objects. Code that needs Python (`__eq__`,
/// `__hash__`, a `key=` function) copies what it needs out first.
#[derive(Default)]
pub struct Locked<T>(UnsafeCell<T>);

// SAFETY: the value is only reached through `with`, under the owner's mutex,
// so one thread at a time has it; `T: Send` lets it move between threads.
unsafe impl<T: Send> Sync for Locked<T> {}

impl<T> Locked<T> {
    pub const fn new(value: T) -> Self {
        Self(UnsafeCell::new(value))
    }

    /// Runs `f` on the value with `owner`'s mutex held.
    ///
    /// # Panics
    /// If this cell is not part of `owner`'s allocation (a bug in the
    /// caller: the lock would not guard it).
    #[inline]
    pub fn with<R>(&self, owner: &PyRef, f: impl FnOnce(&mut T) -> R) -> R {
        assert!(
            owner.contains_address(self as *const Self as usize),
            "Locked::with called with an object that does not own the cell"
        );
        let mutex = owner.header().mutex();
        mutex.lock();
        struct Unlock<'a>(&'a crate::lock::RawMutex);
        impl Drop for Unlock<'_> {
            fn drop(&mut self) {
                // SAFETY: this thread locked the mutex just above.
                unsafe { self.0.unlock() }
            }
        }
        let _unlock = Unlock(mutex);
        // The cell lies inside `owner` (asserted), whose mutex this thread now
        // holds; every access to the cell goes through `with` under it.
        // SAFETY: the mutex is not re-entrant, so no other reference to the
        // value exists until `_unlock` releases it.
        let value = unsafe { &mut *self.0.get() };
        f(value)
    }

    /// The value, when the payload is not shared yet (being built).
    pub fn get_mut(&mut self) -> &mut T {
        self.0.get_mut()
    }

    pub fn into_inner(self) -> T {
        self.0.into_inner()
    }
}
