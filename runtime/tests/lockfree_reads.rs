//! Lock-free container reads under concurrent writes: reader threads loop
//! over `list::get` while writers append, replace, remove and rearrange,
//! and check that every value read is one that was stored (a freed or torn
//! object would not be a live int of the stored shape).

use runtime::PyRef;
use runtime::threads::brc;
use runtime::types::{int, list};
use std::sync::Barrier;
use std::sync::atomic::{AtomicBool, Ordering::Relaxed};
use std::thread;

/// Stored values are `BASE + 7k + 3`: large enough not to be cached small
/// ints, so every load really counts references.
const BASE: i64 = 1 << 40;

fn stored(k: i64) -> PyRef {
    int::from_i64(BASE + 7 * k + 3)
}

fn check(value: &PyRef) {
    let v = int::as_i64(value).expect("an int");
    assert!(v >= BASE && (v - BASE) % 7 == 3, "never stored: {v}");
}

/// One writer's step `k` on `l`, keeping its length between 8 and 64.
fn write_step(l: &PyRef, k: i64) {
    let n = list::len(l);
    match k % 5 {
        0 | 1 if n < 64 => list::append(l, stored(k)),
        2 => {
            let _ = list::set(l, (k as usize * 31) % n.max(1), stored(k));
        }
        3 if n > 8 => drop(list::remove(l, (k as usize * 17) % n)),
        4 if k % 50 == 4 => list::with_items(l, |v| v.reverse()),
        _ => list::extend(l, vec![stored(k), stored(k + 1)]),
    }
    if list::len(l) > 64 {
        list::with_items(l, |v| v.truncate(32));
    }
}

#[test]
fn list_reads_race_with_writes() {
    runtime::object::ebr::share_objects();
    runtime::init();
    let l = list::new_list((0..16).map(stored).collect());
    let done = AtomicBool::new(false);
    let start = Barrier::new(4);
    thread::scope(|s| {
        for w in 0..2 {
            let (l, done, start) = (&l, &done, &start);
            s.spawn(move || {
                start.wait();
                for k in 0..200_000 {
                    write_step(l, k * 2 + w);
                    if k % 1000 == 0 {
                        brc::merge_pending();
                    }
                }
                done.store(true, Relaxed);
            });
        }
        for _ in 0..2 {
            let (l, done, start) = (&l, &done, &start);
            s.spawn(move || {
                start.wait();
                let mut reads = 0u64;
                while !done.load(Relaxed) || reads < 1_000_000 {
                    for i in 0..list::len(l) + 2 {
                        if let Some(v) = list::get(l, i) {
                            check(&v);
                            reads += 1;
                        }
                    }
                }
                assert!(reads > 0);
            });
        }
    });
    list::to_vec(&l).iter().for_each(check);
}
