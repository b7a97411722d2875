//! The synchronization primitives every concurrency protocol in the runtime
//! is written against. Under `--cfg loom` they are loom's, so the loom models
//! in `loom-tests/` check the production code itself, not a copy of it.

#[cfg(loom)]
pub use loom::{
    hint, lazy_static,
    sync::{
        Arc, Condvar, Mutex, MutexGuard,
        atomic::{
            AtomicBool, AtomicI32, AtomicI64, AtomicIsize, AtomicPtr, AtomicU8, AtomicU32,
            AtomicU64, AtomicUsize, Ordering, fence,
        },
    },
    thread, thread_local,
};

#[cfg(not(loom))]
pub use std::{
    hint,
    sync::{
        Arc, Condvar, Mutex, MutexGuard,
        atomic::{
            AtomicBool, AtomicI32, AtomicI64, AtomicIsize, AtomicPtr, AtomicU8, AtomicU32,
            AtomicU64, AtomicUsize, Ordering, fence,
        },
    },
    thread, thread_local,
};

/// A lazily initialised global, spelled as loom's `lazy_static!` (which
/// re-creates it for every execution a model explores).
#[cfg(not(loom))]
macro_rules! lazy_static {
    ($(#[$attr:meta])* $vis:vis static ref $name:ident : $ty:ty = $init:expr;) => {
        $(#[$attr])*
        $vis static $name: std::sync::LazyLock<$ty> = std::sync::LazyLock::new(|| $init);
    };
}
#[cfg(not(loom))]
pub(crate) use lazy_static;

/// A thread-local with a constant initialiser: std's `const { .. }` form,
/// whose accesses skip the lazy-initialisation check (one plain load for a
/// type without a destructor); under loom, loom's `thread_local!`, which
/// has no const form.
#[cfg(not(loom))]
macro_rules! const_thread_local {
    ($($(#[$attr:meta])* $vis:vis static $name:ident : $ty:ty = $init:expr;)+) => {
        std::thread_local! {
            $($(#[$attr])* $vis static $name: $ty = const { $init };)+
        }
    };
}
#[cfg(loom)]
macro_rules! const_thread_local {
    ($($(#[$attr:meta])* $vis:vis static $name:ident : $ty:ty = $init:expr;)+) => {
        loom::thread_local! {
            $($(#[$attr])* $vis static $name: $ty = $init;)+
        }
    };
}
pub(crate) use const_thread_local;
