//! What the lock-free container models share: the object they store (loom
//! detects a use after its drop, and its tag tells objects apart), model
//! threads that leave the runtime as real ones do, and the model runner.

use loom::sync::atomic::{AtomicUsize, Ordering::Relaxed};
use loom::thread::{self, JoinHandle};
use runtime::object::PyRef;
use runtime::threads::brc;
use runtime::types::{Slots, Type};

/// Preemptions per execution the container models explore
/// (`LOOM_MAX_PREEMPTIONS` overrides it).
pub const PREEMPTIONS: usize = 3;

/// An object whose drop writes its `alive` atomic through `with_mut`,
/// which loom reports as a causality violation unless it happens after
/// every load of it: a reader that checks `alive` (see [`tag`]) is proven
/// never to use a freed object.
pub struct Probe {
    alive: AtomicUsize,
    tag: usize,
}

impl Drop for Probe {
    fn drop(&mut self) {
        self.alive.with_mut(|alive| *alive = 0);
    }
}

static PROBE: Type = Type::builtin::<Probe>("probe", None, 0, Slots::NONE);

/// A new probe tagged `tag`.
pub fn probe(tag: usize) -> PyRef {
    PyRef::new(
        Probe {
            alive: AtomicUsize::new(1),
            tag,
        },
        &PROBE,
    )
}

/// The tag of a probe, checking it is still alive.
pub fn tag(obj: &PyRef) -> usize {
    let p = obj.payload::<Probe>().expect("a probe");
    assert_eq!(p.alive.load(Relaxed), 1, "object used after its drop");
    p.tag
}

/// A model thread, which leaves the biased-RC registry when done.
pub fn spawn<T: 'static>(body: impl FnOnce() -> T + Send + 'static) -> JoinHandle<T> {
    thread::spawn(|| {
        let result = body();
        brc::leave();
        result
    })
}

/// Runs the container model `model` within [`PREEMPTIONS`].
pub fn check(model: impl Fn() + Sync + Send + 'static) {
    let mut builder = loom::model::Builder::new();
    builder.preemption_bound.get_or_insert(PREEMPTIONS);
    builder.check(model);
}
