//! loom model of biased reference counting (`runtime::object::refcount` and
//! `runtime::threads::brc`), run against the production code.
//!
//! Each model runs an owner thread and one or two non-owners that clone,
//! read and drop references: non-owners take the shared count below zero and
//! queue the object, the owner merges at safe points or when it exits, and the
//! owner's local count reaches zero before or after the non-owners' drops. It
//! checks that the object is
//! - freed exactly once, and not leaked: the payload's drop counter is 1 once
//!   every reference is gone and the owner has merged (or exited);
//! - never freed while a reference is in use: every holder loads the payload's
//!   `alive` atomic before dropping its reference, and the payload's drop
//!   writes it through `with_mut`, which loom reports as a causality
//!   violation unless it happens after every such load.
//!
//! Bounds: at most 3 preemptions per execution (`PREEMPTIONS`; about 3 s for
//! all models, 4 takes about 25 s; `LOOM_MAX_PREEMPTIONS` overrides it), at
//! most 3 model threads besides the main thread.
//!
//! Each model thread ends with `brc::leave()`, as the thread-state teardown
//! will: loom's `join` returns before the joined thread's thread-locals are
//! destroyed, so the registration's destructor would leave too late. The main
//! thread only spawns and joins: loom drops lazy statics (the brc registry)
//! before the main thread's thread-locals.

#![cfg(loom)]

use loom::sync::Arc;
use loom::sync::atomic::{AtomicUsize, Ordering::Relaxed, Ordering::SeqCst};
use loom::sync::mpsc;
use loom::thread::{self, JoinHandle};
use runtime::object::PyRef;
use runtime::threads::brc;
use runtime::types::{Slots, Type};

const PREEMPTIONS: usize = 3;

/// A payload whose use and drop loom checks, holding another object or not.
struct Probe {
    alive: AtomicUsize,
    drops: Arc<AtomicUsize>,
    _child: Option<PyRef>,
}

impl Drop for Probe {
    fn drop(&mut self) {
        self.alive.with_mut(|alive| *alive = 0);
        self.drops.fetch_add(1, SeqCst);
    }
}

static PROBE: Type = Type::builtin::<Probe>("probe", None, 0, Slots::NONE);

fn probe() -> (PyRef, Arc<AtomicUsize>) {
    let drops = Arc::new(AtomicUsize::new(0));
    (probe_holding(None, &drops), drops)
}

fn probe_holding(child: Option<PyRef>, drops: &Arc<AtomicUsize>) -> PyRef {
    let payload = Probe {
        alive: AtomicUsize::new(1),
        drops: drops.clone(),
        _child: child,
    };
    PyRef::new(payload, &PROBE)
}

/// Reads the object through `obj`, then gives the reference up.
fn use_and_drop(obj: PyRef) {
    let probe = obj.payload::<Probe>().expect("a probe object");
    assert_eq!(probe.alive.load(Relaxed), 1, "object used after its drop");
    drop(obj);
}

/// Spawns a model thread, which leaves biased counting when `body` is done.
fn spawn<T: 'static>(body: impl FnOnce() -> T + Send + 'static) -> JoinHandle<T> {
    thread::spawn(|| {
        let result = body();
        brc::leave();
        result
    })
}

fn check(model: impl Fn() + Sync + Send + 'static) {
    let mut builder = loom::model::Builder::new();
    builder.preemption_bound.get_or_insert(PREEMPTIONS);
    builder.check(model);
}

/// Two non-owners drop references the owner made: the first queues the
/// object, the second takes the queued shared count negative. The owner
/// merges once while they run and once after.
#[test]
fn non_owners_queue_and_owner_merges() {
    check(|| {
        spawn(|| {
            let (obj, drops) = probe();
            let first = obj.clone();
            let second = obj.clone();
            let a = spawn(move || {
                let shared = first.clone();
                use_and_drop(shared);
                use_and_drop(first);
            });
            let b = spawn(move || use_and_drop(second));
            use_and_drop(obj);
            brc::merge_pending();
            a.join().unwrap();
            b.join().unwrap();
            brc::merge_pending();
            assert_eq!(drops.load(SeqCst), 1);
        })
        .join()
        .unwrap();
    });
}

/// The owner's local count reaches zero while a non-owner still holds a
/// shared reference, or after it dropped it: the owner frees the object, or
/// hands the count to the shared side and the non-owner frees it.
#[test]
fn owner_local_zero_races_non_owner_drop() {
    check(|| {
        spawn(|| {
            let (obj, drops) = probe();
            let given = obj.clone();
            let (send_back, receive) = mpsc::channel();
            let other = spawn(move || {
                let shared = given.clone();
                send_back.send(given).unwrap();
                use_and_drop(shared);
            });
            use_and_drop(obj);
            use_and_drop(receive.recv().unwrap());
            other.join().unwrap();
            assert_eq!(drops.load(SeqCst), 1);
        })
        .join()
        .unwrap();
    });
}

/// The owner exits while a non-owner queues its object: the exiting owner
/// merges it, or the non-owner finds the owner gone and merges it itself.
#[test]
fn owner_exit_races_queueing() {
    check(|| {
        let owner = spawn(|| {
            let (obj, drops) = probe();
            let given = obj.clone();
            let other = spawn(move || use_and_drop(given));
            use_and_drop(obj);
            (other, drops)
        });
        let (other, drops) = owner.join().unwrap();
        other.join().unwrap();
        assert_eq!(drops.load(SeqCst), 1);
    });
}

/// As above, but the object holds the owner's reference to a second object,
/// and the non-owner holds another reference to that one: freeing the first
/// (in the owner's exit merge, or in the non-owner's own merge once the
/// owner has left) drops the second's reference as a non-owner while the
/// non-owner may be queueing or merging the second itself.
#[test]
fn owner_exit_races_cascading_free() {
    check(|| {
        let owner = spawn(|| {
            let (child, drops) = probe();
            let child_given = child.clone();
            let obj = probe_holding(Some(child), &drops);
            let given = obj.clone();
            let other = spawn(move || {
                use_and_drop(given);
                use_and_drop(child_given);
            });
            use_and_drop(obj);
            (other, drops)
        });
        let (other, drops) = owner.join().unwrap();
        other.join().unwrap();
        assert_eq!(drops.load(SeqCst), 2);
    });
}
