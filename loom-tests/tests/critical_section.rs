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
        Self {
            mutex: RawMutex::new(),
            value: UnsafeCell::new(0),
        }
    }

    /// Caller is in a section holding `self.mutex`.
    fn add(&self, amount: i64) {
        assert!(self.mutex.is_locked());
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

/// Two objects shared by a spawned thread and the main thread, in one
/// allocation: sections order mutexes by address, and a model must be
/// deterministic, so the first object always has the lower address.
fn pair() -> Arc<[Object; 2]> {
    Arc::new([Object::new(), Object::new()])
}

/// Both threads move 1 between the objects in a two-object section, taking
/// them in opposite argument orders: no deadlock, the sum stays 0, and each
/// section sees the pair unchanged between its read and its writes.
/// Bound: 4 preemptions.
#[test]
fn opposite_order_pairs() {
    model(4, || {
        let objects = pair();
        let [x, y] = &*objects;
        let transfer = |from: &Object, to: &Object| {
            critical_section::with2(&from.mutex, &to.mutex, || {
                let before = from.get() + to.get();
                from.add(-1);
                to.add(1);
                assert_eq!(from.get() + to.get(), before);
            });
        };
        let other = {
            let objects = objects.clone();
            thread::spawn(move || {
                let [x, y] = &*objects;
                transfer(x, y);
            })
        };
        transfer(y, x);
        other.join().unwrap();
        assert_eq!((x.get(), y.get()), (0, 0));
    });
}

/// Nested single-object sections in opposite orders, `with(x, with(y))`
/// against `with(y, with(x))` — a deadlock with plain mutexes. The thread
/// whose inner mutex is contended suspends its outer section while it waits,
/// and gets it back when the inner section ends. Bound: 4 preemptions.
#[test]
fn opposite_order_nesting() {
    model(4, || {
        let objects = pair();
        let [x, y] = &*objects;
        let nest = |outer: &Object, inner: &Object| {
            critical_section::with(&outer.mutex, || {
                outer.add(1);
                critical_section::with(&inner.mutex, || inner.add(1));
                outer.add(1);
            });
        };
        let other = {
            let objects = objects.clone();
            thread::spawn(move || {
                let [x, y] = &*objects;
                nest(x, y);
            })
        };
        nest(y, x);
        other.join().unwrap();
        assert_eq!((x.get(), y.get()), (3, 3));
    });
}

/// A thread blocked inside a section (here: waiting for the other thread,
/// as it would in a blocking call) has suspended its sections, so the other
/// thread can take the object; resuming retakes it. Without suspension this
/// model never finishes. Bound: 4 preemptions.
#[test]
fn suspended_section_lets_other_thread_in() {
    model(4, || {
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
            // SAFETY: `object` is not touched until `resume_top`.
            unsafe { critical_section::suspend_all() };
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

/// A two-object section nested in a section on its first (lower-address)
/// object: the thread finds its own mutex locked, suspends the outer section to take it
/// (waking nobody or the other thread), and resumes the outer section when
/// the inner one ends; the other thread takes the pair meanwhile.
/// Bound: 4 preemptions.
#[test]
fn pair_nested_in_own_object() {
    model(4, || {
        let objects = pair();
        let [x, y] = &*objects;
        let other = {
            let objects = objects.clone();
            thread::spawn(move || {
                let [x, y] = &*objects;
                critical_section::with2(&y.mutex, &x.mutex, || {
                    x.add(10);
                    y.add(10);
                });
            })
        };
        critical_section::with(&x.mutex, || {
            x.add(1);
            critical_section::with2(&x.mutex, &y.mutex, || {
                x.add(1);
                y.add(1);
            });
            x.add(1);
        });
        other.join().unwrap();
        assert_eq!((x.get(), y.get()), (13, 11));
    });
}
