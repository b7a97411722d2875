//! Grace periods for lock-free readers (a small read-copy-update scheme).
//!
//! A reader that loads a reference from a shared slot ([`super::AtomicRef`])
//! and then increments its count must know the object is not freed between
//! the load and the increment. Readers therefore [`pin`] for the few
//! instructions of the load + increment, and a writer that replaced a
//! reference (or an array of slots) gives it up only after [`synchronize`]:
//! every reader pinned when the replacement was published has unpinned by
//! then, and any later reader saw the new value.
//!
//! Each pinned reader claims one of a fixed set of records (one cache line
//! each) and makes its sequence number odd; unpinning makes it even again.
//! `synchronize` snapshots the records that are odd and waits until each one
//! has moved on. Pinned sections never block nor run Python code, so the
//! wait is short; writers wait after releasing their object lock, and
//! readers never wait for writers.
//!
//! While the program has one thread, readers do not pin at all: nobody
//! else writes. The thread that starts a second one (`_thread`) first
//! calls [`share_objects`], and every read after that, on any thread,
//! pins; reads before it are over before the new thread exists.
//!
//! Ordering: the reader claims its record (and raises the scan bound, the
//! first time it uses that record), then issues a `SeqCst` fence before
//! loading slots; the writer stores slots, then issues a `SeqCst` fence
//! before loading the bound and the records. Whichever fence comes first
//! in their total order, the other side's later loads see the first
//! side's earlier stores: the reader sees the new slot value, or the
//! writer sees the reader pinned (or unpinned with `Release`, which its
//! `Acquire` load synchronizes with).

use crate::sync::Ordering::{self, AcqRel, Acquire, Relaxed, Release, SeqCst};
use crate::sync::{AtomicUsize, const_thread_local, fence, hint, lazy_static, thread};
use std::cell::Cell;

/// How many readers may be pinned at once; more wait for a free record.
#[cfg(not(loom))]
const RECORDS: usize = 128;
#[cfg(loom)]
const RECORDS: usize = 3;

/// One reader's sequence number: odd while pinned. Aligned to a cache line
/// so readers on different cores do not contend.
#[repr(align(64))]
struct Record {
    seq: AtomicUsize,
}

struct Registry {
    records: Box<[Record]>,
    /// One past the highest record ever claimed: `synchronize` scans below.
    high: AtomicUsize,
}

lazy_static! {
    static ref REGISTRY: Registry = Registry {
        records: (0..RECORDS)
            .map(|_| Record {
                seq: AtomicUsize::new(0)
            })
            .collect(),
        high: AtomicUsize::new(0),
    };
}

const_thread_local! {
    /// The record this thread claimed last: usually still free for it.
    static HINT: Cell<usize> = Cell::new(0);
    /// The scan bound this thread itself raised the shared one to.
    static RAISED: Cell<usize> = Cell::new(0);
}

/// Whether a second thread may use objects: until then no reader needs to
/// pin, since no other thread writes (the first thread to start another
/// sets it before the start, which the new thread's reads happen after).
/// It is never cleared. Plain std atomic: loom models always pin.
static SHARED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Declares that objects may be used by more than one thread from now on:
/// called before starting any thread that uses objects (`_thread`, tests).
pub fn share_objects() {
    SHARED.store(true, SeqCst);
}

/// A pinned reader: while it lives, references and arrays retired by
/// writers after it pinned are not given up. Holds no record while the
/// program has one thread.
pub struct Pin {
    record: Option<&'static Record>,
    seq: usize,
}

/// Whether no other thread can be reading objects (see [`SHARED`]): no
/// reader pins, and what a writer replaces could be given up at once.
#[inline]
pub fn single_thread() -> bool {
    !cfg!(loom) && !SHARED.load(Relaxed)
}

/// `counter.fetch_add(step, order)` (wrapping), done as a plain load and
/// store while [`single_thread`]: nobody else can write the counter then,
/// and the store that ends it happens before any other thread starts. A
/// locked instruction less for the commonest counters (iterator positions,
/// dict versions).
#[inline]
pub fn fetch_add(counter: &std::sync::atomic::AtomicU64, step: u64, order: Ordering) -> u64 {
    if single_thread() {
        let old = counter.load(Relaxed);
        counter.store(old.wrapping_add(step), store_order(order));
        return old;
    }
    counter.fetch_add(step, order)
}

/// The part of a read-modify-write ordering `order` that a store can take.
fn store_order(order: Ordering) -> Ordering {
    match order {
        Release | AcqRel => Release,
        SeqCst => SeqCst,
        _ => Relaxed,
    }
}

/// Pins the current thread (see the module doc).
#[inline]
pub fn pin() -> Pin {
    if single_thread() {
        return Pin {
            record: None,
            seq: 0,
        };
    }
    pin_shared()
}

#[inline]
fn pin_shared() -> Pin {
    let registry = &*REGISTRY;
    let i = HINT.with(Cell::get);
    // The usual case: this thread's last record is free and already
    // counted in the scan bound.
    let record = &registry.records[i];
    let seq = record.seq.load(Relaxed);
    if seq.is_multiple_of(2)
        && RAISED.with(Cell::get) > i
        && record
            .seq
            .compare_exchange(seq, seq + 1, Relaxed, Relaxed)
            .is_ok()
    {
        fence(SeqCst);
        return Pin {
            record: Some(record),
            seq: seq + 1,
        };
    }
    pin_slow(i)
}

#[cold]
#[inline(never)]
fn pin_slow(mut i: usize) -> Pin {
    let registry = &*REGISTRY;
    loop {
        let record = &registry.records[i];
        let seq = record.seq.load(Relaxed);
        if seq.is_multiple_of(2) {
            // The bound covers the record before the claim, raised by this
            // thread itself, so that the fence below orders the raise too.
            if RAISED.with(Cell::get) <= i {
                registry.high.fetch_max(i + 1, Relaxed);
                RAISED.with(|r| r.set(i + 1));
            }
            if record
                .seq
                .compare_exchange(seq, seq + 1, Relaxed, Relaxed)
                .is_ok()
            {
                fence(SeqCst);
                HINT.with(|h| h.set(i));
                return Pin {
                    record: Some(record),
                    seq: seq + 1,
                };
            }
        }
        i = (i + 1) % RECORDS;
        if i == 0 {
            thread::yield_now();
        }
    }
}

impl Drop for Pin {
    #[inline]
    fn drop(&mut self) {
        // Release: the reader's increments happen before a writer that sees
        // this store gives up what the reader loaded.
        if let Some(record) = self.record {
            record.seq.store(self.seq + 1, Release);
        }
    }
}

/// Waits until every reader pinned now has unpinned.
pub fn synchronize() {
    let registry = &*REGISTRY;
    fence(SeqCst);
    let high = registry.high.load(Relaxed);
    for record in &registry.records[..high] {
        let seq = record.seq.load(Acquire);
        if !seq.is_multiple_of(2) {
            wait_past(record, seq);
        }
    }
}

fn wait_past(record: &Record, seq: usize) {
    let mut spins = 0u32;
    while record.seq.load(Acquire) == seq {
        // loom explores other threads only at yields.
        if spins < 64 && !cfg!(loom) {
            hint::spin_loop();
            spins += 1;
        } else {
            thread::yield_now();
        }
    }
}
