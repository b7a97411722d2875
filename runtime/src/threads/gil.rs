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
    /// Threads inside `acquire`: a forced switch waits only if one exists.
    waiters: usize,
}

impl Gil {
    pub(crate) fn new(mode: GilMode) -> Self {
        Self {
            mode,
            state: Mutex::new(GilState {
                holder: None,
                switches: 0,
                waiters: 0,
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
        state.waiters += 1;
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
        state.waiters -= 1;
        state.holder = Some(Arc::clone(thread));
        state.switches += 1;
        // A request aimed at an earlier tenure of this thread is stale;
        // requests are only set under this mutex, so none is lost here.
        thread.eval_breaker().clear(Requests::GIL_DROP);
        self.taken.notify_all();
    }

    /// Releases the lock if `thread` holds it. If the release answers a drop
    /// request, waits until another thread has taken the lock (the one that
    /// asked is still in `acquire`: it only leaves by taking the lock).
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
            while state.switches == dropped_at && state.waiters > 0 {
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

#[cfg(all(test, not(loom)))]
mod tests {
    use std::sync::atomic::{AtomicBool, AtomicU64, Ordering::Relaxed};
    use std::sync::{Barrier, mpsc};
    use std::thread;
    use std::time::Instant;

    use super::*;
    use crate::threads::Threads;

    #[test]
    fn attached_threads_take_turns_and_never_overlap() {
        let threads = Threads::new(GilMode::Emulated);
        threads.set_switch_interval(Duration::from_millis(1));
        // Incremented by a load and a store: only the GIL keeps updates.
        let counter = AtomicU64::new(0);
        let inside = AtomicBool::new(false);
        let overlapped = AtomicBool::new(false);
        let timed_out = AtomicBool::new(false);
        let progress = [AtomicU64::new(0), AtomicU64::new(0)];
        let deadline = Instant::now() + Duration::from_secs(10);
        thread::scope(|scope| {
            for me in 0..2 {
                let (threads, counter, inside, progress) = (&threads, &counter, &inside, &progress);
                let (overlapped, timed_out) = (&overlapped, &timed_out);
                scope.spawn(move || {
                    let thread = threads.register();
                    thread.attach();
                    // Runs until it has seen the other thread progress, which
                    // only a switch-interval handoff allows: neither detaches.
                    while progress[1 - me].load(Relaxed) < 3 || progress[me].load(Relaxed) < 3 {
                        if inside.swap(true, Relaxed) {
                            overlapped.store(true, Relaxed);
                        }
                        counter.store(counter.load(Relaxed) + 1, Relaxed);
                        progress[me].fetch_add(1, Relaxed);
                        inside.store(false, Relaxed);
                        if Instant::now() > deadline {
                            timed_out.store(true, Relaxed);
                            break;
                        }
                        if !thread.state().eval_breaker().pending().is_empty() {
                            thread.safe_point();
                        }
                    }
                    thread.detach();
                });
            }
        });
        assert!(!timed_out.load(Relaxed), "the GIL was never handed over");
        assert!(
            !overlapped.load(Relaxed),
            "two threads were attached at once"
        );
        let total = progress[0].load(Relaxed) + progress[1].load(Relaxed);
        assert_eq!(counter.load(Relaxed), total);
    }

    #[test]
    fn detaching_releases_the_gil() {
        let threads = Threads::new(GilMode::Emulated);
        let (detached_tx, detached_rx) = mpsc::channel();
        let (wake_tx, wake_rx) = mpsc::channel();
        thread::scope(|scope| {
            let threads_ref = &threads;
            scope.spawn(move || {
                let thread = threads_ref.register();
                thread.attach();
                let woken = thread.detached(|| {
                    detached_tx.send(()).unwrap();
                    wake_rx.recv_timeout(Duration::from_secs(10))
                });
                assert!(thread.is_attached());
                assert!(woken.is_ok(), "the other thread could not attach");
            });
            scope.spawn(move || {
                let thread = threads_ref.register();
                detached_rx.recv().unwrap();
                thread.attach();
                wake_tx.send(()).unwrap();
            });
        });
    }

    #[test]
    fn free_threaded_threads_are_attached_together() {
        let threads = Threads::new(GilMode::FreeThreaded);
        assert!(!threads.gil_enabled());
        let both_attached = Barrier::new(2);
        thread::scope(|scope| {
            for _ in 0..2 {
                scope.spawn(|| {
                    let thread = threads.register();
                    thread.attach();
                    both_attached.wait();
                });
            }
        });
        assert!(Threads::new(GilMode::Emulated).gil_enabled());
    }

    #[test]
    fn switch_interval_defaults_to_five_milliseconds() {
        let threads = Threads::new(GilMode::Emulated);
        assert_eq!(threads.switch_interval(), DEFAULT_SWITCH_INTERVAL);
        threads.set_switch_interval(Duration::from_micros(250));
        assert_eq!(threads.switch_interval(), Duration::from_micros(250));
    }
}
