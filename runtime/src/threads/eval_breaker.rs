//! The eval-breaker word: one atomic per thread state whose bits ask the
//! running thread to leave its fast path. The eval loop polls it with a single
//! Relaxed load at backward jumps and calls; any thread may set or clear bits.
//!
//! A bit is a doorbell, not a message: whatever it announces (the world being
//! stopped, a queue of refcount merges, a pending signal) lives behind its own
//! lock, which the handler takes and which orders the data. So every access
//! here is Relaxed; a set bit is seen by the owner at one of its next polls.

use std::ops::BitOr;

use crate::sync::{AtomicU32, Ordering};

/// A set of requests to a running thread.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Requests(u32);

impl Requests {
    /// Another thread has waited a switch interval for the GIL: drop it.
    pub const GIL_DROP: Self = Self(1 << 0);
    /// A stop-the-world is in progress: park at the next safe point.
    pub const STOP_THE_WORLD: Self = Self(1 << 1);
    /// Other threads queued objects whose shared refcount went negative.
    pub const MERGE_REFCOUNTS: Self = Self(1 << 2);
    /// A signal handler must run (main thread only).
    pub const SIGNALS: Self = Self(1 << 3);
    /// An asynchronous exception was set for this thread.
    pub const ASYNC_EXCEPTION: Self = Self(1 << 4);

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    pub fn contains(self, other: Self) -> bool {
        self.0 & other.0 == other.0
    }

    pub fn intersects(self, other: Self) -> bool {
        self.0 & other.0 != 0
    }
}

impl BitOr for Requests {
    type Output = Self;

    fn bitor(self, other: Self) -> Self {
        Self(self.0 | other.0)
    }
}

/// The per-thread request word.
#[derive(Debug, Default)]
pub struct EvalBreaker(AtomicU32);

impl EvalBreaker {
    /// The requests pending now: the eval loop's poll (one Relaxed load).
    #[inline]
    pub fn pending(&self) -> Requests {
        Requests(self.0.load(Ordering::Relaxed))
    }

    pub fn request(&self, requests: Requests) {
        self.0.fetch_or(requests.0, Ordering::Relaxed);
    }

    pub fn clear(&self, requests: Requests) {
        self.0.fetch_and(!requests.0, Ordering::Relaxed);
    }
}

#[cfg(all(test, not(loom)))]
mod tests {
    use super::*;

    #[test]
    fn request_and_clear_touch_only_their_bits() {
        let breaker = EvalBreaker::default();
        assert!(breaker.pending().is_empty());
        breaker.request(Requests::GIL_DROP | Requests::SIGNALS);
        breaker.request(Requests::MERGE_REFCOUNTS);
        breaker.clear(Requests::GIL_DROP);
        let pending = breaker.pending();
        assert!(pending.contains(Requests::SIGNALS | Requests::MERGE_REFCOUNTS));
        assert!(!pending.intersects(Requests::GIL_DROP | Requests::STOP_THE_WORLD));
    }
}
