//! loom models of `runtime::lock::Claimable` (a generator's suspended state):
//! claims never overlap — loom tracks the value's accesses, so two claims
//! holding it at once fail the model — and a claim sees every write made
//! under the previous one (the release store and the claim's acquire).
//! Nobody waits inside the type: a thread finding it held gets the held
//! state back, as a generator's resumer gets "already executing".
#![cfg(loom)]

use loom::{sync::Arc, thread};
use runtime::lock::{Claimable, claim::HELD};

const FREE: u8 = 0;
const DONE: u8 = 1;
const RUNNING: u8 = 2;

/// Resumes: claims the value from `FREE`, counts one run, and leaves it
/// free again, or `DONE` after `last` runs. False if it was held or done.
fn resume(cell: &Claimable<usize>, last: usize) -> bool {
    match cell.try_claim(|s| s == FREE, |_| RUNNING) {
        Ok(mut runs) => {
            *runs += 1;
            let next = if *runs == last { DONE } else { FREE };
            runs.release(next);
            true
        }
        Err(state) => {
            assert!(state == DONE || state & HELD != 0);
            false
        }
    }
}

/// Two threads resume the same value twice each: every successful resume
/// counted exactly once, and a failed one saw it held (or done).
#[test]
fn resumers_exclude() {
    loom::model(|| {
        let cell = Arc::new(Claimable::new(FREE, 0usize));
        let other = {
            let cell = cell.clone();
            thread::spawn(move || (0..2).filter(|_| resume(&cell, 4)).count())
        };
        let mine = (0..2).filter(|_| resume(&cell, 4)).count();
        let theirs = other.join().unwrap();
        let total = cell
            .try_claim(|_| true, |s| s)
            .map(|runs| *runs)
            .expect("nobody holds it");
        assert_eq!(total, mine + theirs);
    });
}

/// A reader claims for a moment, tagged with the state it found, while a
/// resumer runs: the resumer either ran (and the reader saw its count, or
/// none) or found the reader's claim; the state the reader leaves is the
/// one it found.
#[test]
fn reader_and_resumer() {
    loom::model(|| {
        let cell = Arc::new(Claimable::new(FREE, 0usize));
        let reader = {
            let cell = cell.clone();
            thread::spawn(move || match cell.try_claim(|_| true, |s| s) {
                Ok(runs) => {
                    let seen = *runs;
                    assert_eq!(cell.state(), HELD | runs.from());
                    Some(seen)
                }
                Err(state) => {
                    assert_eq!(state, HELD | RUNNING);
                    None
                }
            })
        };
        let ran = resume(&cell, 1);
        let seen = reader.join().unwrap();
        if !ran {
            // Found the reader's claim of the free value.
            assert_eq!(seen, Some(0));
            assert_eq!(cell.state(), FREE);
        } else {
            assert_eq!(cell.state(), DONE);
            assert!(seen.is_none() || seen == Some(0) || seen == Some(1));
        }
    });
}
