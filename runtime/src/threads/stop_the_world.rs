//! The registry of thread states and the stop-the-world handshake over it.
//!
//! The requester sets `stopping`, then scans every other thread under the
//! registry lock: a detached thread is moved to suspended (it is already at
//! a safe point and cannot attach until resumed), an attached one gets the
//! `STOP_THE_WORLD` request. It waits until a scan finds no attached thread;
//! threads that park or detach meanwhile wake it. Resuming moves every
//! suspended thread back to detached and wakes the ones waiting to attach.
//!
//! A plain detach stores its new state without the lock and only then reads
//! `stopping` (both SeqCst), while the requester sets `stopping` before
//! reading states: so either the requester's scan sees the thread detached
//! or the thread sees `stopping` and wakes the requester, which holds the
//! lock from its scan until it waits, so the wakeup cannot be lost.

use std::sync::PoisonError;

use super::eval_breaker::Requests;
use super::state::{Status, ThreadState};
use crate::sync::{Arc, AtomicBool, Condvar, Mutex, MutexGuard, Ordering};

pub(super) struct World {
    threads: Mutex<Vec<Arc<ThreadState>>>,
    /// Written only under `threads`' lock; read without it by detaching threads.
    stopping: AtomicBool,
    /// Signalled when a thread parks or detaches while the world is stopping.
    parked: Condvar,
    /// Signalled when the world resumes.
    resumed: Condvar,
}

impl World {
    pub(super) fn new() -> Self {
        Self {
            threads: Mutex::new(Vec::new()),
            stopping: AtomicBool::new(false),
            parked: Condvar::new(),
            resumed: Condvar::new(),
        }
    }

    fn lock(&self) -> MutexGuard<'_, Vec<Arc<ThreadState>>> {
        self.threads.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Adds a detached thread (waiting while the world is stopped).
    pub(super) fn register(&self, thread: Arc<ThreadState>) {
        self.lock().push(thread);
    }

    /// Removes a detached thread (waiting while the world is stopped).
    pub(super) fn unregister(&self, thread: &Arc<ThreadState>) {
        self.lock().retain(|other| !Arc::ptr_eq(other, thread));
    }

    /// Leaves the attached state. At a safe point during a stop, goes
    /// straight to suspended: were it to pass through detached, it could
    /// attach again before the requester's next scan and never park.
    pub(super) fn detach(&self, thread: &ThreadState, at_safe_point: bool) {
        if at_safe_point && self.stopping.load(Ordering::SeqCst) {
            let _threads = self.lock();
            if self.stopping.load(Ordering::SeqCst) {
                thread.set_status(Status::Suspended);
                self.parked.notify_all();
                return;
            }
        }
        thread.set_status(Status::Detached);
        if self.stopping.load(Ordering::SeqCst) {
            let _threads = self.lock();
            self.parked.notify_all();
        }
    }

    /// Enters the attached state, first waiting while suspended.
    pub(super) fn attach(&self, thread: &ThreadState) {
        if thread
            .change_status(Status::Detached, Status::Attached)
            .is_ok()
        {
            return;
        }
        // Suspended: only the requester changes that, under the lock.
        let mut threads = self.lock();
        while thread.status() == Status::Suspended {
            threads = self
                .resumed
                .wait(threads)
                .unwrap_or_else(PoisonError::into_inner);
        }
        thread.set_status(Status::Attached);
    }

    /// Stops the world for `requester`, or returns `None` at once if another
    /// thread is stopping it (the caller then parks and retries).
    pub(super) fn try_stop<'a>(
        &'a self,
        requester: &'a Arc<ThreadState>,
    ) -> Option<StopTheWorld<'a>> {
        let mut threads = self.lock();
        if self.stopping.load(Ordering::SeqCst) {
            return None;
        }
        self.stopping.store(true, Ordering::SeqCst);
        loop {
            let mut running = false;
            for thread in others(&threads, requester) {
                match thread.change_status(Status::Detached, Status::Suspended) {
                    Ok(()) | Err(Status::Suspended) => {}
                    Err(_) => {
                        thread.eval_breaker().request(Requests::STOP_THE_WORLD);
                        running = true;
                    }
                }
            }
            if !running {
                return Some(StopTheWorld {
                    world: self,
                    threads,
                    requester,
                });
            }
            threads = self
                .parked
                .wait(threads)
                .unwrap_or_else(PoisonError::into_inner);
        }
    }
}

fn others<'a>(
    threads: &'a [Arc<ThreadState>],
    requester: &'a Arc<ThreadState>,
) -> impl Iterator<Item = &'a Arc<ThreadState>> {
    threads
        .iter()
        .filter(move |thread| !Arc::ptr_eq(thread, requester))
}

/// The world, stopped: every other registered thread is suspended and the
/// set of threads cannot change. Dropping it resumes them.
pub struct StopTheWorld<'a> {
    world: &'a World,
    threads: MutexGuard<'a, Vec<Arc<ThreadState>>>,
    requester: &'a Arc<ThreadState>,
}

impl StopTheWorld<'_> {
    /// Every registered thread, the requester included (for the GC's walk
    /// of thread stacks and queues).
    pub fn threads(&self) -> &[Arc<ThreadState>] {
        &self.threads
    }
}

impl Drop for StopTheWorld<'_> {
    fn drop(&mut self) {
        self.world.stopping.store(false, Ordering::SeqCst);
        for thread in others(&self.threads, self.requester) {
            // Cleared before the thread can run again: it only runs after
            // reading its new state below.
            thread.eval_breaker().clear(Requests::STOP_THE_WORLD);
            if thread.status() == Status::Suspended {
                thread.set_status(Status::Detached);
            }
        }
        self.world.resumed.notify_all();
    }
}

#[cfg(all(test, not(loom)))]
mod tests {
    use std::sync::atomic::{AtomicBool, AtomicU64, Ordering::Relaxed};
    use std::sync::mpsc;
    use std::thread;
    use std::time::{Duration, Instant};

    use crate::threads::{GilMode, Threads};

    fn wait_until(condition: impl Fn() -> bool) {
        let deadline = Instant::now() + Duration::from_secs(10);
        while !condition() {
            assert!(Instant::now() < deadline, "timed out");
            thread::sleep(Duration::from_millis(1));
        }
    }

    #[test]
    fn parks_attached_threads_and_keeps_detached_ones_detached() {
        let threads = Threads::new(GilMode::FreeThreaded);
        let spins = AtomicU64::new(0);
        let done = AtomicBool::new(false);
        let blocked = AtomicBool::new(false);
        let reattached = AtomicBool::new(false);
        let (wake_tx, wake_rx) = mpsc::channel::<()>();
        thread::scope(|scope| {
            scope.spawn(|| {
                let thread = threads.register();
                thread.attach();
                while !done.load(Relaxed) {
                    spins.fetch_add(1, Relaxed);
                    if !thread.state().eval_breaker().pending().is_empty() {
                        thread.safe_point();
                    }
                }
            });
            let (threads_ref, blocked_ref, reattached_ref) = (&threads, &blocked, &reattached);
            scope.spawn(move || {
                let thread = threads_ref.register();
                thread.attach();
                thread.detached(|| {
                    blocked_ref.store(true, Relaxed);
                    wake_rx.recv().unwrap();
                });
                reattached_ref.store(true, Relaxed);
            });
            wait_until(|| spins.load(Relaxed) > 0 && blocked.load(Relaxed));
            let mut me = threads.register();
            {
                let world = me.stop_the_world();
                assert_eq!(world.threads().len(), 3);
                assert_eq!(
                    world.threads().iter().filter(|t| t.is_attached()).count(),
                    1
                );
                let before = spins.load(Relaxed);
                wake_tx.send(()).unwrap();
                thread::sleep(Duration::from_millis(20));
                assert_eq!(spins.load(Relaxed), before, "a thread ran while stopped");
                assert!(!reattached.load(Relaxed), "a thread attached while stopped");
            }
            wait_until(|| reattached.load(Relaxed));
            let resumed_at = spins.load(Relaxed);
            wait_until(|| spins.load(Relaxed) > resumed_at);
            done.store(true, Relaxed);
        });
    }

    #[test]
    fn concurrent_requesters_take_turns() {
        let threads = Threads::new(GilMode::FreeThreaded);
        // Incremented by a load and a store: only stop-the-world keeps updates.
        let counter = AtomicU64::new(0);
        thread::scope(|scope| {
            for _ in 0..2 {
                scope.spawn(|| {
                    let mut thread = threads.register();
                    for _ in 0..200 {
                        let _world = thread.stop_the_world();
                        counter.store(counter.load(Relaxed) + 1, Relaxed);
                    }
                });
            }
        });
        assert_eq!(counter.load(Relaxed), 400);
    }
}
