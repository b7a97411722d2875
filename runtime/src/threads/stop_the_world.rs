//! The registry of thread states and the stop-the-world handshake over it.
//!
//! Each handshake step is one read-modify-write of the target thread's
//! status word, so the thread and the requester always agree on who moved
//! first. Under the registry lock, the requester marks itself as stopping
//! and scans every other thread: a detached one it moves to suspended (it is
//! at a safe point already and cannot attach until resumed), an attached one
//! to stop-requested, with the `STOP_THE_WORLD` request in its eval breaker.
//! It waits until a scan finds no thread attached. A stop-requested thread
//! that detaches, or parks at a safe point (stop-requested to suspended),
//! sees the mark in the value its RMW replaced and wakes the requester,
//! which holds the lock from its scan until it waits: no wakeup is lost.
//! Resuming moves every suspended thread back to detached and wakes the
//! ones waiting to attach.

use std::sync::PoisonError;

use super::eval_breaker::Requests;
use super::state::{Status, ThreadState};
use crate::sync::{Arc, Condvar, Mutex, MutexGuard};

pub(super) struct World {
    registry: Mutex<Registry>,
    /// Signalled when a stop-requested thread parks or detaches.
    parked: Condvar,
    /// Signalled when the world resumes.
    resumed: Condvar,
}

struct Registry {
    threads: Vec<Arc<ThreadState>>,
    /// A stop-the-world is under way (serializes requesters).
    stopping: bool,
}

impl World {
    pub(super) fn new() -> Self {
        Self {
            registry: Mutex::new(Registry {
                threads: Vec::new(),
                stopping: false,
            }),
            parked: Condvar::new(),
            resumed: Condvar::new(),
        }
    }

    fn lock(&self) -> MutexGuard<'_, Registry> {
        self.registry.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Adds a detached thread (waiting while the world is stopped).
    pub(super) fn register(&self, thread: Arc<ThreadState>) {
        self.lock().threads.push(thread);
    }

    /// Removes a detached thread (waiting while the world is stopped).
    pub(super) fn unregister(&self, thread: &Arc<ThreadState>) {
        self.lock()
            .threads
            .retain(|other| !Arc::ptr_eq(other, thread));
    }

    /// Leaves the attached state. At a safe point during a stop, goes
    /// straight to suspended: were it to pass through detached, it could
    /// attach again before the requester's next scan and never park.
    pub(super) fn detach(&self, thread: &ThreadState, at_safe_point: bool) {
        let parked = at_safe_point
            && thread
                .change_status(Status::StopRequested, Status::Suspended)
                .is_ok();
        if parked || thread.swap_status(Status::Detached) == Status::StopRequested {
            let _registry = self.lock();
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
        let mut registry = self.lock();
        while thread.status() == Status::Suspended {
            registry = self
                .resumed
                .wait(registry)
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
        let mut registry = self.lock();
        if registry.stopping {
            return None;
        }
        registry.stopping = true;
        loop {
            let mut running = false;
            for thread in others(&registry.threads, requester) {
                running |= stop(thread);
            }
            if !running {
                return Some(StopTheWorld {
                    world: self,
                    registry,
                    requester,
                });
            }
            registry = self
                .parked
                .wait(registry)
                .unwrap_or_else(PoisonError::into_inner);
        }
    }
}

/// Suspends `thread` if detached, else asks it to park; true if it still
/// runs. Retries only when the thread itself changed state meanwhile.
fn stop(thread: &ThreadState) -> bool {
    loop {
        let (from, to) = match thread.status() {
            Status::Suspended => return false,
            Status::StopRequested => return true,
            Status::Detached => (Status::Detached, Status::Suspended),
            Status::Attached => (Status::Attached, Status::StopRequested),
        };
        if thread.change_status(from, to).is_ok() {
            if to == Status::StopRequested {
                thread.eval_breaker().request(Requests::STOP_THE_WORLD);
            }
            return to == Status::StopRequested;
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
    registry: MutexGuard<'a, Registry>,
    requester: &'a Arc<ThreadState>,
}

impl StopTheWorld<'_> {
    /// Every registered thread, the requester included (for the GC's walk
    /// of thread stacks and queues).
    pub fn threads(&self) -> &[Arc<ThreadState>] {
        &self.registry.threads
    }
}

impl Drop for StopTheWorld<'_> {
    fn drop(&mut self) {
        self.registry.stopping = false;
        // Every other thread is suspended. Its request is cleared before it
        // can run again: it only runs after reading its new state.
        for thread in others(&self.registry.threads, self.requester) {
            thread.eval_breaker().clear(Requests::STOP_THE_WORLD);
            thread.set_status(Status::Detached);
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
