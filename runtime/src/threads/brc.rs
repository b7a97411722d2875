//! Biased reference counting's per-thread side: thread ids, and each
//! thread's merge queue, where other threads leave the objects it owns whose
//! shared count they would have taken below zero (see `object::refcount`).
//!
//! A registry maps each live thread's id to its queue. A thread registers on
//! its first use of an object and leaves when it exits ([`leave`]): from then
//! on it counts as a non-owner everywhere and never writes a local count
//! again; it unregisters and takes its queue in one step under the
//! registry's lock, then merges what it took. The objects it still owns are
//! abandoned: a thread that would queue one finds no owner and merges it
//! itself, which is safe because the owner's last local store happened
//! before it unregistered (the lock orders the two). Ids are never reused,
//! so an abandoned object's id never names a new thread.

use crate::object::QueuedRef;
use crate::sync::{
    Arc, AtomicBool, Mutex, MutexGuard, Ordering::Relaxed, const_thread_local, lazy_static,
    thread_local,
};
use std::cell::Cell;
use std::collections::HashMap;
use std::mem;
use std::sync::PoisonError;

/// The live threads' merge queues.
struct Registry {
    /// The next thread's id; 0 means "no owner" in an object header.
    next_id: usize,
    queues: HashMap<usize, Queue>,
}

struct Queue {
    objects: Vec<QueuedRef>,
    /// Set when `objects` gets one; lets the owner's safe points skip the
    /// lock (becomes an eval-breaker bit).
    pending: Arc<AtomicBool>,
}

lazy_static! {
    static ref REGISTRY: Mutex<Registry> = Mutex::new(Registry {
        next_id: 1,
        queues: HashMap::new()
    });
}

fn registry() -> MutexGuard<'static, Registry> {
    // Nothing panics while holding the lock, but a poisoned registry is
    // still consistent: each update is a single map or vector operation.
    REGISTRY.lock().unwrap_or_else(PoisonError::into_inner)
}

/// This thread's registration; dropping it (at thread exit) leaves.
struct Registration {
    id: usize,
    pending: Arc<AtomicBool>,
    /// Set when the thread begins to leave.
    left: Cell<bool>,
}

thread_local! {
    static THREAD: Registration = Registration::new();
}

const_thread_local! {
    /// This thread's id while it is registered and has not begun to leave,
    /// else 0: every reference count update asks for the id, and this
    /// destructor-free, const-initialised cell is one load where `THREAD`
    /// checks its lazy initialisation and destruction state.
    static CURRENT_ID: Cell<usize> = Cell::new(0);
}

impl Registration {
    fn new() -> Self {
        let pending = Arc::new(AtomicBool::new(false));
        let mut registry = registry();
        let id = registry.next_id;
        registry.next_id += 1;
        if id > 1 {
            // A backstop for threads not started through `_thread` (which
            // declares sharing before the start, as it must): lock-free
            // readers pin from the second registered thread on.
            crate::object::ebr::share_objects();
        }
        let queue = Queue {
            objects: Vec::new(),
            pending: pending.clone(),
        };
        registry.queues.insert(id, queue);
        drop(registry);
        // A registered thread keeps the blocks of objects it frees for its
        // next ones, until it leaves.
        crate::object::enable_free_lists();
        Self {
            id,
            pending,
            left: Cell::new(false),
        }
    }

    /// Takes the objects queued for this thread; if `unregister`, also
    /// removes the queue in the same critical section.
    fn take_queue(&self, unregister: bool) -> Vec<QueuedRef> {
        let mut registry = registry();
        let objects = if unregister {
            registry.queues.remove(&self.id).map(|queue| queue.objects)
        } else {
            let queue = registry.queues.get_mut(&self.id);
            queue.map(|queue| mem::take(&mut queue.objects))
        };
        objects.unwrap_or_default()
    }

    fn leave(&self) {
        if self.left.replace(true) {
            return;
        }
        // The thread owns nothing from here on (`current_thread_id`).
        let _ = CURRENT_ID.try_with(|id| id.set(0));
        // Only this thread merges what it took (they are queued, so nobody
        // queues them again); frees that cascade to objects it owned go
        // through their shared counts, like any non-owner's.
        self.take_queue(true).into_iter().for_each(QueuedRef::merge);
        // From here on, frees hand blocks back to the global allocator.
        crate::object::release_free_lists();
    }
}

impl Drop for Registration {
    fn drop(&mut self) {
        self.leave();
    }
}

/// The current thread's id as an object owner: `None` once the thread has
/// begun to exit (it then owns nothing).
#[inline]
pub fn current_thread_id() -> Option<usize> {
    match CURRENT_ID.try_with(Cell::get) {
        Ok(0) => registered_thread_id(),
        Ok(id) => Some(id),
        Err(_) => None,
    }
}

/// [`current_thread_id`] before the id is cached: registers the thread on
/// its first use of an object, and caches the id unless it has left.
#[cold]
fn registered_thread_id() -> Option<usize> {
    let id = THREAD
        .try_with(|thread| (!thread.left.get()).then_some(thread.id))
        .ok()
        .flatten()?;
    let _ = CURRENT_ID.try_with(|cached| cached.set(id));
    Some(id)
}

/// Gives up this thread's objects: merges what is queued for it and leaves
/// the registry (see the module doc). The thread-state teardown calls it; a
/// thread that does not leaves when its thread-locals are destroyed.
pub fn leave() {
    // A thread whose registration is already destroyed has left.
    let _ = THREAD.try_with(Registration::leave);
}

/// Merges the objects other threads queued for this thread. To be called at
/// safe points (the eval loop's breaker); cheap when nothing is queued.
pub fn merge_pending() {
    let objects = THREAD
        .try_with(|thread| {
            if thread.pending.swap(false, Relaxed) {
                thread.take_queue(false)
            } else {
                Vec::new()
            }
        })
        .unwrap_or_default();
    objects.into_iter().for_each(QueuedRef::merge);
}

/// Hands `obj` to its owner's merge queue, or merges it here if the owner
/// has exited.
pub(crate) fn queue_for_merge(obj: QueuedRef) {
    let mut registry = registry();
    match registry.queues.get_mut(&obj.owner()) {
        Some(queue) => {
            queue.objects.push(obj);
            // Relaxed: the owner reads the queue itself under the lock. A
            // swap, not a store: in this protocol's model loom 0.7 lost a
            // plain store (a load right after it read the old value; see
            // its modification-order bugs, tokio-rs/loom#282).
            queue.pending.swap(true, Relaxed);
        }
        None => {
            // The owner left the registry (which this lock orders before
            // us) and never touches the object's local count again.
            drop(registry);
            obj.merge();
        }
    }
}
