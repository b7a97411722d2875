//! Biased reference counting on one and several threads
//! (objects made on one thread and dropped on others, frees counted).

use super::PyRef;
use super::header::{IMMORTAL, NO_OWNER, SHARED_ONE, STATE_MERGED, STATE_QUEUED};
use crate::sync::Ordering::{Relaxed, SeqCst};
use crate::sync::{Arc, AtomicUsize, thread};
use crate::threads::brc;
use crate::types::{Slots, Type};
use std::sync::{Barrier, mpsc};

/// A payload that counts its drops.
struct Counted(Arc<AtomicUsize>);

impl Drop for Counted {
    fn drop(&mut self) {
        self.0.fetch_add(1, SeqCst);
    }
}

static COUNTED: Type = Type::builtin::<Counted>("counted", None, 0, Slots::NONE);
static TEXT: Type = Type::builtin::<String>("text", None, 0, Slots::NONE);

fn counted() -> (PyRef, Arc<AtomicUsize>) {
    let drops = Arc::new(AtomicUsize::new(0));
    (PyRef::new(Counted(drops.clone()), &COUNTED), drops)
}

fn counts(obj: &PyRef) -> (usize, u32, isize) {
    let header = obj.header();
    (
        header.tid.load(Relaxed),
        header.ref_local.load(Relaxed),
        header.ref_shared.load(Relaxed),
    )
}

fn my_id() -> usize {
    brc::current_thread_id().expect("a running test thread is registered")
}

#[test]
fn owner_counts_locally() {
    let (obj, drops) = counted();
    assert_eq!(counts(&obj), (my_id(), 1, 0));
    let other = obj.clone();
    assert!(PyRef::ptr_eq(&obj, &other));
    assert_eq!(counts(&obj), (my_id(), 2, 0));
    drop(other);
    assert_eq!(counts(&obj), (my_id(), 1, 0));
    drop(obj);
    assert_eq!(drops.load(SeqCst), 1);
}

#[test]
fn payload_is_typed() {
    let obj = PyRef::new(String::from("spam"), &TEXT);
    assert_eq!(obj.payload::<String>().map(String::as_str), Some("spam"));
    assert!(obj.payload::<Counted>().is_none());
    assert_eq!(obj.type_of().name(), "text");
    assert!(format!("{obj:?}").starts_with("<text object at 0x"));
}

#[test]
#[should_panic(expected = "was made for another payload")]
fn descriptor_must_match_payload() {
    PyRef::new(1u8, &TEXT);
}

#[test]
fn immortal_objects_are_never_counted() {
    super::ebr::share_objects();
    let drops = Arc::new(AtomicUsize::new(0));
    let obj = PyRef::immortal(Counted(drops.clone()), &COUNTED);
    assert!(obj.is_immortal());
    let before = counts(&obj);
    assert_eq!(before, (NO_OWNER, IMMORTAL, 0));
    thread::scope(|s| {
        s.spawn(|| drop(obj.clone()));
        drop(obj.clone());
    });
    assert_eq!(counts(&obj), before);
    drop(obj);
    assert_eq!(drops.load(SeqCst), 0);
}

#[test]
fn non_owner_counts_in_shared() {
    super::ebr::share_objects();
    let (obj, drops) = counted();
    thread::scope(|s| {
        s.spawn(|| {
            let mine = obj.clone();
            assert_eq!(counts(&obj), (owner_of(&obj), 1, SHARED_ONE));
            drop(mine);
        });
    });
    assert_eq!(counts(&obj), (my_id(), 1, 0));
    drop(obj);
    assert_eq!(drops.load(SeqCst), 1);
}

fn owner_of(obj: &PyRef) -> usize {
    obj.header().tid.load(Relaxed)
}

#[test]
fn non_owner_drop_queues_until_owner_merges() {
    super::ebr::share_objects();
    let (obj, drops) = counted();
    let given = obj.clone();
    thread::spawn(move || drop(given)).join().unwrap();
    // The other thread's reference now belongs to this thread's queue.
    assert_eq!(counts(&obj), (my_id(), 2, STATE_QUEUED));
    brc::merge_pending();
    assert_eq!(counts(&obj), (NO_OWNER, 0, SHARED_ONE | STATE_MERGED));
    assert_eq!(drops.load(SeqCst), 0);
    drop(obj);
    assert_eq!(drops.load(SeqCst), 1);
}

#[test]
fn owner_reaching_zero_hands_the_count_to_shared() {
    super::ebr::share_objects();
    let (obj, drops) = counted();
    let (to_owner, from_other) = mpsc::channel();
    let other = {
        let obj = obj.clone();
        thread::spawn(move || {
            let mine = obj.clone();
            to_owner.send(obj).unwrap();
            mine
        })
    };
    drop(from_other.recv().unwrap());
    drop(obj);
    let mine = other.join().unwrap();
    assert_eq!(counts(&mine), (NO_OWNER, 0, SHARED_ONE | STATE_MERGED));
    assert_eq!(drops.load(SeqCst), 0);
    drop(mine);
    assert_eq!(drops.load(SeqCst), 1);
}

#[test]
fn exiting_thread_merges_its_queue() {
    super::ebr::share_objects();
    let barrier = Arc::new(Barrier::new(2));
    let (to_main, from_owner) = mpsc::channel();
    let owner = {
        let barrier = barrier.clone();
        thread::spawn(move || {
            let (obj, drops) = counted();
            to_main.send(obj.clone()).unwrap();
            drop(obj);
            barrier.wait();
            // Exits without a safe point: the exit merges the queue.
            drops
        })
    };
    drop(from_owner.recv().unwrap());
    barrier.wait();
    let drops = owner.join().unwrap();
    assert_eq!(drops.load(SeqCst), 1);
}

#[test]
fn objects_of_an_exited_thread_are_merged_by_others() {
    super::ebr::share_objects();
    let (obj, drops) = thread::spawn(counted).join().unwrap();
    let owner = owner_of(&obj);
    assert_ne!(owner, my_id());
    let other = obj.clone();
    drop(obj);
    assert_eq!(drops.load(SeqCst), 0);
    drop(other);
    assert_eq!(drops.load(SeqCst), 1);
}

#[test]
fn a_thread_that_left_makes_unowned_objects() {
    super::ebr::share_objects();
    let drops = thread::spawn(|| {
        brc::leave();
        assert_eq!(brc::current_thread_id(), None);
        let (obj, drops) = counted();
        assert_eq!(counts(&obj), (NO_OWNER, 0, SHARED_ONE | STATE_MERGED));
        drop(obj.clone());
        drop(obj);
        drops
    })
    .join()
    .unwrap();
    assert_eq!(drops.load(SeqCst), 1);
}

#[test]
fn many_threads_share_and_drop_objects() {
    super::ebr::share_objects();
    const THREADS: usize = 4;
    const OBJECTS: usize = 200;
    let drops = Arc::new(AtomicUsize::new(0));
    let objects: Vec<PyRef> = (0..OBJECTS)
        .map(|_| PyRef::new(Counted(drops.clone()), &COUNTED))
        .collect();
    let barrier = Arc::new(Barrier::new(THREADS));
    let workers: Vec<_> = (0..THREADS)
        .map(|_| {
            let mine: Vec<PyRef> = objects.clone();
            let barrier = barrier.clone();
            thread::spawn(move || {
                barrier.wait();
                for _ in 0..50 {
                    let copies: Vec<PyRef> = mine.iter().map(PyRef::clone).collect();
                    brc::merge_pending();
                    drop(copies);
                }
                drop(mine);
            })
        })
        .collect();
    drop(objects);
    for worker in workers {
        worker.join().unwrap();
    }
    assert_eq!(
        drops.load(SeqCst),
        0,
        "this thread's queue still holds them"
    );
    brc::merge_pending();
    assert_eq!(drops.load(SeqCst), OBJECTS);
}

/// A value of a map stress test: the key it was stored under, and whether
/// it is still alive (cleared by its drop).
struct Tagged {
    key: usize,
    alive: std::sync::atomic::AtomicBool,
}

impl Drop for Tagged {
    fn drop(&mut self) {
        self.alive.store(false, SeqCst);
    }
}

static TAGGED: Type = Type::builtin::<Tagged>("tagged", None, 0, Slots::NONE);
static MAP: Type = Type::builtin::<super::RefMap>("map", None, 0, Slots::NONE);

fn tagged(key: usize) -> PyRef {
    PyRef::new(
        Tagged {
            key,
            alive: std::sync::atomic::AtomicBool::new(true),
        },
        &TAGGED,
    )
}

/// The key number a live key or value object carries.
fn tag_of(obj: &PyRef) -> usize {
    let t = obj.payload::<Tagged>().expect("a tagged object");
    assert!(t.alive.load(SeqCst), "object used after its drop");
    t.key
}

fn map_set(m: &PyRef, key: usize, value: PyRef) {
    use super::Lookup;
    let map = m.payload::<super::RefMap>().expect("a map");
    let hash = (key % 7) as i64; // many collisions
    let (_, retired) = map.write(m, |w| match w.find(hash, |k| Some(tag_of(k) == key)) {
        Lookup::Found(i) => w.replace_value(i, value),
        _ => drop(w.insert(hash, tagged(key), value)),
    });
    drop(retired);
}

fn map_del(m: &PyRef, key: usize) {
    use super::Lookup;
    let map = m.payload::<super::RefMap>().expect("a map");
    let hash = (key % 7) as i64;
    let (removed, retired) = map.write(m, |w| match w.find(hash, |k| Some(tag_of(k) == key)) {
        Lookup::Found(i) => w.remove(i),
        _ => None,
    });
    assert!(removed.is_some());
    drop(retired);
}

fn map_get(m: &PyRef, key: usize) -> Option<PyRef> {
    let map = m.payload::<super::RefMap>().expect("a map");
    match map.get(
        (key % 7) as i64,
        |k| Some(tag_of(k) == key),
        |_, _, v| v.clone(),
    ) {
        super::Lookup::Found(v) => Some(v),
        _ => None,
    }
}

/// Readers look up keys present throughout, without the lock, while a
/// writer replaces their values (the old ones freed), inserts and deletes
/// other keys (growing and rebuilding the table) and clears: every lookup
/// finds its key, with a live value stored for that key.
#[test]
fn ref_map_lookups_race_writers() {
    super::ebr::share_objects();
    const STABLE: usize = 32;
    const READERS: usize = 3;
    let m = PyRef::new(super::RefMap::default(), &MAP);
    for k in 0..STABLE {
        map_set(&m, k, tagged(k));
    }
    let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let readers: Vec<_> = (0..READERS)
        .map(|_| {
            let (m, stop) = (m.clone(), stop.clone());
            thread::spawn(move || {
                let mut reads = 0usize;
                while !stop.load(SeqCst) {
                    for k in 0..STABLE {
                        let v = map_get(&m, k).expect("a key present throughout");
                        assert_eq!(tag_of(&v), k, "another key's value");
                        reads += 1;
                    }
                    for i in 0..4 {
                        if let Some((_, k, v)) = m.payload::<super::RefMap>().unwrap().entry_from(i)
                        {
                            assert_eq!(tag_of(&k), tag_of(&v));
                        }
                    }
                }
                drop(m);
                brc::leave();
                reads
            })
        })
        .collect();
    for round in 0..2_000 {
        for k in 0..STABLE {
            if k % 3 == round % 3 {
                map_set(&m, k, tagged(k));
            }
        }
        for j in 0..20 {
            map_set(&m, 1_000 + j, tagged(1_000 + j));
        }
        for j in 0..20 {
            map_del(&m, 1_000 + j);
        }
    }
    stop.store(true, SeqCst);
    for r in readers {
        assert!(r.join().unwrap() > 0);
    }
    let map = m.payload::<super::RefMap>().unwrap();
    assert_eq!(map.len(), STABLE);
    let (_, retired) = map.write(&m, |w| w.clear());
    drop(retired);
    assert_eq!(map.len(), 0);
    assert!(map_get(&m, 0).is_none());
}

// ---- stack references and the thread's reference cache ----------------

use super::{StackRef, Values, flush_ref_cache, ref_cache_held};

#[test]
fn own_objects_are_not_cached() {
    let (obj, drops) = counted();
    let r = StackRef::new(&obj);
    assert!(!r.is_cached());
    assert_eq!(counts(&obj), (my_id(), 2, 0));
    drop(r);
    drop(obj);
    assert_eq!(drops.load(SeqCst), 1);
}

#[test]
fn cached_references_keep_a_foreign_object_alive_until_flushed() {
    super::ebr::share_objects();
    let (obj, drops) = counted();
    let shared = obj.clone();
    thread::spawn(move || {
        let before = counts(&shared).2;
        let refs: Vec<StackRef> = (0..3).map(|_| StackRef::new(&shared)).collect();
        assert!(refs.iter().all(StackRef::is_cached));
        // One count for the cache, whatever the number of cached references.
        assert_eq!(counts(&shared).2, before + SHARED_ONE);
        assert_eq!(ref_cache_held(), 1);
        drop(shared);
        let copy = refs[0].clone();
        drop(refs);
        flush_ref_cache();
        assert_eq!(ref_cache_held(), 1, "a referenced entry stays");
        assert_eq!(copy.payload::<Counted>().map(|_| ()), Some(()));
        drop(copy);
        flush_ref_cache();
        assert_eq!(ref_cache_held(), 0);
    })
    .join()
    .unwrap();
    assert_eq!(drops.load(SeqCst), 0);
    drop(obj);
    brc::merge_pending();
    assert_eq!(drops.load(SeqCst), 1);
}

#[test]
fn values_keep_counts_through_moves() {
    super::ebr::share_objects();
    let (obj, drops) = counted();
    let shared = obj.clone();
    thread::spawn(move || {
        // A call's stack: the callable, NULL, two arguments.
        let mut caller = Values::default();
        caller.push(Some(StackRef::new(&shared)));
        caller.push(Some(StackRef::new(&shared)));
        caller.push(None);
        caller.swap(1, 2);
        assert!(caller[1].is_none() && caller[2].is_some());
        caller.push(Some(StackRef::new(&shared)));
        let mut callee = Values::default();
        callee.start_call(&mut caller, 0, 2, 3, 8);
        assert_eq!(caller.len(), 0);
        assert_eq!(callee.len(), 3);
        assert!(callee[2].is_none(), "a slot past the arguments is NULL");
        let loaded = callee.load(0).expect("a value");
        assert!(loaded.is_cached());
        callee.set(2, Some(loaded));
        callee.make_owned();
        assert_eq!(ref_cache_held(), 1);
        flush_ref_cache();
        assert_eq!(ref_cache_held(), 0, "owned values need no entry");
        let owned = callee.pop().expect("a value");
        assert!(!owned.is_cached());
        drop((caller, callee, owned, shared));
    })
    .join()
    .unwrap();
    drop(obj);
    brc::merge_pending();
    assert_eq!(drops.load(SeqCst), 1);
}

// ---- allocation: per-thread free lists, unique references ---------------

use super::alloc::{Object, kept};
use crate::types::float;

/// A payload with nothing to drop: its frees give the block back at once.
struct Plain(#[allow(dead_code)] u64);

static PLAIN: Type = Type::builtin::<Plain>("plain", None, 0, Slots::NONE);

#[test]
fn freed_blocks_are_reused_by_the_freeing_thread() {
    let a = PyRef::new(Plain(1), &PLAIN);
    let addr = a.id();
    let before = kept::<Object<Plain>>();
    drop(a);
    assert_eq!(kept::<Object<Plain>>(), before + 1);
    let b = PyRef::new(Plain(2), &PLAIN);
    assert_eq!(b.id(), addr, "the last block freed is the next one used");
    assert_eq!(kept::<Object<Plain>>(), before);
    // Payloads with a destructor take the same blocks, dropped first.
    let (c, drops) = counted();
    let c_addr = c.id();
    drop(c);
    assert_eq!(drops.load(SeqCst), 1);
    let (d, _) = counted();
    assert_eq!(d.id(), c_addr);
    drop(b);
}

#[test]
fn a_non_owner_keeps_the_blocks_of_what_it_frees() {
    super::ebr::share_objects();
    // Made by a thread that exits: this thread, a non-owner, frees it.
    let obj = thread::spawn(|| PyRef::new(Plain(1), &PLAIN))
        .join()
        .unwrap();
    let addr = obj.id();
    let before = kept::<Object<Plain>>();
    drop(obj);
    assert_eq!(kept::<Object<Plain>>(), before + 1);
    let mine = PyRef::new(Plain(2), &PLAIN);
    assert_eq!(mine.id(), addr, "the freeing thread reuses the block");
    assert_eq!(owner_of(&mine), my_id());
}

#[test]
fn a_thread_that_left_keeps_no_blocks() {
    super::ebr::share_objects();
    thread::spawn(|| {
        drop(PyRef::new(Plain(1), &PLAIN));
        assert!(kept::<Object<Plain>>() > 0);
        brc::leave();
        assert_eq!(kept::<Object<Plain>>(), 0, "leaving empties the lists");
        drop(PyRef::new(Plain(2), &PLAIN));
        assert_eq!(kept::<Object<Plain>>(), 0);
    })
    .join()
    .unwrap();
}

#[test]
fn only_a_sole_owned_reference_is_unique() {
    super::ebr::share_objects();
    let obj = PyRef::new(Plain(1), &PLAIN);
    assert!(obj.is_unique());
    let other = obj.clone();
    assert!(!obj.is_unique());
    drop(other);
    assert!(obj.is_unique());
    let shared = obj.clone();
    thread::spawn(move || {
        assert!(!shared.is_unique(), "another thread owns it");
    })
    .join()
    .unwrap();
    // The other thread's reference waits in this thread's merge queue.
    assert!(!obj.is_unique());
    brc::merge_pending();
    assert!(!obj.is_unique(), "merged: no longer owned");
    assert!(!PyRef::immortal(Plain(0), &PLAIN).is_unique());
}

#[test]
fn float_results_reuse_a_dying_operand() {
    let mut a = StackRef::owned(float::from_f64(1.5));
    let mut b = StackRef::owned(float::from_f64(2.5));
    let a_addr = a.id();
    let r = float::result(&mut a, &mut b, 4.0);
    assert_eq!(r.id(), a_addr, "the left operand's object is reused");
    assert_eq!(float::as_f64(&r), Some(4.0));
    drop((a, b));
    assert!(r.is_unique());
    // An operand something else refers to keeps its value.
    let kept_ref = r.clone();
    let mut a = StackRef::owned(r);
    let mut b = StackRef::owned(float::from_f64(0.5));
    let b_addr = b.id();
    let r = float::result(&mut a, &mut b, 4.5);
    assert_eq!(r.id(), b_addr, "else the right operand's");
    assert_eq!(float::as_f64(&kept_ref), Some(4.0));
    drop(b);
    let mut b = StackRef::owned(kept_ref.clone());
    let r2 = float::result(&mut a, &mut b, 8.0);
    assert!(r2.id() != a.id() && r2.id() != b.id(), "neither is free");
    assert_eq!(float::as_f64(&a), Some(4.0));
    drop(r);
}

#[test]
fn cached_float_operands_are_not_reused() {
    super::ebr::share_objects();
    let obj = float::from_f64(1.0);
    let shared = obj.clone();
    drop(obj);
    // Another thread owns the float: this thread's references are cached.
    thread::spawn(move || {
        let mut a = StackRef::new(&shared);
        assert!(a.is_cached());
        drop(shared);
        let mut b = StackRef::owned(float::from_f64(2.0));
        let b_addr = b.id();
        let r = float::result(&mut a, &mut b, 3.0);
        assert_eq!(r.id(), b_addr);
        assert_eq!(float::as_f64(&a), Some(1.0));
        drop(a);
        flush_ref_cache();
    })
    .join()
    .unwrap();
    brc::merge_pending();
}
