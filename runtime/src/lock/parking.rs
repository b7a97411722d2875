//! Where a thread waiting for a [`RawMutex`](super::RawMutex) sleeps: a global
//! table of waiters keyed by the mutex's address, so that the mutex itself
//! stays one byte. `park` checks the caller's condition and enqueues it under
//! the table's lock, and `unpark_one` runs its callback (which rewrites the
//! mutex's state byte) under that same lock, so a waiter can never miss the
//! unlock it is waiting for.
//!
//! Production uses `parking_lot_core`. Under `--cfg loom` a loom mutex guards
//! a list of waiters and loom's `park`/`unpark` put them to sleep, so the models
//! check the state-byte protocol against the same contract.

/// How a parked thread came back.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Wake {
    /// The condition did not hold when checked under the table's lock; the
    /// thread never slept.
    Invalid,
    /// Woken by an unlock; the lock is free to be competed for.
    Woken,
    /// Woken by an unlock that kept the mutex locked on the thread's behalf.
    HandedOff,
}

pub(super) use imp::{WaitStart, park, unpark_one};

#[cfg(not(loom))]
mod imp {
    use super::Wake;
    use parking_lot_core::{FilterOp, ParkResult, ParkToken, UnparkResult, UnparkToken};
    use std::{cell::Cell, sync::OnceLock, time::Instant};

    const WOKEN: UnparkToken = UnparkToken(0);
    const HANDED_OFF: UnparkToken = UnparkToken(1);

    /// A waiter is owed the lock once it has waited this long (CPython's
    /// `TIME_TO_BE_FAIR_NS`): long enough that barging keeps the fast path
    /// fast, short enough that no thread starves.
    const FAIR_AFTER_MICROS: usize = 1000;

    /// When a thread started waiting for a lock, in microseconds since the
    /// first wait in the process (it travels as a park token, a `usize`;
    /// wrapping arithmetic keeps the comparison right across a wrap).
    #[derive(Clone, Copy, Debug)]
    pub(in crate::lock) struct WaitStart(usize);

    fn micros_now() -> usize {
        static EPOCH: OnceLock<Instant> = OnceLock::new();
        // Truncation is intended: only differences of nearby readings are used.
        EPOCH.get_or_init(Instant::now).elapsed().as_micros() as usize
    }

    impl WaitStart {
        pub(in crate::lock) fn now() -> Self {
            Self(micros_now())
        }

        /// Records a wake-up that did not bring the lock (time alone counts
        /// in production).
        pub(in crate::lock) fn woken(&mut self) {}

        pub(in crate::lock) fn waited_long(self) -> bool {
            micros_now().wrapping_sub(self.0) > FAIR_AFTER_MICROS
        }
    }

    /// Sleeps on `key` if `validate` (run under the table's lock) holds.
    pub(in crate::lock) fn park(
        key: usize,
        since: WaitStart,
        validate: impl FnOnce() -> bool,
    ) -> Wake {
        // SAFETY: `key` is the address of a live `RawMutex`, which only this
        // module parks on; `validate` only loads the mutex's state byte, so it
        // neither panics nor calls into parking_lot_core; there is no timeout.
        let result = unsafe {
            parking_lot_core::park(key, validate, || {}, |_, _| {}, ParkToken(since.0), None)
        };
        match result {
            ParkResult::Unparked(HANDED_OFF) => Wake::HandedOff,
            ParkResult::Unparked(_) => Wake::Woken,
            ParkResult::Invalid | ParkResult::TimedOut => Wake::Invalid,
        }
    }

    /// Wakes the longest-waiting thread parked on `key`, if any. `decide` runs
    /// under the table's lock with that thread's wait start (or `None`) and
    /// whether others still wait; it returns whether the lock is handed off.
    pub(in crate::lock) fn unpark_one(
        key: usize,
        decide: impl FnOnce(Option<WaitStart>, bool) -> bool,
    ) {
        // Both closures see the first waiter's token; they run one after the
        // other on this thread, so a `Cell` suffices.
        let first = Cell::new(None);
        let filter = |token: ParkToken| {
            if first.get().is_some() {
                return FilterOp::Stop;
            }
            first.set(Some(WaitStart(token.0)));
            FilterOp::Unpark
        };
        let callback = |result: UnparkResult| {
            if decide(first.get(), result.have_more_threads) {
                HANDED_OFF
            } else {
                WOKEN
            }
        };
        // SAFETY: `key` is the address of a live `RawMutex`; `filter` and
        // `callback` (which stores the mutex's state byte) do not panic and do
        // not call into parking_lot_core.
        unsafe {
            parking_lot_core::unpark_filter(key, filter, callback);
        }
    }
}

#[cfg(loom)]
mod imp {
    use super::Wake;
    use crate::sync::{Arc, AtomicU8, Mutex, MutexGuard, Ordering, thread};
    use std::sync::PoisonError;

    const WAITING: u8 = 0;
    const WOKEN: u8 = 1;
    const HANDED_OFF: u8 = 2;

    /// Time does not pass under loom, so "waited long" means "already woken
    /// once without the lock": the models then cover both the barging wake-up
    /// and the hand-off.
    #[derive(Clone, Copy, Debug)]
    pub(in crate::lock) struct WaitStart(usize);

    impl WaitStart {
        pub(in crate::lock) fn now() -> Self {
            Self(0)
        }

        pub(in crate::lock) fn woken(&mut self) {
            self.0 += 1;
        }

        pub(in crate::lock) fn waited_long(self) -> bool {
            self.0 > 0
        }
    }

    struct Parked {
        key: usize,
        since: WaitStart,
        thread: thread::Thread,
        wake: Arc<AtomicU8>,
    }

    loom::lazy_static! {
        static ref TABLE: Mutex<Vec<Parked>> = Mutex::new(Vec::new());
    }

    fn table() -> MutexGuard<'static, Vec<Parked>> {
        TABLE.lock().unwrap_or_else(PoisonError::into_inner)
    }

    pub(in crate::lock) fn park(
        key: usize,
        since: WaitStart,
        validate: impl FnOnce() -> bool,
    ) -> Wake {
        let wake = Arc::new(AtomicU8::new(WAITING));
        {
            let mut table = table();
            if !validate() {
                return Wake::Invalid;
            }
            table.push(Parked {
                key,
                since,
                thread: thread::current(),
                wake: wake.clone(),
            });
        }
        loop {
            match wake.load(Ordering::Acquire) {
                WAITING => thread::park(),
                HANDED_OFF => return Wake::HandedOff,
                _ => return Wake::Woken,
            }
        }
    }

    pub(in crate::lock) fn unpark_one(
        key: usize,
        decide: impl FnOnce(Option<WaitStart>, bool) -> bool,
    ) {
        let mut table = table();
        let parked = table
            .iter()
            .position(|p| p.key == key)
            .map(|i| table.remove(i));
        let more = table.iter().any(|p| p.key == key);
        let handed_off = decide(parked.as_ref().map(|p| p.since), more);
        drop(table);
        if let Some(parked) = parked {
            let wake = if handed_off { HANDED_OFF } else { WOKEN };
            parked.wake.store(wake, Ordering::Release);
            parked.thread.unpark();
        }
    }
}
