//! loom models of the object mutex (`runtime::lock::RawMutex`): mutual
//! exclusion, and no lost wake-up — every `lock` returns, so an unlock that
//! finds sleepers always wakes one (loom reports a deadlock if all threads
//! sleep). The protected value is a loom `UnsafeCell`, so loom also fails any
//! access not ordered after the previous holder's by the lock.
//!
//! Under loom a sleeper that was already woken once without the lock counts
//! as having waited long, so models with a re-locking thread cover both the
//! barging wake-up and the direct hand-off.
#![cfg(loom)]

use loom::{cell::UnsafeCell, model::Builder, sync::Arc, thread};
use runtime::lock::RawMutex;

/// A counter only touched under its mutex.
struct Counter {
    mutex: RawMutex,
    value: UnsafeCell<usize>,
}

// SAFETY: `value` is only accessed in `increment`, under `mutex`.
unsafe impl Sync for Counter {}

impl Counter {
    fn new() -> Arc<Self> {
        Arc::new(Self {
            mutex: RawMutex::new(),
            value: UnsafeCell::new(0),
        })
    }

    fn increment(&self) {
        self.mutex.lock();
        // SAFETY: the mutex is held, so no other thread accesses `value`.
        self.value.with_mut(|v| unsafe { *v += 1 });
        // SAFETY: locked above, on this thread.
        unsafe { self.mutex.unlock() };
    }

    fn total(&self) -> usize {
        assert!(!self.mutex.is_locked());
        // SAFETY: every other thread was joined; nobody holds the mutex.
        self.value.with(|v| unsafe { *v })
    }
}

/// Each spawned thread runs `rounds[i]` increments, the main thread
/// `main_rounds`; the total must be their sum.
fn check(bound: usize, rounds: &'static [usize], main_rounds: usize) {
    let mut builder = Builder::new();
    builder.preemption_bound = Some(bound);
    builder.check(move || {
        let counter = Counter::new();
        let threads: Vec<_> = rounds
            .iter()
            .map(|&n| {
                let counter = counter.clone();
                thread::spawn(move || (0..n).for_each(|_| counter.increment()))
            })
            .collect();
        (0..main_rounds).for_each(|_| counter.increment());
        threads.into_iter().for_each(|t| t.join().unwrap());
        assert_eq!(counter.total(), rounds.iter().sum::<usize>() + main_rounds);
    });
}

/// Two threads, one lock each: the holder's unlock finds the other asleep or
/// about to sleep. Bound: 3 preemptions (exhaustive for this model).
#[test]
fn two_threads_exclude() {
    check(3, &[1], 1);
}

/// One thread locks three times while the other waits: the waiter is woken
/// without the lock, loses it to the re-locking thread, sleeps again and is
/// handed the lock on the next unlock, which must keep the byte locked.
/// Bound: 4 preemptions.
#[test]
fn relocking_thread_hands_off() {
    check(4, &[3], 1);
}

/// Three threads, four locks: an unlock with two sleepers wakes one and
/// leaves `PARKED` set for the other. Bound: 3 preemptions.
#[test]
fn three_threads_exclude() {
    check(3, &[2, 1], 1);
}
