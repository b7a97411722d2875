//! [`Claimable`], a value that one thread at a time claims by one atomic
//! step on a state byte, and holds for as long as it likes: a generator's
//! suspended frame, claimed by the thread that resumes it for the whole run
//! of the frame.
//!
//! Nobody ever waits on a claim inside this type: a claim either succeeds
//! at once or reports the state it found, and the caller decides (a
//! generator found running is "already executing"; a reader finding another
//! reader's short claim retries). So a claim is one compare-and-swap and a
//! release one store, where a mutex beside a state word (what it replaces)
//! took a compare-and-swap, a second one to lock and a swap to unlock.
//!
//! The state byte's values below [`HELD`] are the owner's free states (say
//! created, suspended, finished); a claim moves a free state the claimer
//! accepts to `HELD | tag`, the tag chosen by the claimer from the state it
//! found, and the release stores the free state the value is left in.

use crate::sync::AtomicU8;
use crate::sync::Ordering::{Acquire, Relaxed, Release};
#[cfg(loom)]
use loom::cell::UnsafeCell;
#[cfg(not(loom))]
use std::cell::UnsafeCell;

/// The bit of a claimed state.
pub const HELD: u8 = 0x80;

/// A value and the state byte that says who may reach it: a free state,
/// or `HELD | tag` while a [`Claim`] holds it.
pub struct Claimable<T> {
    state: AtomicU8,
    value: UnsafeCell<T>,
}

// SAFETY: the value is reached only through a `Claim`, of which the state
// byte lets one exist at a time (a claim moves it from a free state to a
// held one by one atomic step, and only the claim's drop frees it), so one
// thread at a time has it; `T: Send` lets it move between threads.
unsafe impl<T: Send> Sync for Claimable<T> {}

impl<T> Claimable<T> {
    /// A value in the free state `state` (below [`HELD`]).
    pub fn new(state: u8, value: T) -> Self {
        assert!(state < HELD, "a free state");
        Self {
            state: AtomicU8::new(state),
            value: UnsafeCell::new(value),
        }
    }

    /// The current state: free, or `HELD | tag` while claimed. Acquire, so
    /// a free state read is ordered after the release that left it.
    #[inline]
    pub fn state(&self) -> u8 {
        self.state.load(Acquire)
    }

    /// Claims the value if its state is free and `wanted` accepts it; the
    /// state reads `HELD | tag(state)` until the claim ends. Otherwise the
    /// state found (held, or free but not wanted).
    ///
    /// While the program has one thread ([`crate::object::ebr::single_thread`])
    /// the claim is a plain load and store: nobody else can race for it (a
    /// thread starting another sets that flag first, so its later claims,
    /// and all of the new thread's, take the compare-and-swap).
    #[inline(always)]
    pub fn try_claim(
        &self,
        wanted: impl Fn(u8) -> bool,
        tag: impl Fn(u8) -> u8,
    ) -> Result<Claim<'_, T>, u8> {
        let mut now = self.state.load(Acquire);
        loop {
            if now & HELD != 0 || !wanted(now) {
                return Err(now);
            }
            let held = HELD | tag(now);
            if crate::object::ebr::single_thread() {
                self.state.store(held, Relaxed);
                return Ok(self.claimed(now));
            }
            match self
                .state
                .compare_exchange_weak(now, held, Acquire, Acquire)
            {
                Ok(_) => return Ok(self.claimed(now)),
                Err(seen) => now = seen,
            }
        }
    }

    /// The claim just made, from free state `from`.
    #[inline(always)]
    fn claimed(&self, from: u8) -> Claim<'_, T> {
        Claim {
            cell: self,
            #[cfg(loom)]
            access: self.value.get_mut(),
            to: from,
        }
    }
}

/// Exclusive access to a [`Claimable`]'s value; dropping it frees the
/// value in the state it was claimed from, or the one given to
/// [`Claim::release`].
pub struct Claim<'a, T> {
    cell: &'a Claimable<T>,
    /// loom's record of the access, so that its model checks that claims
    /// never overlap.
    #[cfg(loom)]
    access: loom::cell::MutPtr<T>,
    /// The free state the drop stores.
    to: u8,
}

impl<T> Claim<'_, T> {
    /// The free state the value was claimed from.
    #[inline]
    pub fn from(&self) -> u8 {
        self.to
    }

    /// Ends the claim, leaving the value in free state `to` (Release: the
    /// next claimer sees every write made under this claim).
    #[inline]
    pub fn release(mut self, to: u8) {
        assert!(to < HELD, "a free state");
        self.to = to;
    }
}

impl<T> Drop for Claim<'_, T> {
    #[inline]
    fn drop(&mut self) {
        self.cell.state.store(self.to, Release);
    }
}

impl<T> std::ops::Deref for Claim<'_, T> {
    type Target = T;

    #[inline]
    fn deref(&self) -> &T {
        // SAFETY: this claim moved the state to a held one, which no other
        // claim can leave until this one's drop: no other access exists.
        #[cfg(not(loom))]
        unsafe {
            &*self.cell.value.get()
        }
        // SAFETY: as above; loom tracks the access the claim holds.
        #[cfg(loom)]
        unsafe {
            self.access.deref()
        }
    }
}

impl<T> std::ops::DerefMut for Claim<'_, T> {
    #[inline]
    fn deref_mut(&mut self) -> &mut T {
        // SAFETY: as for `deref`; `&mut self` makes this the only use of
        // the claim.
        #[cfg(not(loom))]
        unsafe {
            &mut *self.cell.value.get()
        }
        // SAFETY: as above; loom tracks the access the claim holds.
        #[cfg(loom)]
        unsafe {
            self.access.deref()
        }
    }
}
