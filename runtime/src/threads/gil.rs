//! The GIL-emulation lock (`-X gil=1`, `PYTHON_GIL=1`): one lock held by
//! whichever thread is attached, as CPython's default build has.
//!
//! Handoff, as in CPython's ceval_gil.c: a thread waiting for the lock that
//! has seen the same holder for a whole switch interval sets the holder's
//! `GIL_DROP` request; the holder releases at its next safe point and then
//! waits until another thread has taken the lock, so it cannot win the race
//! for it straight back (CPython's FORCE_SWITCHING). Detaching releases the
//! lock too. Whether the GIL is on is fixed at start-up; off (the normal,
//! free-threaded mode), every call here returns at once.

use std::sync::PoisonError;
use std::time::Duration;

use super::eval_breaker::Requests;
use super::state::ThreadState;
use crate::sync::{Arc, AtomicU64, Condvar, Mutex, Ordering};

/// Whether the runtime emulates a global interpreter lock; chosen once at
/// start-up by the binary from `-X gil` / `PYTHON_GIL`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GilMode {
    /// No GIL: attached threads run Python in parallel (the default).
    FreeThreaded,
    /// At most one thread is attached at a time.
    Emulated,
}

/// CPython's default `sys.getswitchinterval()`.
pub const DEFAULT_SWITCH_INTERVAL: Duration = Duration::from_millis(5);

pub(crate) struct Gil {
    mode: GilMode,
    state: Mutex<GilState>,
    /// Signalled when the holder releases the lock.
    released: Condvar,
    /// Signalled when a thread takes the lock (ends a forced switch's wait).
    taken: Condvar,
    /// Microseconds, as CPython keeps it.
    interval_us: AtomicU64,
}

struct GilState {
    holder: Option<Arc<ThreadState>>,
    /// How many times the lock was taken: tells a waiter whether the holder
    /// it timed out on is still the same tenure, and a forced switch whether
    /// someone else has taken the lock since it dropped it.
    switches: u64,
}

impl Gil {
    pub(crate) fn new(mode: GilMode) -> Self {
        Self {
            mode,
            state: Mutex::new(GilState {
                holder: None,
                switches: 0,
            }),
            released: Condvar::new(),
            taken: Condvar::new(),
            interval_us: AtomicU64::new(micros(DEFAULT_SWITCH_INTERVAL)),
        }
    }

    pub(crate) fn enabled(&self) -> bool {
        self.mode == GilMode::Emulated
    }

    pub(crate) fn switch_interval(&self) -> Duration {
        Duration::from_micros(self.interval_us.load(Ordering::Relaxed))
    }

    /// Sets the interval (`sys.setswitchinterval`, which refuses values that
    /// are not positive). Zero means a waiter asks the holder to drop at
    /// once; the loom model uses it since loom's condvar never times out.
    pub(crate) fn set_switch_interval(&self, interval: Duration) {
        self.interval_us.store(micros(interval), Ordering::Relaxed);
    }

    /// Takes the lock for `thread`, asking the holder to drop it whenever a
    /// whole switch interval passes without a handoff.
    pub(crate) fn acquire(&self, thread: &Arc<ThreadState>) {
        if !self.enabled() {
            return;
        }
        let mut state = self.state.lock().unwrap_or_else(PoisonError::into_inner);
        while state.holder.is_some() {
            let seen = state.switches;
            let interval = self.switch_interval();
            if !interval.is_zero() {
                let (guard, wait) = self
                    .released
                    .wait_timeout(state, interval)
                    .unwrap_or_else(PoisonError::into_inner);
                state = guard;
                if !wait.timed_out() || state.switches != seen {
                    continue;
                }
            }
            // The same holder for a whole interval: ask it to drop the lock,
            // then wait for that release (every release wakes every waiter).
            if let Some(holder) = &state.holder {
                holder.eval_breaker().request(Requests::GIL_DROP);
                state = self
                    .released
                    .wait(state)
                    .unwrap_or_else(PoisonError::into_inner);
            }
        }
        state.holder = Some(Arc::clone(thread));
        state.switches += 1;
        // A request aimed at an earlier tenure of this thread is stale;
        // requests are only set under this mutex, so none is lost here.
        thread.eval_breaker().clear(Requests::GIL_DROP);
        self.taken.notify_all();
    }

    /// Releases the lock if `thread` holds it. If the release answers a drop
    /// request, waits until the requesting thread (still waiting in
    /// `acquire`, as it only leaves by taking the lock) has taken it.
    pub(crate) fn release(&self, thread: &Arc<ThreadState>) {
        if !self.enabled() {
            return;
        }
        let mut state = self.state.lock().unwrap_or_else(PoisonError::into_inner);
        if !state
            .holder
            .as_ref()
            .is_some_and(|holder| Arc::ptr_eq(holder, thread))
        {
            return;
        }
        state.holder = None;
        self.released.notify_all();
        if thread.eval_breaker().pending().contains(Requests::GIL_DROP) {
            let dropped_at = state.switches;
            while state.switches == dropped_at {
                state = self
                    .taken
                    .wait(state)
                    .unwrap_or_else(PoisonError::into_inner);
            }
        }
    }
}

fn micros(interval: Duration) -> u64 {
    u64::try_from(interval.as_micros()).unwrap_or(u64::MAX)
}
