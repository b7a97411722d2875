//! The 1-byte mutex of every object header (CPython's `PyMutex`).
//!
//! The state byte holds two bits: `LOCKED`, and `PARKED` — some thread may be
//! asleep in the parking table waiting for this mutex, so unlocking must go
//! through the table. Locking is one compare-and-swap when uncontended; a
//! contended lock spins a little (only while nobody is parked), then sets
//! `PARKED` and sleeps. An unlock with `PARKED` set wakes the longest waiter
//! and, if that waiter has waited over 1 ms, hands it the lock directly
//! (the byte stays `LOCKED`) instead of letting newcomers barge in.
//!
//! While the program has one thread (`ebr::single_thread`: no other thread
//! has been started to use objects), locking and unlocking are a plain load
//! and store of the byte, without the locked instruction (about 20 cycles
//! each, most of a `list.append`). The byte means the same either way, and
//! the start of the second thread publishes it to that thread, so a lock
//! taken plainly and released after the start (through the atomic path)
//! stays correct.

use super::parking::{self, WaitStart, Wake};
use crate::object::ebr::single_thread;
use crate::sync::{AtomicU8, Ordering, thread};

const LOCKED: u8 = 1;
const PARKED: u8 = 2;

/// How often a contended `lock` yields and retries before sleeping. Not under
/// loom: its `yield_now` runs the holder until it unlocks, which would keep
/// two-thread models from ever reaching the sleeping path (and spinning only
/// postpones sleeping; it changes no state).
const SPIN_LIMIT: u32 = if cfg!(loom) { 0 } else { 40 };

/// A mutex in one byte, with no data of its own: what it protects is decided
/// by its owner (an object's mutable contents). Use it through
/// [`critical_section`](super::critical_section), which unlocks it for you.
#[repr(transparent)]
#[derive(Debug, Default)]
pub struct RawMutex {
    state: AtomicU8,
}

/// What the calling thread does around sleeping on a contended lock. The
/// thread-state layer detaches (suspending its critical sections, letting
/// stop-the-world and the GIL proceed without it) and attaches again after.
pub trait Detach {
    /// Called before each sleep.
    fn detach(&mut self);
    /// Called after each sleep, whether or not the lock was obtained.
    fn attach(&mut self);
}

/// Sleeping without detaching: for locks held only for a bounded, short time
/// by code that never blocks while holding them.
impl Detach for () {
    fn detach(&mut self) {}
    fn attach(&mut self) {}
}

impl RawMutex {
    // loom's atomics have no `const fn new`; in production the mutex is
    // usable in statics and constant object headers.
    #[cfg(not(loom))]
    pub const fn new() -> Self {
        Self {
            state: AtomicU8::new(0),
        }
    }

    #[cfg(loom)]
    pub fn new() -> Self {
        Self {
            state: AtomicU8::new(0),
        }
    }

    /// Takes the lock if it is free, without waiting.
    #[inline]
    pub fn try_lock(&self) -> bool {
        let mut state = self.state.load(Ordering::Relaxed);
        if single_thread() {
            return state == 0 && self.take_unshared();
        }
        while state & LOCKED == 0 {
            match self.state.compare_exchange(
                state,
                state | LOCKED,
                Ordering::Acquire,
                Ordering::Relaxed,
            ) {
                Ok(_) => return true,
                Err(now) => state = now,
            }
        }
        false
    }

    /// Takes the lock, sleeping without detaching if it is contended.
    #[inline]
    pub fn lock(&self) {
        self.lock_detaching(&mut ());
    }

    /// Takes the lock; if it has to sleep, calls `thread.detach()` before and
    /// `thread.attach()` after each sleep.
    #[inline]
    pub fn lock_detaching(&self, thread: &mut impl Detach) {
        if single_thread() && self.state.load(Ordering::Relaxed) == 0 && self.take_unshared() {
            return;
        }
        if self
            .state
            .compare_exchange(0, LOCKED, Ordering::Acquire, Ordering::Relaxed)
            .is_err()
        {
            self.lock_slow(thread);
        }
    }

    #[cold]
    #[inline(never)]
    fn lock_slow(&self, thread: &mut impl Detach) {
        let mut spins_left = SPIN_LIMIT;
        let mut since = None;
        let mut state = self.state.load(Ordering::Relaxed);
        loop {
            if state & LOCKED == 0 {
                // Free (perhaps with sleepers, which we overtake): take it.
                match self.state.compare_exchange(
                    state,
                    state | LOCKED,
                    Ordering::Acquire,
                    Ordering::Relaxed,
                ) {
                    Ok(_) => return,
                    Err(now) => state = now,
                }
                continue;
            }
            if state & PARKED == 0 {
                if let Some(left) = spins_left.checked_sub(1) {
                    spins_left = left;
                    thread::yield_now();
                    state = self.state.load(Ordering::Relaxed);
                    continue;
                }
                // Announce a sleeper before sleeping, so the holder's unlock
                // takes the slow path and wakes us.
                if let Err(now) = self.state.compare_exchange(
                    state,
                    state | PARKED,
                    Ordering::Relaxed,
                    Ordering::Relaxed,
                ) {
                    state = now;
                    continue;
                }
            }
            let since = since.get_or_insert_with(WaitStart::now);
            thread.detach();
            // Sleep only if the byte still says "locked, sleepers announced":
            // any unlock since rewrote it, under the table lock, to something
            // else.
            let wake = parking::park(self.key(), *since, || {
                self.state.load(Ordering::Relaxed) == LOCKED | PARKED
            });
            thread.attach();
            match wake {
                Wake::HandedOff => return,
                Wake::Woken => since.woken(),
                Wake::Invalid => {}
            }
            state = self.state.load(Ordering::Relaxed);
        }
    }

    /// Releases the lock.
    ///
    /// # Safety
    ///
    /// The calling thread holds the lock (it took it and has not released
    /// it): whatever the mutex protects is otherwise opened to a second
    /// thread while the holder still uses it.
    #[inline]
    pub unsafe fn unlock(&self) {
        if single_thread() && self.state.load(Ordering::Relaxed) == LOCKED {
            self.state.store(0, Ordering::Relaxed);
            return;
        }
        if self
            .state
            .compare_exchange(LOCKED, 0, Ordering::Release, Ordering::Relaxed)
            .is_err()
        {
            self.unlock_slow();
        }
    }

    /// Takes the free lock with a plain store: with one thread nobody else
    /// can hold it or wait for it. Always true; a `bool` for the callers'
    /// conditions.
    #[inline(always)]
    fn take_unshared(&self) -> bool {
        self.state.store(LOCKED, Ordering::Relaxed);
        true
    }

    /// Unlocks with `PARKED` set: the parking table decides, under its lock,
    /// whom to wake and what the byte becomes.
    #[cold]
    #[inline(never)]
    fn unlock_slow(&self) {
        debug_assert!(self.is_locked(), "unlock of an unlocked RawMutex");
        parking::unpark_one(self.key(), |woken, more_sleepers| {
            let hand_off = woken.is_some_and(WaitStart::waited_long);
            let locked = if hand_off { LOCKED } else { 0 };
            let parked = if more_sleepers { PARKED } else { 0 };
            self.state.store(locked | parked, Ordering::Release);
            hand_off
        });
    }

    /// Whether some thread holds the lock (a snapshot, for assertions).
    pub fn is_locked(&self) -> bool {
        self.state.load(Ordering::Relaxed) & LOCKED != 0
    }

    /// The key the parking table files this mutex's sleepers under.
    fn key(&self) -> usize {
        std::ptr::from_ref(self).addr()
    }
}

#[cfg(test)]
mod tests {
    use super::{Detach, PARKED, RawMutex};
    use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering::Relaxed};
    use std::thread;

    /// Runs `f` under `mutex`. The counter tests update with a separate load
    /// and store, which loses updates unless the mutex excludes.
    fn locked<R>(mutex: &RawMutex, f: impl FnOnce() -> R) -> R {
        mutex.lock();
        let result = f();
        // SAFETY: locked just above, on this thread.
        unsafe { mutex.unlock() };
        result
    }

    #[test]
    fn one_byte_and_uncontended() {
        assert_eq!(size_of::<RawMutex>(), 1);
        let mutex = RawMutex::new();
        assert!(mutex.try_lock());
        assert!(mutex.is_locked());
        assert!(!mutex.try_lock());
        // SAFETY: taken by `try_lock` above.
        unsafe { mutex.unlock() };
        assert!(!mutex.is_locked());
        locked(&mutex, || assert!(mutex.is_locked()));
        assert!(!mutex.is_locked());
    }

    #[test]
    fn contended_counter_loses_no_update() {
        // Threads below share the mutex: the locks must be atomic.
        crate::object::ebr::share_objects();
        const THREADS: usize = 8;
        const ROUNDS: usize = 20_000;
        let mutex = RawMutex::new();
        let counter = AtomicUsize::new(0);
        thread::scope(|s| {
            for _ in 0..THREADS {
                s.spawn(|| {
                    for _ in 0..ROUNDS {
                        locked(&mutex, || counter.store(counter.load(Relaxed) + 1, Relaxed));
                    }
                });
            }
        });
        assert_eq!(counter.into_inner(), THREADS * ROUNDS);
        assert!(!mutex.is_locked());
    }

    /// A thread that relocks in a tight loop cannot starve a sleeper: after
    /// 1 ms of waiting the sleeper is handed the lock.
    #[test]
    fn relocking_holder_does_not_starve_a_sleeper() {
        // Threads below share the mutex: the locks must be atomic.
        crate::object::ebr::share_objects();
        let mutex = RawMutex::new();
        let waiter_done = AtomicBool::new(false);
        thread::scope(|s| {
            mutex.lock();
            s.spawn(|| {
                locked(&mutex, || {});
                waiter_done.store(true, Relaxed);
            });
            while !waiter_done.load(Relaxed) {
                // SAFETY: held since the previous `lock`.
                unsafe { mutex.unlock() };
                mutex.lock();
            }
            // SAFETY: held since the last `lock` of the loop.
            unsafe { mutex.unlock() };
        });
    }

    /// Counts the hook's calls, checking they alternate.
    #[derive(Default)]
    struct CountingDetach {
        detached: bool,
        sleeps: usize,
    }

    impl Detach for CountingDetach {
        fn detach(&mut self) {
            assert!(!self.detached);
            self.detached = true;
        }

        fn attach(&mut self) {
            assert!(self.detached);
            self.detached = false;
            self.sleeps += 1;
        }
    }

    #[test]
    fn waiting_detaches_around_each_sleep() {
        // Threads below share the mutex: the locks must be atomic.
        crate::object::ebr::share_objects();
        let mutex = RawMutex::new();
        let mut hook = CountingDetach::default();
        mutex.lock();
        thread::scope(|s| {
            let waiter = s.spawn(|| {
                mutex.lock_detaching(&mut hook);
                // SAFETY: locked just above, on this thread.
                unsafe { mutex.unlock() };
            });
            // Unlock once the waiter has announced it is going to sleep.
            while mutex.state.load(Relaxed) & PARKED == 0 {
                thread::yield_now();
            }
            // SAFETY: locked before the scope, on this thread.
            unsafe { mutex.unlock() };
            waiter.join().unwrap();
        });
        assert!(!hook.detached && hook.sleeps >= 1);
    }
}
