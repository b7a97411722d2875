//! loom models of critical sections (`runtime::lock::critical_section`):
//! sections taken in opposite orders never deadlock (loom fails a model in
//! which every thread sleeps), a thread that suspends its sections while
//! blocked lets the other thread in, and every access to the protected data
//! happens under its object's mutex (it is a loom `UnsafeCell`, so loom fails
//! accesses the lock does not order).
#![cfg(loom)]

use loom::{
    cell::UnsafeCell,
    model::Builder,
    sync::{
        Arc,
        atomic::{AtomicBool, Ordering},
    },
    thread,
};
use runtime::lock::{RawMutex, critical_section};

/// An object: a mutex and a value only touched in a section holding it.
struct Object {
    mutex: RawMutex,
    value: UnsafeCell<i64>,
}

// SAFETY: `value` is only accessed through `add` and `get`, whose callers hold
// a section on `mutex` (or have joined every other thread).
unsafe impl Sync for Object {}

impl Object {
    fn new() -> Self {
        Self { mutex: RawMutex::new(), value: UnsafeCell::new(0) }
    }

    /// Caller is in a section holding `self.mutex`. (No `is_locked` check:
    /// loom may return a relaxed load older than the thread's own
    /// compare-and-swap, tokio-rs/loom#282; the cell's own race check is the
    /// test of exclusion.)
    fn add(&self, amount: i64) {
        // SAFETY: the caller's section holds the mutex.
        self.value.with_mut(|v| unsafe { *v += amount });
    }

    /// Caller is in a section holding `self.mutex`, or alone.
    fn get(&self) -> i64 {
        // SAFETY: as for `add`, or no other thread is left.
        self.value.with(|v| unsafe { *v })
    }
}

fn model(bound: usize, f: impl Fn() + Sync + Send + 'static) {
    let mut builder = Builder::new();
    builder.preemption_bound = Some(bound);
    builder.check(f);
}

/// Two objects shared by a spawned thread and the main thread.
fn pair() -> (Arc<Object>, Arc<Object>) {
    (Arc::new(Object::new()), Arc::new(Object::new()))
}

/// Both threads move 1 between the objects in a two-object section, taking
/// them in opposite argument orders: no deadlock, the sum stays 0, and each
/// section sees the pair unchanged between its read and its writes.
/// Bound: 3 preemptions.
#[test]
fn opposite_order_pairs() {
    model(3, || {
        let (x, y) = pair();
        let transfer = |from: &Object, to: &Object| {
            critical_section::with2(&from.mutex, &to.mutex, || {
                let before = from.get() + to.get();
                from.add(-1);
                to.add(1);
                assert_eq!(from.get() + to.get(), before);
            });
        };
        let other = {
            let (x, y) = (x.clone(), y.clone());
            thread::spawn(move || transfer(&x, &y))
        };
        transfer(&y, &x);
        other.join().unwrap();
        assert_eq!((x.get(), y.get()), (0, 0));
    });
}

/// Nested single-object sections in opposite orders, `with(x, with(y))`
/// against `with(y, with(x))` — a deadlock with plain mutexes. The thread
/// whose inner mutex is contended suspends its outer section while it waits,
/// and gets it back when the inner section ends. Bound: 3 preemptions.
#[test]
fn opposite_order_nesting() {
    model(3, || {
        let (x, y) = pair();
        let nest = |outer: &Object, inner: &Object| {
            critical_section::with(&outer.mutex, || {
                outer.add(1);
                critical_section::with(&inner.mutex, || inner.add(1));
                outer.add(1);
            });
        };
        let other = {
            let (x, y) = (x.clone(), y.clone());
            thread::spawn(move || nest(&x, &y))
        };
        nest(&y, &x);
        other.join().unwrap();
        assert_eq!((x.get(), y.get()), (3, 3));
    });
}

/// A thread blocked inside a section (here: waiting for the other thread,
/// as it would in a blocking call) has suspended its sections, so the other
/// thread can take the object; resuming retakes it. Without suspension this
/// model never finishes. Bound: 3 preemptions.
#[test]
fn suspended_section_lets_other_thread_in() {
    model(3, || {
        let object = Arc::new(Object::new());
        let other_done = Arc::new(AtomicBool::new(false));
        let other = {
            let (object, other_done) = (object.clone(), other_done.clone());
            thread::spawn(move || {
                critical_section::with(&object.mutex, || object.add(10));
                other_done.store(true, Ordering::Release);
            })
        };
        critical_section::with(&object.mutex, || {
            object.add(1);
            critical_section::suspend_all();
            while !other_done.load(Ordering::Acquire) {
                thread::yield_now();
            }
            critical_section::resume_top();
            assert_eq!(object.get(), 11);
            object.add(100);
        });
        other.join().unwrap();
        assert_eq!(object.get(), 111);
    });
}
