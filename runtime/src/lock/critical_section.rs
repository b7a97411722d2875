//! Critical sections (PEP 703): how a built-in operation holds an object's
//! mutex without ever deadlocking against another object's.
//!
//! Each thread keeps a stack of its active sections. While a thread blocks —
//! in a blocking call, or waiting for a contended object mutex — it
//! *suspends* every section on its stack (releases their mutexes), and when
//! it runs again it *resumes* only the top one; a section below the top is
//! resumed when the sections above it end. So a thread never waits for one
//! object's mutex while holding another's, except the pair of a two-object
//! section, which locks in address order. The price, as in CPython: an outer
//! section is atomic only up to the point where an inner one blocks.
//!
//! Sections are scoped by closures ([`with`], [`with2`]) rather than by
//! guards the caller owns: the stack keeps pointers to the mutexes, and a
//! guard could be leaked (`mem::forget` is safe) while its mutex is freed.
//!
//! The thread-state layer calls [`suspend_all`] when its thread detaches and
//! [`resume_top`] when it attaches again (CPython's `_PyThreadState_Detach`
//! and `_PyThreadState_Attach`); suspending twice is harmless. Until that
//! layer exists, a section waiting on a contended mutex detaches by
//! suspending and resuming sections only.
//!
//! Object mutexes are taken only through sections: a thread waiting for one
//! with plain [`RawMutex::lock`] would keep its sections' mutexes held.

use super::{Detach, RawMutex};
use crate::sync::const_thread_local;
use std::{cell::RefCell, marker::PhantomData, ptr};

/// One section on a thread's stack.
struct Entry {
    /// The mutexes the section holds (or held, when suspended); both `None`
    /// while the section is acquiring them, so that a suspension meanwhile
    /// leaves them be.
    mutexes: [Option<*const RawMutex>; 2],
    suspended: bool,
}

const_thread_local! {
    static STACK: RefCell<Vec<Entry>> = RefCell::new(Vec::new());
}

/// Runs `f` on this thread's stack. `f` must not lock (locking may suspend
/// or resume sections, which needs the stack again).
fn stack<R>(f: impl FnOnce(&mut Vec<Entry>) -> R) -> R {
    STACK.with(|stack| f(&mut stack.borrow_mut()))
}

/// Runs `f` holding `mutex` as a critical section.
pub fn with<R>(mutex: &RawMutex, f: impl FnOnce() -> R) -> R {
    let _section = Section::begin(mutex);
    f()
}

/// Runs `f` holding both mutexes as one critical section. They are locked in
/// address order, so two threads taking the same pair in opposite orders
/// cannot deadlock; the same mutex twice is locked once.
pub fn with2<R>(a: &RawMutex, b: &RawMutex, f: impl FnOnce() -> R) -> R {
    let _section = Section::begin2(a, b);
    f()
}

/// Releases the mutexes of every active section of this thread, which is
/// about to block. Sections already suspended stay as they are.
///
/// # Safety
///
/// Until [`resume_top`] runs, this thread does not touch data that its
/// sections' mutexes protect: other threads may now hold them.
pub unsafe fn suspend_all() {
    stack(|stack| {
        for entry in stack.iter_mut().rev() {
            if entry.suspended {
                break;
            }
            entry.suspended = true;
            for &mutex in entry.mutexes.iter().flatten() {
                // SAFETY: the entry's section holds `mutex` (it was active),
                // and the mutex outlives the section (`Section`'s lifetime).
                unsafe { (*mutex).unlock() };
            }
        }
    });
}

/// Reacquires the mutexes of this thread's top section if it is suspended,
/// waiting (and suspending again) as needed. Called when the thread runs
/// Python code again after blocking.
pub fn resume_top() {
    let taken = stack(|stack| {
        let top = stack.last_mut().filter(|top| top.suspended)?;
        top.suspended = false;
        Some(std::mem::take(&mut top.mutexes))
    });
    let Some(mutexes) = taken else { return };
    for &mutex in mutexes.iter().flatten() {
        // SAFETY: the entry's section is still on the stack (only its own
        // `Section` pops it, on this thread), so its mutexes are alive.
        unsafe { (*mutex).lock_detaching(&mut SuspendSections) };
    }
    set_top_mutexes(mutexes);
}

/// The detach hook of a thread waiting for an object mutex: suspend the
/// thread's sections while it sleeps, resume the top one after.
struct SuspendSections;

impl Detach for SuspendSections {
    fn detach(&mut self) {
        // SAFETY: the lock calls `attach` (resuming) right after sleeping;
        // in between the thread only sleeps.
        unsafe { suspend_all() };
    }

    fn attach(&mut self) {
        resume_top();
    }
}

/// A section of this thread; dropping it ends the section. Private, so it
/// cannot be leaked while its mutexes are on the stack.
struct Section<'a> {
    /// False for a section nested in the top one and needing no other mutex:
    /// it takes no entry, so suspending and resuming the top one covers it.
    on_stack: bool,
    /// The mutexes outlive the section; the stack holds pointers to them.
    /// Raw pointers also keep it `!Send`: it must end on its own thread.
    _mutexes: PhantomData<&'a RawMutex>,
    _not_send: PhantomData<*const ()>,
}

impl<'a> Section<'a> {
    fn begin(mutex: &'a RawMutex) -> Self {
        if top_holds(mutex) {
            return Self::nested();
        }
        if mutex.try_lock() {
            push([Some(mutex), None]);
        } else {
            push([None, None]);
            mutex.lock_detaching(&mut SuspendSections);
            set_top_mutexes([Some(ptr::from_ref(mutex)), None]);
        }
        Self::pushed()
    }

    fn begin2(a: &'a RawMutex, b: &'a RawMutex) -> Self {
        if ptr::eq(a, b) {
            return Self::begin(a);
        }
        let (first, second) = if ptr::from_ref(a) < ptr::from_ref(b) {
            (a, b)
        } else {
            (b, a)
        };
        if top_holds(first) && top_holds(second) {
            return Self::nested();
        }
        let first_held = first.try_lock();
        if first_held && second.try_lock() {
            push([Some(first), Some(second)]);
            return Self::pushed();
        }
        // Hold `first` while waiting for `second`: address order makes that
        // safe, and the entry's empty mutexes keep a suspension from
        // releasing it.
        push([None, None]);
        if !first_held {
            first.lock_detaching(&mut SuspendSections);
        }
        second.lock_detaching(&mut SuspendSections);
        set_top_mutexes([Some(ptr::from_ref(first)), Some(ptr::from_ref(second))]);
        Self::pushed()
    }

    fn pushed() -> Self {
        Section {
            on_stack: true,
            _mutexes: PhantomData,
            _not_send: PhantomData,
        }
    }

    fn nested() -> Self {
        Section {
            on_stack: false,
            _mutexes: PhantomData,
            _not_send: PhantomData,
        }
    }
}

impl Drop for Section<'_> {
    fn drop(&mut self) {
        if !self.on_stack {
            return;
        }
        let resume = stack(|stack| {
            let entry = stack
                .pop()
                .expect("a live Section's entry is on its thread's stack");
            if !entry.suspended {
                for &mutex in entry.mutexes.iter().flatten() {
                    // SAFETY: the section holds `mutex` (it is active) and
                    // the mutex outlives the section.
                    unsafe { (*mutex).unlock() };
                }
            }
            stack.last().is_some_and(|top| top.suspended)
        });
        if resume {
            resume_top();
        }
    }
}

/// Whether this thread's top section holds `mutex`, so a section nested in
/// it need not lock it again (locking would succeed only by suspending the
/// top section).
fn top_holds(mutex: &RawMutex) -> bool {
    let mutex = ptr::from_ref(mutex);
    stack(|stack| {
        stack
            .last()
            .is_some_and(|top| !top.suspended && top.mutexes.contains(&Some(mutex)))
    })
}

fn push(mutexes: [Option<&RawMutex>; 2]) {
    let entry = Entry {
        mutexes: mutexes.map(|m| m.map(ptr::from_ref)),
        suspended: false,
    };
    stack(|stack| stack.push(entry));
}

fn set_top_mutexes(mutexes: [Option<*const RawMutex>; 2]) {
    stack(|stack| {
        let top = stack
            .last_mut()
            .expect("the section being acquired is on the stack");
        top.mutexes = mutexes;
    });
}

#[cfg(test)]
mod tests {
    use super::{resume_top, suspend_all, with, with2};
    use crate::lock::RawMutex;
    use std::sync::atomic::{AtomicBool, AtomicI64, Ordering::Relaxed};
    use std::thread;

    /// Two accounts, each guarded by its own mutex. Transfers read and write
    /// with separate loads and stores, so only mutual exclusion keeps the
    /// total constant.
    struct Account {
        mutex: RawMutex,
        balance: AtomicI64,
    }

    impl Account {
        fn new(balance: i64) -> Self {
            Self {
                mutex: RawMutex::new(),
                balance: AtomicI64::new(balance),
            }
        }

        fn add(&self, amount: i64) {
            self.balance
                .store(self.balance.load(Relaxed) + amount, Relaxed);
        }
    }

    fn transfer(from: &Account, to: &Account, amount: i64) {
        with2(&from.mutex, &to.mutex, || {
            from.add(-amount);
            to.add(amount);
        });
    }

    #[test]
    fn sections_unlock_on_exit_and_nest() {
        let (a, b) = (RawMutex::new(), RawMutex::new());
        with(&a, || {
            assert!(a.is_locked());
            // Same object again: held once, still held after the inner ends.
            with(&a, || assert!(a.is_locked()));
            assert!(a.is_locked());
            with2(&b, &a, || assert!(a.is_locked() && b.is_locked()));
            assert!(a.is_locked() && !b.is_locked());
        });
        with2(&a, &a, || assert!(a.is_locked()));
        assert!(!a.is_locked() && !b.is_locked());
    }

    #[test]
    fn section_ends_when_body_panics() {
        let mutex = RawMutex::new();
        let caught = std::panic::catch_unwind(|| with(&mutex, || panic!("body")));
        assert!(caught.is_err());
        assert!(!mutex.is_locked());
        with(&mutex, || assert!(mutex.is_locked()));
    }

    #[test]
    fn opposite_order_pairs_do_not_deadlock() {
        // Threads below share the mutex: the locks must be atomic.
        crate::object::ebr::share_objects();
        let (x, y) = (Account::new(1000), Account::new(1000));
        thread::scope(|s| {
            for i in 0..4 {
                let (from, to) = if i % 2 == 0 { (&x, &y) } else { (&y, &x) };
                s.spawn(move || {
                    for _ in 0..20_000 {
                        transfer(from, to, 3);
                    }
                });
            }
        });
        assert_eq!(x.balance.into_inner() + y.balance.into_inner(), 2000);
    }

    /// `with(x, with(y))` against `with(y, with(x))` deadlocks with plain
    /// mutexes; here the thread whose inner lock is contended suspends its
    /// outer section while it waits.
    #[test]
    fn opposite_order_nesting_does_not_deadlock() {
        // Threads below share the mutex: the locks must be atomic.
        crate::object::ebr::share_objects();
        let (x, y) = (Account::new(0), Account::new(0));
        thread::scope(|s| {
            for i in 0..4 {
                let (outer, inner) = if i % 2 == 0 { (&x, &y) } else { (&y, &x) };
                s.spawn(move || {
                    for _ in 0..20_000 {
                        with(&outer.mutex, || {
                            outer.add(1);
                            with(&inner.mutex, || inner.add(1));
                            assert!(outer.mutex.is_locked(), "the outer section resumed");
                        });
                    }
                });
            }
        });
        assert_eq!(
            x.balance.into_inner() + y.balance.into_inner(),
            4 * 2 * 20_000
        );
    }

    /// A thread that blocks inside a section (as in a blocking call) lets
    /// another thread take the section's object, and gets it back after.
    #[test]
    fn suspended_section_lets_others_in() {
        // Threads below share the mutex: the locks must be atomic.
        crate::object::ebr::share_objects();
        let account = Account::new(0);
        let other_done = AtomicBool::new(false);
        thread::scope(|s| {
            with(&account.mutex, || {
                account.add(1);
                // SAFETY: `account` is not touched until `resume_top`.
                unsafe { suspend_all() };
                assert!(!account.mutex.is_locked());
                s.spawn(|| {
                    with(&account.mutex, || account.add(10));
                    other_done.store(true, Relaxed);
                });
                while !other_done.load(Relaxed) {
                    thread::yield_now();
                }
                resume_top();
                assert!(account.mutex.is_locked());
                account.add(100);
            });
        });
        assert!(!account.mutex.is_locked());
        assert_eq!(account.balance.into_inner(), 111);
    }
}
