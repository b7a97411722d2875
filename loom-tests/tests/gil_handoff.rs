//! The GIL handoff and the stop-the-world handshake (runtime/src/threads/),
//! checked on the production code.
//!
//! Attached threads write to cells only their exclusion orders; loom fails
//! on any two accesses that no lock or atomic orders (mutual exclusion), on
//! any execution where every thread is blocked (lost wakeups, a dropping
//! thread waiting for a switch that cannot come), and the models assert what
//! each protocol promises. The switch interval is zero, so a waiter asks the
//! holder to drop at once: loom's condvar never times out, and this way the
//! drop-request path is in every execution where the threads contend.
#![cfg(loom)]

use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};
use std::time::Duration;

use loom::cell::UnsafeCell;
use loom::model::Builder;
use loom::sync::Arc;
use loom::thread;
use runtime::threads::{DetachHook, GilMode, Requests, ThreadHandle, Threads};

/// A value only attached threads (or a stopped world) may touch.
struct Guarded<T>(UnsafeCell<T>);

// SAFETY: every access goes through `with`, which loom checks: two accesses
// from different threads not ordered by happens-before fail the model.
unsafe impl<T> Sync for Guarded<T> {}

impl<T> Guarded<T> {
    fn new(value: T) -> Self {
        Self(UnsafeCell::new(value))
    }

    fn with<R>(&self, f: impl FnOnce(&mut T) -> R) -> R {
        // SAFETY: see the `Sync` impl: loom reports unordered accesses.
        self.0.with_mut(|value| f(unsafe { &mut *value }))
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Event {
    Attach(usize),
    Work(usize),
    /// `forced`: the thread was asked to drop the GIL.
    Detach(usize, bool),
}

/// Logs each transition of thread `me`: the hooks run attached, so the log
/// is in GIL order.
struct Recorder {
    me: usize,
    log: Arc<Guarded<Vec<Event>>>,
}

impl DetachHook for Recorder {
    fn before_detach(&self, thread: &ThreadHandle) {
        let pending = thread.state().eval_breaker().pending();
        let forced = pending.contains(Requests::GIL_DROP);
        self.log
            .with(|log| log.push(Event::Detach(self.me, forced)));
    }

    fn after_attach(&self, _: &ThreadHandle) {
        self.log.with(|log| log.push(Event::Attach(self.me)));
    }
}

const ROUNDS: usize = 3;
/// Preemption bounds: each model runs in seconds in release mode.
const GIL_PREEMPTIONS: usize = 5;
const STW_PREEMPTIONS: usize = 4;

/// Drops on request seen, over all executions.
static FORCED: AtomicUsize = AtomicUsize::new(0);

/// The eval loop of thread `me`: attach, work and poll `ROUNDS` times, detach.
fn run(threads: &Threads, me: usize, log: &Arc<Guarded<Vec<Event>>>) {
    let mut thread = threads.register();
    thread.add_hook(Box::new(Recorder {
        me,
        log: Arc::clone(log),
    }));
    thread.attach();
    for _ in 0..ROUNDS {
        log.with(|log| log.push(Event::Work(me)));
        thread.safe_point();
    }
    thread.detach();
}

fn builder(preemption_bound: usize) -> Builder {
    let mut builder = Builder::new();
    builder.preemption_bound = Some(preemption_bound);
    builder
}

/// Two threads contend for the GIL: they never run together, both finish,
/// and a thread that dropped on request is followed by the other.
#[test]
fn gil_handoff() {
    builder(GIL_PREEMPTIONS).check(|| {
        let threads = Threads::new(GilMode::Emulated);
        threads.set_switch_interval(Duration::ZERO);
        let log = Arc::new(Guarded::new(Vec::new()));
        let other = {
            let (threads, log) = (threads.clone(), Arc::clone(&log));
            thread::spawn(move || run(&threads, 1, &log))
        };
        run(&threads, 0, &log);
        other.join().unwrap();

        let log = log.with(|log| log.clone());
        for me in 0..2 {
            let work = log.iter().filter(|&&e| e == Event::Work(me)).count();
            assert_eq!(work, ROUNDS, "thread {me} did not finish: {log:?}");
        }
        for (at, event) in log.iter().enumerate() {
            if let Event::Detach(me, true) = *event {
                FORCED.fetch_add(1, Relaxed);
                let next = log[at..].iter().find(|e| matches!(e, Event::Attach(_)));
                assert!(
                    next.is_some_and(|&next| next != Event::Attach(me)),
                    "thread {me} took the GIL back after a drop request: {log:?}"
                );
            }
        }
    });
    assert!(FORCED.load(Relaxed) > 0, "no execution dropped on request");
}

/// A stop-the-world parks a thread running Python and keeps a detached one
/// from attaching: the requester's work overlaps neither thread's (each has
/// its own cell, as attached threads run together), and both run to the
/// end once the world resumes.
#[test]
fn stop_the_world() {
    builder(STW_PREEMPTIONS).check(|| {
        let threads = Threads::new(GilMode::FreeThreaded);
        let spawn = |polls: bool| {
            let threads = threads.clone();
            let cell = Arc::new(Guarded::new(0));
            let worker = {
                let cell = Arc::clone(&cell);
                thread::spawn(move || {
                    let thread = threads.register();
                    thread.attach();
                    cell.with(|n| *n += 1);
                    if polls {
                        thread.safe_point();
                        cell.with(|n| *n += 1);
                    }
                })
            };
            (worker, cell)
        };
        let (running, attaching) = (spawn(true), spawn(false));
        let mut me = threads.register();
        {
            let world = me.stop_the_world();
            let attached = world.threads().iter().filter(|t| t.is_attached()).count();
            assert_eq!(attached, 1, "only the requester runs");
            running.1.with(|n| *n += 10);
            attaching.1.with(|n| *n += 10);
        }
        running.0.join().unwrap();
        attaching.0.join().unwrap();
        assert_eq!(running.1.with(|n| *n), 12);
        assert_eq!(attaching.1.with(|n| *n), 11);
    });
}

/// Two threads stop the world at once: one parks while the other's stop
/// lasts, then takes its turn.
#[test]
fn concurrent_stop_the_world() {
    builder(STW_PREEMPTIONS).check(|| {
        let threads = Threads::new(GilMode::FreeThreaded);
        let shared = Arc::new(Guarded::new(0));
        let stop = {
            let (threads, shared) = (threads.clone(), Arc::clone(&shared));
            move || {
                let mut thread = threads.register();
                let _world = thread.stop_the_world();
                shared.with(|n| *n += 1);
            }
        };
        let other = thread::spawn(stop.clone());
        stop();
        other.join().unwrap();
        assert_eq!(shared.with(|n| *n), 2);
    });
}
