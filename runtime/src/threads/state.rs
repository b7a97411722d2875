//! Thread states: one per OS thread running Python, registered with the
//! runtime's [`Threads`] while the thread lives.
//!
//! A thread is *attached* while it may touch Python objects and *detached*
//! while it blocks (I/O, sleep, lock waits) or runs no Python; a detached
//! thread is *suspended* while a stop-the-world holds it. Only the thread
//! itself enters or leaves the attached state; a stop-the-world requester
//! moves other threads between detached and suspended, and marks attached
//! ones as asked to park.
//!
//! In GIL mode, attaching takes the GIL before the state turns attached and
//! detaching turns the state detached before releasing the GIL, so at most
//! one thread is attached at any time.

use std::fmt;
use std::time::Duration;

use super::eval_breaker::{EvalBreaker, Requests};
use super::gil::{Gil, GilMode};
use super::stop_the_world::{StopTheWorld, World};
use crate::sync::{Arc, AtomicU8, Ordering};

/// The runtime's set of threads, the GIL and the stop-the-world protocol.
/// Cloning shares them.
#[derive(Clone)]
pub struct Threads(Arc<Shared>);

struct Shared {
    gil: Gil,
    world: World,
}

impl Threads {
    pub fn new(mode: GilMode) -> Self {
        Self(Arc::new(Shared {
            gil: Gil::new(mode),
            world: World::new(),
        }))
    }

    /// Registers the calling OS thread; it starts detached. Dropping the
    /// handle detaches the thread and removes it.
    pub fn register(&self) -> ThreadHandle {
        let state = Arc::new(ThreadState {
            status: AtomicU8::new(Status::Detached as u8),
            eval_breaker: EvalBreaker::default(),
        });
        self.0.world.register(Arc::clone(&state));
        ThreadHandle {
            shared: Arc::clone(&self.0),
            state,
            hooks: Vec::new(),
        }
    }

    /// `sys._is_gil_enabled()`.
    pub fn gil_enabled(&self) -> bool {
        self.0.gil.enabled()
    }

    /// `sys.getswitchinterval()`.
    pub fn switch_interval(&self) -> Duration {
        self.0.gil.switch_interval()
    }

    /// `sys.setswitchinterval()`; the caller rejects non-positive values.
    /// Zero makes a waiting thread ask the holder to drop the GIL at once.
    pub fn set_switch_interval(&self, interval: Duration) {
        self.0.gil.set_switch_interval(interval);
    }
}

/// The part of a thread's state other threads may touch.
pub struct ThreadState {
    status: AtomicU8,
    eval_breaker: EvalBreaker,
}

impl ThreadState {
    /// Where other threads post requests to this one (refcount merges,
    /// async exceptions, signals).
    pub fn eval_breaker(&self) -> &EvalBreaker {
        &self.eval_breaker
    }

    pub fn is_attached(&self) -> bool {
        matches!(self.status(), Status::Attached | Status::StopRequested)
    }

    pub(super) fn status(&self) -> Status {
        Status::from_u8(self.status.load(Ordering::Acquire))
    }

    pub(super) fn set_status(&self, status: Status) {
        self.status.store(status as u8, Ordering::Release);
    }

    pub(super) fn swap_status(&self, status: Status) -> Status {
        Status::from_u8(self.status.swap(status as u8, Ordering::AcqRel))
    }

    /// Moves from `from` to `to` unless the state is no longer `from`; then
    /// returns the state found.
    pub(super) fn change_status(&self, from: Status, to: Status) -> Result<(), Status> {
        self.status
            .compare_exchange(from as u8, to as u8, Ordering::AcqRel, Ordering::Acquire)
            .map(drop)
            .map_err(Status::from_u8)
    }
}

impl fmt::Debug for ThreadState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ThreadState")
            .field("status", &self.status())
            .field("pending", &self.eval_breaker.pending())
            .finish()
    }
}

/// A thread's state; the owner moves in and out of the attached states,
/// a stop-the-world requester moves the others.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub(super) enum Status {
    Detached,
    Attached,
    /// Attached, and a stop-the-world requester waits for it to park.
    StopRequested,
    /// Detached and held by a stop-the-world.
    Suspended,
}

impl Status {
    fn from_u8(value: u8) -> Self {
        match value {
            0 => Self::Detached,
            1 => Self::Attached,
            2 => Self::StopRequested,
            _ => Self::Suspended,
        }
    }
}

/// Work another subsystem must do whenever the thread stops or starts being
/// attached. Critical sections use it: a thread must not keep per-object
/// locks while blocked, or two threads could deadlock across objects, so
/// `before_detach` suspends them and `after_attach` takes them again.
///
/// Both run on the thread itself and while it is attached: `before_detach`
/// just before it detaches (it still holds the GIL in GIL mode),
/// `after_attach` just after it attached. Detaching at a safe point (a GIL
/// handoff or a stop-the-world) runs them too. A hook that must block may
/// detach through the handle it is given; that re-enters the hooks.
pub trait DetachHook {
    fn before_detach(&self, thread: &ThreadHandle);
    fn after_attach(&self, thread: &ThreadHandle);
}

/// The calling OS thread's registration: all state transitions go through
/// it. Not `Send`: it belongs to the thread that registered it.
pub struct ThreadHandle {
    shared: Arc<Shared>,
    state: Arc<ThreadState>,
    hooks: Vec<Box<dyn DetachHook>>,
}

impl ThreadHandle {
    pub fn state(&self) -> &Arc<ThreadState> {
        &self.state
    }

    pub fn is_attached(&self) -> bool {
        self.state.is_attached()
    }

    /// Hooks run in registration order on attach and in reverse on detach.
    pub fn add_hook(&mut self, hook: Box<dyn DetachHook>) {
        self.hooks.push(hook);
    }

    /// Becomes attached: takes the GIL in GIL mode, then waits while a
    /// stop-the-world holds this thread. Does nothing if already attached.
    pub fn attach(&self) {
        if self.is_attached() {
            return;
        }
        self.shared.gil.acquire(&self.state);
        self.shared.world.attach(&self.state);
        for hook in &self.hooks {
            hook.after_attach(self);
        }
    }

    /// Becomes detached and releases the GIL. Does nothing if detached.
    pub fn detach(&self) {
        if self.is_attached() {
            self.leave(false);
        }
    }

    /// Runs `blocking` detached, so that other threads take the GIL and
    /// stop-the-world does not wait for it, then attaches again if the
    /// thread was attached.
    pub fn detached<R>(&self, blocking: impl FnOnce() -> R) -> R {
        if !self.is_attached() {
            return blocking();
        }
        self.detach();
        let result = blocking();
        self.attach();
        result
    }

    /// Called by the eval loop when its poll of the eval breaker finds a
    /// request. Answers GIL drop requests and stop-the-world here, by one
    /// detach and attach; the other requests are the caller's to handle.
    pub fn safe_point(&self) {
        let pending = self.state.eval_breaker.pending();
        if pending.intersects(Requests::GIL_DROP | Requests::STOP_THE_WORLD) && self.is_attached() {
            self.leave(true);
            self.attach();
        }
    }

    /// Stops every other thread: attached ones park at their next safe
    /// point, detached ones cannot attach, and no thread registers or exits,
    /// until the returned guard is dropped. The caller becomes attached and
    /// stays so (the `&mut` keeps it from detaching meanwhile). If another
    /// thread is stopping the world, this one parks until it is done.
    pub fn stop_the_world(&mut self) -> StopTheWorld<'_> {
        let this: &Self = self;
        this.attach();
        loop {
            if let Some(stopped) = this.shared.world.try_stop(&this.state) {
                return stopped;
            }
            this.leave(true);
            this.attach();
        }
    }

    /// Leaves the attached state: parked (suspended, if a stop-the-world is
    /// under way) at a safe point, else plainly detached.
    fn leave(&self, at_safe_point: bool) {
        for hook in self.hooks.iter().rev() {
            hook.before_detach(self);
        }
        self.shared.world.detach(&self.state, at_safe_point);
        self.shared.gil.release(&self.state);
    }
}

impl Drop for ThreadHandle {
    fn drop(&mut self) {
        self.detach();
        self.shared.world.unregister(&self.state);
    }
}

impl fmt::Debug for ThreadHandle {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.state.fmt(f)
    }
}

#[cfg(all(test, not(loom)))]
mod tests {
    use std::cell::RefCell;
    use std::rc::Rc;

    use super::*;

    struct Record(Rc<RefCell<Vec<&'static str>>>);

    impl DetachHook for Record {
        fn before_detach(&self, thread: &ThreadHandle) {
            assert!(thread.is_attached());
            self.0.borrow_mut().push("detach");
        }

        fn after_attach(&self, thread: &ThreadHandle) {
            assert!(thread.is_attached());
            self.0.borrow_mut().push("attach");
        }
    }

    #[test]
    fn hooks_run_on_each_transition_while_attached() {
        let threads = Threads::new(GilMode::Emulated);
        let log = Rc::new(RefCell::new(Vec::new()));
        let mut thread = threads.register();
        thread.add_hook(Box::new(Record(Rc::clone(&log))));
        assert!(!thread.is_attached());
        thread.attach();
        thread.attach();
        assert_eq!(thread.detached(|| 7), 7);
        thread.state().eval_breaker().request(Requests::GIL_DROP);
        thread.safe_point();
        assert!(thread.state().eval_breaker().pending().is_empty());
        drop(thread);
        assert_eq!(
            *log.borrow(),
            ["attach", "detach", "attach", "detach", "attach", "detach"]
        );
    }
}
