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
//! Ordering: the reader's claim (a `SeqCst` CAS) and its slot loads are
//! `SeqCst`, as are the writer's slot stores and its record loads. In their
//! single total order either the writer's record load follows the claim (it
//! sees the reader pinned, or unpinned with `Release`, which it acquires), or
//! it precedes it, and then so does the slot store, which the reader's later
//! `SeqCst` load sees.

use crate::sync::Ordering::{Relaxed, Release, SeqCst};
use crate::sync::{AtomicUsize, hint, lazy_static, thread, thread_local};
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

thread_local! {
    /// The record this thread claimed last: usually still free for it.
    // Not `const { .. }`: loom's `thread_local!` does not accept it.
    #[allow(clippy::missing_const_for_thread_local)]
    static HINT: Cell<usize> = Cell::new(0);
}

/// A pinned reader: while it lives, references and arrays retired by
/// writers after it pinned are not given up.
pub struct Pin {
    record: &'static Record,
    seq: usize,
}

/// Pins the current thread (see the module doc).
pub fn pin() -> Pin {
    let registry = &*REGISTRY;
    let mut i = HINT.with(Cell::get);
    loop {
        let record = &registry.records[i];
        let seq = record.seq.load(Relaxed);
        if seq % 2 == 0 {
            // The bound covers the record before the claim: a writer whose
            // (`SeqCst`) load of the bound misses it precedes the raise, and
            // so the claim, in the `SeqCst` order, and the reader sees its
            // stores. The load is `SeqCst` too, so a bound another thread
            // raised is ordered before the claim as well; usually it is
            // already high enough and this stays a shared read.
            if registry.high.load(SeqCst) <= i {
                registry.high.fetch_max(i + 1, SeqCst);
            }
            if record
                .seq
                .compare_exchange(seq, seq + 1, SeqCst, Relaxed)
                .is_ok()
            {
                HINT.with(|h| h.set(i));
                return Pin {
                    record,
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
    fn drop(&mut self) {
        // Release: the reader's increments happen before a writer that sees
        // this store gives up what the reader loaded.
        self.record.seq.store(self.seq + 1, Release);
    }
}

/// Waits until every reader pinned now has unpinned.
pub fn synchronize() {
    let registry = &*REGISTRY;
    let high = registry.high.load(SeqCst);
    for record in &registry.records[..high] {
        let seq = record.seq.load(SeqCst);
        if seq % 2 == 1 {
            wait_past(record, seq);
        }
    }
}

fn wait_past(record: &Record, seq: usize) {
    let mut spins = 0u32;
    while record.seq.load(SeqCst) == seq {
        // loom explores other threads only at yields.
        if spins < 64 && !cfg!(loom) {
            hint::spin_loop();
            spins += 1;
        } else {
            thread::yield_now();
        }
    }
}
