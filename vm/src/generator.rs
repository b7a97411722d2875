//! Generators, coroutines and async generators: a suspended frame resumed
//! by `send`/`throw`/`close` (and by iteration), with the protocol pieces
//! the eval loop needs for `yield from`, `await` and `async for`.

use crate::code::CodeRef;
use crate::eval::{self, Exit};
use crate::frame::{Frame, FrameCode, Pool};
use crate::frame_object;
use crate::thread_state::{self, Level};
use compiler::bytecode::CodeFlags;
use runtime::lock::{Claim, Claimable, claim::HELD};
use runtime::object::Locked;
use runtime::types::exceptions as exc;
use runtime::types::{Args, OBJECT, Slots, Type, from_bool, is_none, none, str as pystr, tuple};
use runtime::{PyErr, PyRef, PyResult, ops};

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Generator,
    Coroutine,
    AsyncGenerator,
}

/// The payload of generators, coroutines and async generators.
pub struct Generator {
    kind: Kind,
    /// The frame and what it handles, in state [`CREATED`], [`SUSPENDED`]
    /// or [`FINISHED`]. A thread resumes the generator by claiming it from
    /// `CREATED` or `SUSPENDED` ([`Generator::claim`]: one compare-and-swap
    /// to [`RUNNING`]), holds the claim while the frame runs and releases it
    /// in the next state. Anyone finding it `RUNNING` (the generator itself,
    /// or another thread) gets "already executing". Readers
    /// ([`Generator::inspect`]) claim it for a moment, running no Python
    /// code, tagged with the state they found, which [`state_of`] still
    /// reads through the claim.
    suspended: Claimable<Suspended>,
    qualname: PyRef,
    /// The frame's code, kept for `gi_code` once the frame is gone: for a
    /// generator function of a module or class body, an uncounted reference.
    code: FrameCode,
}

/// Not run yet: the frame is at its first instruction.
const CREATED: u8 = 0;
/// Suspended at a `yield` (or `await`).
const SUSPENDED: u8 = 1;
/// Running: the thread running it holds its suspended state (claimed
/// with this tag).
const RUNNING: u8 = 2;
/// Returned, raised or closed: no frame any more.
const FINISHED: u8 = 3;

/// The generator state a raw claim state says: a free one, the one a
/// reader's claim was tagged with, or `RUNNING`.
fn state_of(raw: u8) -> u8 {
    raw & !HELD
}

/// What a generator keeps between resumptions; the thread running it holds
/// it locked while it runs.
#[derive(Default)]
struct Suspended {
    /// The generator's frame, none once it finished: the frame stack the eval
    /// loop runs, kept (with its one allocation) from one resumption to the
    /// next.
    frames: Vec<Box<Frame>>,
    /// The exception being handled inside the generator.
    handled: Option<PyRef>,
}

impl Suspended {
    fn frame(&self) -> Option<&Frame> {
        self.frames.first().map(|f| &**f)
    }

    /// The subiterator the frame delegates to while suspended in `yield
    /// from`/`await` (at the `RESUME` after the yield, the subiterator on
    /// top of its stack).
    fn delegate(&self) -> Option<&PyRef> {
        let f = self.frame()?;
        let (op, arg) = compiler::bytecode::decode(*f.code.source.code.get(f.pc)?);
        if op == Some(compiler::bytecode::Opcode::RESUME) && arg >= 2 {
            f.stack().last()?.as_ref()
        } else {
            None
        }
    }
}

impl Generator {
    /// The generator's state ([`CREATED`], [`SUSPENDED`], [`RUNNING`] or
    /// [`FINISHED`]).
    fn state(&self) -> u8 {
        state_of(self.suspended.state())
    }

    /// Claims the generator to run it, from `CREATED` or `SUSPENDED` (the
    /// claim's [`Claim::from`]); otherwise the state that stops it
    /// (`RUNNING` or `FINISHED`).
    #[inline(always)]
    fn claim(&self) -> Result<Taken<'_>, u8> {
        loop {
            match self
                .suspended
                .try_claim(|s| s == CREATED || s == SUSPENDED, |_| RUNNING)
            {
                Ok(taken) => return Ok(taken),
                Err(raw) if raw == HELD | RUNNING || raw == FINISHED => return Err(state_of(raw)),
                // A reader holds it for a moment.
                Err(_) => std::thread::yield_now(),
            }
        }
    }

    /// Reads the suspended state; `None` while the generator runs (the
    /// running thread has it).
    fn inspect<R>(&self, f: impl FnOnce(&Suspended) -> R) -> Option<R> {
        loop {
            match self.suspended.try_claim(|_| true, |s| s) {
                Ok(s) => return Some(f(&s)),
                Err(raw) if raw == HELD | RUNNING => return None,
                // Another reader for a moment.
                Err(_) => std::thread::yield_now(),
            }
        }
    }
}

/// A generator's suspended state, claimed to run it.
type Taken<'a> = Claim<'a, Suspended>;

/// Ends a claim after the frame ran (or was left as it was): the generator
/// is `unfinished` if it still has its frame, else finished, and what it
/// handled goes. A suspended frame may resume on another thread: it holds
/// no references of this thread's cache.
#[inline(always)]
fn settle(mut taken: Taken<'_>, unfinished: u8) {
    if let Some(frame) = taken.frames.first_mut() {
        frame.values.make_owned();
        taken.release(unfinished);
    } else {
        let handled = taken.handled.take();
        taken.release(FINISHED);
        drop(handled);
    }
}

const fn gen_slots(next: runtime::types::IterNextFn) -> Slots {
    Slots {
        iternext: Some(next),
        ..Slots::NONE
    }
}

pub static GENERATOR: Type =
    Type::builtin::<Generator>("generator", Some(&OBJECT), 0, gen_slots(gen_iternext));
pub static COROUTINE: Type = Type::builtin::<Generator>("coroutine", Some(&OBJECT), 0, Slots::NONE);
pub static ASYNC_GENERATOR: Type =
    Type::builtin::<Generator>("async_generator", Some(&OBJECT), 0, Slots::NONE);

/// A value an async generator yields (as opposed to one its awaits pass up).
pub struct Wrapped(pub PyRef);
pub static ASYNC_WRAPPED: Type = Type::builtin::<Wrapped>(
    "async_generator_wrapped_value",
    Some(&OBJECT),
    0,
    Slots::NONE,
);

/// The awaitable of `agen.__anext__()` / `asend(v)` / `athrow(e)`.
pub struct ASend {
    agen: PyRef,
    first: Locked<Option<Resume>>,
    /// `aclose()`'s awaitable: the generator must exit, not yield.
    closing: bool,
}
pub static ASYNC_GEN_ASEND: Type = Type::builtin::<ASend>(
    "async_generator_asend",
    Some(&OBJECT),
    0,
    gen_slots(asend_iternext),
);

#[derive(Clone)]
enum Resume {
    /// `next()`: None sent in, without making the value.
    Next,
    Value(PyRef),
    Throw(PyRef),
}

/// Wraps a frame that ran RETURN_GENERATOR.
pub fn new_generator(mut frame: Box<Frame>) -> PyRef {
    frame.values.make_owned();
    let flags = frame.code.source.flags;
    let (kind, ty): (Kind, &'static Type) = if flags.has(CodeFlags::COROUTINE) {
        (Kind::Coroutine, &COROUTINE)
    } else if flags.has(CodeFlags::ASYNC_GENERATOR) {
        (Kind::AsyncGenerator, &ASYNC_GENERATOR)
    } else {
        (Kind::Generator, &GENERATOR)
    };
    let qualname = frame.code.qualname.clone();
    let code = frame.code.clone();
    // Room for the frames of the calls the generator makes, so that its
    // first call does not move the stack to a bigger allocation.
    let mut frames = Vec::with_capacity(4);
    frames.push(frame);
    PyRef::new(
        Generator {
            kind,
            suspended: Claimable::new(
                CREATED,
                Suspended {
                    frames,
                    handled: None,
                },
            ),
            qualname,
            code,
        },
        ty,
    )
}

fn payload(g: &PyRef) -> &Generator {
    g.payload::<Generator>().expect("a generator")
}

pub fn is_generator_like(obj: &PyRef) -> bool {
    obj.payload::<Generator>().is_some()
}

/// What resuming a generator gave.
pub enum Sent {
    Yielded(PyRef),
    Returned(PyRef),
}

fn kind_name(k: Kind) -> &'static str {
    match k {
        Kind::Generator => "generator",
        Kind::Coroutine => "coroutine",
        Kind::AsyncGenerator => "async generator",
    }
}

fn already_executing(kind: Kind) -> PyErr {
    PyErr::value_error(format!("{} already executing", kind_name(kind)))
}

/// Resumes the generator `g` with a value or an exception.
fn resume(g: &PyRef, how: Resume) -> PyResult<Sent> {
    resume_inlined(g, how, None)
}

/// [`resume`] from an eval loop, whose frame `pool` the generator's frames
/// use (a nested loop's own pool would start empty).
fn resume_in(g: &PyRef, how: Resume, pool: Option<&mut Pool>) -> PyResult<Sent> {
    resume_inlined(g, how, pool)
}

/// [`resume`], inlined into the paths that resume most (`next()`, FOR_ITER
/// and SEND).
#[inline(always)]
fn resume_inlined(g: &PyRef, how: Resume, mut pool: Option<&mut Pool>) -> PyResult<Sent> {
    let state = payload(g);
    let mut taken = match state.claim() {
        Ok(taken) => taken,
        Err(RUNNING) => return Err(already_executing(state.kind)),
        Err(_) => {
            return match how {
                Resume::Throw(e) => Err(PyErr::from_instance(e)),
                Resume::Next | Resume::Value(_) if state.kind == Kind::Coroutine => Err(
                    PyErr::runtime_error("cannot reuse already awaited coroutine"),
                ),
                Resume::Next | Resume::Value(_) => Ok(Sent::Returned(none())),
            };
        }
    };
    let was = taken.from();
    // The value sent in (`None` for a None not made).
    let (value, throw) = match how {
        Resume::Next => (None, None),
        Resume::Value(v) => {
            if was == CREATED && !is_none(&v) {
                drop(taken);
                return Err(PyErr::type_error(format!(
                    "can't send non-None value to a just-started {}",
                    kind_name(state.kind)
                )));
            }
            (Some(v), None)
        }
        // Thrown before the first instruction: nothing handles it.
        Resume::Throw(e) if was == CREATED => {
            let frames = std::mem::take(&mut taken.frames);
            taken.release(FINISHED);
            drop(frames);
            return Err(PyErr::from_instance(e));
        }
        // As CPython's, the frame gets a sent value (None) on its stack
        // before the exception is raised in it: a `yield from`'s handler
        // (`CLEANUP_THROW`) expects the delegate and that value below it.
        Resume::Throw(e) => (Some(none()), Some(PyErr::from_instance(e))),
    };
    // A generator suspended in `yield from` a generator, handling no
    // exception, passes the value straight down: while the delegate yields,
    // its own frame would only yield the same again, so it stays as it is
    // (claimed meanwhile, one level deeper, as if it ran). When the delegate
    // finishes, the frame runs and its `SEND` finds the delegate returned
    // None, or the delegate's result is raised where it is suspended (as
    // `throw()` does), which `CLEANUP_THROW` turns into the value of the
    // `yield from` or raises on.
    let delegate = match throw {
        None if state.kind == Kind::Generator && taken.handled.is_none() => {
            taken.delegate().filter(|sub| is_generator(sub))
        }
        _ => None,
    };
    let (value, throw) = match delegate {
        // The delegate is borrowed from the frame, which stays as it is
        // (claimed and locked) while the delegate runs.
        Some(sub) => {
            if let Err(e) = enter_depth() {
                settle(taken, was);
                return Err(e);
            }
            let how = value.map_or(Resume::Next, Resume::Value);
            let sent = resume_in(sub, how, pool.as_deref_mut());
            thread_state::leave();
            match sent {
                Ok(Sent::Yielded(v)) => {
                    settle(taken, SUSPENDED);
                    return Ok(Sent::Yielded(v));
                }
                Ok(Sent::Returned(r)) if is_none(&r) => (None, None),
                Ok(Sent::Returned(r)) => (Some(none()), Some(stop_iteration(r))),
                Err(e) => (Some(none()), Some(e)),
            }
        }
        _ => (value, throw),
    };
    let level = match enter(&mut taken) {
        Ok(level) => level,
        Err(e) => {
            settle(taken, was);
            return Err(e);
        }
    };
    match throw {
        None => send_into(&mut taken.frames[0], value),
        // `CLEANUP_THROW` finds the value under the raised exception.
        Some(_) => taken.frames[0].push(value.unwrap_or_else(none)),
    }
    let result = match pool {
        Some(pool) => eval::run_in(&mut taken.frames, throw, pool),
        None => eval::run(&mut taken.frames, throw),
    };
    leave(&mut taken, level, matches!(result, Ok(Exit::Yield(_))));
    settle(taken, SUSPENDED);
    match result? {
        Exit::Yield(v) => Ok(Sent::Yielded(v)),
        Exit::Return(v) => Ok(Sent::Returned(v)),
    }
}

/// Hands a suspended frame the value it resumes with (`None`: a None not
/// made, as `next()` sends). Where the frame
/// only drops it, it goes past the instructions that would, when the value
/// is None: the `POP_TOP` and `RESUME` a generator starts with, and the
/// `RESUME` then `POP_TOP` after a `yield` statement (fused). All they do
/// besides is poll the eval breaker, which every loop does at its backward
/// jump.
#[inline(always)]
fn send_into(frame: &mut Frame, value: Option<PyRef>) {
    use compiler::bytecode::Opcode::{self, POP_TOP, RESUME, RESUME_POP_TOP};
    let words = &frame.code.words;
    let is = |at: usize, op: Opcode| words.get(at).is_some_and(|&w| w as u8 == op as u8);
    let after = |at: usize, op: Opcode| at + 1 + op.cache_words() as usize;
    let at = frame.pc;
    let past = if is(at, RESUME_POP_TOP) {
        Some(after(at, RESUME_POP_TOP))
    } else if is(at, POP_TOP) && is(after(at, POP_TOP), RESUME) {
        Some(after(after(at, POP_TOP), RESUME))
    } else {
        None
    };
    match past {
        Some(past) if value.as_ref().is_none_or(is_none) => frame.pc = past,
        _ => frame.push(value.unwrap_or_else(none)),
    }
}

/// Enters a claimed generator's frame: one more level of recursion depth,
/// and the generator's exception level with what it was handling.
#[inline(always)]
fn enter(taken: &mut Suspended) -> PyResult<Level> {
    enter_depth()?;
    Ok(thread_state::enter_level(taken.handled.take()))
}

/// One more level of recursion depth (a generator's frame resumed).
#[inline(always)]
fn enter_depth() -> PyResult<()> {
    if thread_state::enter() {
        return Ok(());
    }
    thread_state::leave();
    Err(PyErr::recursion_error("maximum recursion depth exceeded"))
}

/// Leaves what [`enter`] entered once the frame yielded (`run` already
/// left the depth of a frame that finished), keeping what the generator
/// handles for its next resumption.
#[inline(always)]
fn leave(taken: &mut Suspended, level: Level, yielded: bool) {
    taken.handled = thread_state::leave_level(level);
    if yielded {
        thread_state::leave();
    }
}

/// A generator resumed over and over by native code that runs no Python
/// code between resumptions (`sum()` of a generator expression): it is
/// claimed, locked, entered and made owned once for the whole run, not per
/// item. Held across items, the claim shows only to another thread racing
/// to resume it in that gap (which then gets "already executing" a little
/// longer): with the GIL no other thread runs there at all.
pub struct Batch<'a> {
    /// Given back when the batch ends.
    taken: Option<Taken<'a>>,
    /// Entered at the first resumption, left when the frame finishes or
    /// the batch ends.
    level: Option<Level>,
    /// The state to go back to while the frame has not run.
    was: u8,
    /// The frame pool the batch's eval loops share.
    pool: Pool,
}

impl<'a> Batch<'a> {
    /// Claims a plain generator for a batch; `None` for other objects and
    /// for a generator that is running or finished (whose ordinary `next`
    /// says so).
    pub fn claim(g: &'a PyRef) -> Option<Batch<'a>> {
        if !is_generator(g) {
            return None;
        }
        let taken = payload(g).claim().ok()?;
        let was = taken.from();
        Some(Batch {
            taken: Some(taken),
            level: None,
            was,
            pool: Pool::checkout_for_batch(),
        })
    }

    /// The next item, as `next(g)` (`None` once the generator returned).
    #[inline]
    pub fn next_item(&mut self) -> PyResult<Option<PyRef>> {
        let taken = self.taken.as_mut().expect("a claimed generator");
        if taken.frames.is_empty() {
            return Ok(None);
        }
        if self.level.is_none() {
            self.level = Some(enter(taken)?);
            self.was = SUSPENDED;
        }
        send_into(&mut taken.frames[0], None);
        let result = eval::run_in(&mut taken.frames, None, &mut self.pool);
        if let Ok(Exit::Yield(v)) = result {
            return Ok(Some(v));
        }
        if let Some(level) = self.level.take() {
            leave(taken, level, false);
        }
        result.map(|_| None)
    }
}

impl Drop for Batch<'_> {
    fn drop(&mut self) {
        if let Some(mut taken) = self.taken.take() {
            if let Some(level) = self.level.take() {
                leave(&mut taken, level, true);
            }
            settle(taken, self.was);
        }
    }
}

/// `receiver.send(value)` for SEND: generators directly (their frames
/// from the eval loop's `pool`), other iterators through `__next__`/`send`.
pub fn send(receiver: &PyRef, value: PyRef, pool: &mut Pool) -> PyResult<Sent> {
    if is_generator_like(receiver) && payload(receiver).kind != Kind::AsyncGenerator {
        return resume_inlined(receiver, Resume::Value(value), Some(pool));
    }
    let r = if is_none(&value) && receiver.type_of().slots.iternext.is_some() {
        match receiver.type_of().slots.iternext {
            Some(next) => match next(receiver) {
                Ok(Some(v)) => return Ok(Sent::Yielded(v)),
                Ok(None) => return Ok(Sent::Returned(none())),
                Err(e) => Err(e),
            },
            None => unreachable!(),
        }
    } else {
        ops::call_method(receiver, "send", &[value])
    };
    match r {
        Ok(v) => Ok(Sent::Yielded(v)),
        Err(e) if e.matches(&exc::STOP_ITERATION) => {
            Ok(Sent::Returned(stop_iteration_value(e.instance())))
        }
        Err(e) => Err(e),
    }
}

/// `StopIteration.value`.
pub fn stop_iteration_value(e: &PyRef) -> PyRef {
    if let Some(d) = e.instance_dict()
        && let Some(v) = runtime::types::dict::get_str(d, "value")
    {
        return v;
    }
    let args = exc::args(e);
    tuple::as_slice(&args)
        .and_then(|a| a.first().cloned())
        .unwrap_or_else(none)
}

fn stop_iteration(v: PyRef) -> PyErr {
    let e = PyErr::stop_iteration(if is_none(&v) { None } else { Some(v.clone()) });
    if let Some(d) = e.instance().instance_dict() {
        runtime::types::dict::set_str(d, "value", v);
    }
    e
}

/// `next(g)` of a generator (the `iternext` slot, and `FOR_ITER` over a
/// generator): the yielded value, or `None` when it returned.
pub fn next(g: &PyRef, pool: &mut Pool) -> PyResult<Option<PyRef>> {
    iternext(g, Some(pool))
}

fn gen_iternext(g: &PyRef) -> PyResult<Option<PyRef>> {
    iternext(g, None)
}

#[inline(always)]
fn iternext(g: &PyRef, pool: Option<&mut Pool>) -> PyResult<Option<PyRef>> {
    match resume_inlined(g, Resume::Next, pool)? {
        Sent::Yielded(v) => Ok(Some(v)),
        Sent::Returned(_) => Ok(None),
    }
}

fn gen_send_method(args: &Args) -> PyResult {
    let a = args.exact("send", 2, 2)?;
    finish(resume(&a[0], Resume::Value(a[1].clone()))?)
}

fn gen_next_method(args: &Args) -> PyResult {
    let a = args.exact("__next__", 1, 1)?;
    next_raising(&a[0])
}

/// `next(g)` of a generator, whose exhaustion raises `StopIteration` with
/// the returned value (the iternext slot reports exhaustion without it).
pub fn next_raising(g: &PyRef) -> PyResult {
    finish(resume(g, Resume::Next)?)
}

/// Whether `obj` is a (plain) generator.
pub fn is_generator(obj: &PyRef) -> bool {
    std::ptr::eq(obj.type_of(), &GENERATOR)
}

/// The exception `throw(typ[, val[, tb]])` raises.
fn throw_value(args: &[PyRef]) -> PyResult<PyRef> {
    let typ = &args[0];
    if exc::is_exception(typ) {
        return Ok(typ.clone());
    }
    if exc::is_exception_type(typ) {
        let val = args.get(1).filter(|v| !is_none(v));
        return match val {
            Some(v) if exc::is_exception(v) => Ok(v.clone()),
            Some(v) => ops::call(typ, std::slice::from_ref(v)),
            None => ops::call(typ, &[]),
        };
    }
    Err(PyErr::type_error(format!(
        "exceptions must be classes or instances deriving from BaseException, not {}",
        typ.type_of().name()
    )))
}

/// The subiterator a generator suspended in `yield from`/`await` delegates to.
fn delegate(g: &PyRef) -> Option<PyRef> {
    payload(g).inspect(|s| s.delegate().cloned()).flatten()
}

fn gen_throw_method(args: &Args) -> PyResult {
    let a = args.exact("throw", 2, 4)?;
    let e = throw_value(&a[1..])?;
    finish(throw_into(&a[0], e)?)
}

/// Raises `e` where `g` is suspended. A generator delegating with `yield
/// from`/`await` passes it to the delegate first (GeneratorExit closes the
/// delegate); what the delegate raises is raised in `g` instead.
fn throw_into(g: &PyRef, e: PyRef) -> PyResult<Sent> {
    let Some(sub) = delegate(g) else {
        return resume(g, Resume::Throw(e));
    };
    let r = if e.type_of().is_subtype(&exc::GENERATOR_EXIT) {
        match ops::lookup_method(&sub, "close") {
            Ok(Some(m)) => m.call(&[]).err(),
            Ok(None) => None,
            Err(err) => Some(err),
        }
        .map(Err)
    } else if is_generator_like(&sub) || ops::lookup_method(&sub, "throw")?.is_some() {
        Some(ops::call_method(&sub, "throw", std::slice::from_ref(&e)))
    } else {
        None
    };
    match r {
        Some(Ok(v)) => Ok(Sent::Yielded(v)),
        Some(Err(inner)) => resume(g, Resume::Throw(inner.into_instance())),
        None => resume(g, Resume::Throw(e)),
    }
}

/// A generator method's result: the yielded value, or `StopIteration`
/// carrying the returned one.
fn finish(sent: Sent) -> PyResult {
    match sent {
        Sent::Yielded(v) => Ok(v),
        Sent::Returned(v) => Err(stop_iteration(v)),
    }
}

fn gen_close_method(args: &Args) -> PyResult {
    let a = args.exact("close", 1, 1)?;
    let g = &a[0];
    let state = payload(g);
    if state.state() == FINISHED {
        return Ok(none());
    }
    // Never started: it finishes without running.
    if let Ok(mut taken) = state.suspended.try_claim(|s| s == CREATED, |_| RUNNING) {
        let frames = std::mem::take(&mut taken.frames);
        taken.release(FINISHED);
        drop(frames);
        return Ok(none());
    }
    let exit = ops::call(&exc::GENERATOR_EXIT.object(), &[])?;
    match throw_into(g, exit) {
        Ok(Sent::Yielded(_)) => Err(PyErr::runtime_error(format!(
            "{} ignored GeneratorExit",
            kind_name(payload(g).kind)
        ))),
        Ok(Sent::Returned(v)) => Ok(v),
        Err(e) if e.matches(&exc::GENERATOR_EXIT) || e.matches(&exc::STOP_ITERATION) => Ok(none()),
        Err(e) => Err(e),
    }
}

fn self_method(args: &Args) -> PyResult {
    Ok(args.exact("__iter__", 1, 1)?[0].clone())
}

fn gen_repr(args: &Args) -> PyResult {
    let g = &args.exact("__repr__", 1, 1)?[0];
    let q = pystr::to_string(&payload(g).qualname).unwrap_or_default();
    Ok(pystr::new_str(&format!(
        "<{} object {q} at {:#x}>",
        g.type_of().name(),
        g.id()
    )))
}

/// `INTRINSIC_ASYNC_GEN_WRAP`: marks a value an async generator yields.
pub fn wrap_async_value(v: PyRef) -> PyRef {
    PyRef::new(Wrapped(v), &ASYNC_WRAPPED)
}

/// `aiter(obj)` for `async for`.
pub fn get_aiter(obj: &PyRef) -> PyResult {
    match ops::lookup_method(obj, "__aiter__")? {
        Some(m) => m.call(&[]),
        None => Err(PyErr::type_error(format!(
            "'async for' requires an object with __aiter__ method, got {}",
            obj.type_of().name()
        ))),
    }
}

/// The awaitable of `anext(aiter)`.
pub fn get_anext(aiter: &PyRef) -> PyResult {
    let r = match ops::lookup_method(aiter, "__anext__")? {
        Some(m) => m.call(&[])?,
        None => {
            return Err(PyErr::type_error(format!(
                "'async for' requires an iterator with __anext__ method, got {}",
                aiter.type_of().name()
            )));
        }
    };
    get_awaitable(&r, 0)
}

/// The iterator `await obj` drives (`GET_AWAITABLE`).
pub fn get_awaitable(obj: &PyRef, _context: u32) -> PyResult {
    if std::ptr::eq(obj.type_of(), &COROUTINE) || std::ptr::eq(obj.type_of(), &ASYNC_GEN_ASEND) {
        return Ok(obj.clone());
    }
    match ops::lookup_method(obj, "__await__")? {
        Some(m) => {
            let it = m.call(&[])?;
            if std::ptr::eq(it.type_of(), &COROUTINE) {
                return Err(PyErr::type_error("__await__() returned a coroutine"));
            }
            if it.type_of().slots.iternext.is_none() {
                return Err(PyErr::type_error(format!(
                    "__await__() returned non-iterator of type '{}'",
                    it.type_of().name()
                )));
            }
            Ok(it)
        }
        None => Err(PyErr::type_error(format!(
            "'{}' object can't be awaited",
            obj.type_of().name()
        ))),
    }
}

fn new_asend(agen: &PyRef, first: Resume, closing: bool) -> PyRef {
    PyRef::new(
        ASend {
            agen: agen.clone(),
            first: Locked::new(Some(first)),
            closing,
        },
        &ASYNC_GEN_ASEND,
    )
}

/// One step of an `asend`: resume the async generator; a wrapped yield
/// completes the awaitable (StopIteration(value)), other yields pass up.
fn asend_step(a: &PyRef, how: Resume) -> PyResult {
    let s = a.payload::<ASend>().expect("an asend");
    let how = s
        .first
        .with(a, Option::take)
        .map_or(how.clone(), |first| match how {
            Resume::Throw(e) => Resume::Throw(e),
            Resume::Next | Resume::Value(_) => first,
        });
    let result = resume(&s.agen, how);
    if s.closing {
        return close_step(result);
    }
    match result {
        Ok(Sent::Yielded(v)) => match v.payload::<Wrapped>() {
            Some(w) => Err(stop_iteration(w.0.clone())),
            None => Ok(v),
        },
        Ok(Sent::Returned(_)) => Err(PyErr::with_args(&exc::STOP_ASYNC_ITERATION, Vec::new())),
        Err(e) if e.matches(&exc::STOP_ITERATION) => {
            Err(PyErr::runtime_error("async generator raised StopIteration"))
        }
        Err(e) => Err(e),
    }
}

/// One step of `aclose()`: awaits inside the generator's cleanup pass up;
/// the generator exiting (by returning or by GeneratorExit /
/// StopAsyncIteration) completes the awaitable with None.
fn close_step(result: PyResult<Sent>) -> PyResult {
    match result {
        Ok(Sent::Yielded(v)) if v.payload::<Wrapped>().is_some() => Err(PyErr::runtime_error(
            "async generator ignored GeneratorExit",
        )),
        Ok(Sent::Yielded(v)) => Ok(v),
        Ok(Sent::Returned(_)) => Err(stop_iteration(none())),
        Err(e) if e.matches(&exc::GENERATOR_EXIT) || e.matches(&exc::STOP_ASYNC_ITERATION) => {
            Err(stop_iteration(none()))
        }
        Err(e) => Err(e),
    }
}

fn asend_iternext(a: &PyRef) -> PyResult<Option<PyRef>> {
    match asend_step(a, Resume::Value(none())) {
        Ok(v) => Ok(Some(v)),
        Err(e) if e.matches(&exc::STOP_ITERATION) => Err(e),
        Err(e) => Err(e),
    }
}

fn asend_send(args: &Args) -> PyResult {
    let a = args.exact("send", 2, 2)?;
    asend_step(&a[0], Resume::Value(a[1].clone()))
}

fn asend_throw(args: &Args) -> PyResult {
    let a = args.exact("throw", 2, 4)?;
    let e = throw_value(&a[1..])?;
    asend_step(&a[0], Resume::Throw(e))
}

fn agen_anext(args: &Args) -> PyResult {
    let a = args.exact("__anext__", 1, 1)?;
    Ok(new_asend(&a[0], Resume::Value(none()), false))
}

fn agen_asend(args: &Args) -> PyResult {
    let a = args.exact("asend", 2, 2)?;
    Ok(new_asend(&a[0], Resume::Value(a[1].clone()), false))
}

fn agen_athrow(args: &Args) -> PyResult {
    let a = args.exact("athrow", 2, 4)?;
    let e = throw_value(&a[1..])?;
    Ok(new_asend(&a[0], Resume::Throw(e), false))
}

fn agen_aclose(args: &Args) -> PyResult {
    let a = args.exact("aclose", 1, 1)?;
    let exit = ops::call(&exc::GENERATOR_EXIT.object(), &[])?;
    Ok(new_asend(&a[0], Resume::Throw(exit), true))
}

/// `gi_suspended`: started, not finished, not running.
fn suspended(g: &PyRef) -> bool {
    payload(g).state() == SUSPENDED
}

/// The state attributes, under each kind's prefix (`gi_`, `cr_`, `ag_`);
/// `yieldfrom` is the name of the delegate's (`gi_yieldfrom`, `cr_await`).
fn register_state(ty: &'static Type, prefix: &str, yieldfrom: &str) {
    let name = |attr: &str| -> &'static str { format!("{prefix}_{attr}").leak() };
    ty.add_getset(
        name("running"),
        |g| Ok(from_bool(payload(g).state() == RUNNING)),
        None,
    );
    ty.add_getset(name("suspended"), |g| Ok(from_bool(suspended(g))), None);
    ty.add_getset(
        name("frame"),
        |g| {
            Ok(payload(g)
                .inspect(|s| s.frame().map(frame_object::snapshot))
                .flatten()
                .unwrap_or_else(none))
        },
        None,
    );
    ty.add_getset(
        name("code"),
        |g| {
            Ok(PyRef::new(
                CodeRef(payload(g).code.arc()),
                &crate::code::CODE,
            ))
        },
        None,
    );
    ty.add_getset(
        name(yieldfrom),
        |g| Ok(delegate(g).unwrap_or_else(none)),
        None,
    );
}

pub(crate) fn register() {
    register_state(&GENERATOR, "gi", "yieldfrom");
    register_state(&COROUTINE, "cr", "await");
    register_state(&ASYNC_GENERATOR, "ag", "await");
    for ty in [&GENERATOR, &COROUTINE, &ASYNC_GENERATOR] {
        ty.add_method("__repr__", gen_repr);
        ty.add_getset(
            "__name__",
            |g| {
                Ok(g.payload::<Generator>()
                    .map(|p| p.qualname.clone())
                    .unwrap_or_else(none))
            },
            None,
        );
        ty.add_getset("__qualname__", |g| Ok(payload(g).qualname.clone()), None);
    }
    for ty in [&GENERATOR, &COROUTINE] {
        ty.add_method("send", gen_send_method);
        ty.add_method("throw", gen_throw_method);
        ty.add_method("close", gen_close_method);
    }
    GENERATOR.add_method("__iter__", self_method);
    GENERATOR.add_method("__next__", gen_next_method);
    COROUTINE.add_method("__await__", self_method);
    ASYNC_GENERATOR.add_method("__aiter__", self_method);
    ASYNC_GENERATOR.add_method("__anext__", agen_anext);
    ASYNC_GENERATOR.add_method("asend", agen_asend);
    ASYNC_GENERATOR.add_method("athrow", agen_athrow);
    ASYNC_GENERATOR.add_method("aclose", agen_aclose);
    ASYNC_GEN_ASEND.add_method("send", asend_send);
    ASYNC_GEN_ASEND.add_method("throw", asend_throw);
    ASYNC_GEN_ASEND.add_method("__iter__", self_method);
    ASYNC_GEN_ASEND.add_method("__await__", self_method);
    ASYNC_GEN_ASEND.add_method("__next__", |args| {
        let a = args.exact("__next__", 1, 1)?;
        asend_step(&a[0], Resume::Value(none()))
    });
}
