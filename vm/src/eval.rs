//! The eval loop. One call of [`run`] executes a stack of frames: a Python
//! function called from Python pushes a frame and the loop continues in it,
//! so Python recursion never recurses on the Rust stack (the recursion limit
//! raises RecursionError). Native code calling Python (a `key=` function, a
//! dunder) starts a nested [`run`].

use crate::attr_cache::{Loaded, MethodLookup, Name};
use crate::code::CodeRef;
use crate::frame::{Frame, Pool};
use crate::function::{self, FUNCTION, cell_get, cell_set, new_cell};
use crate::{generator, thread_state, traceback};
use compiler::bytecode::{CodeFlags, Intrinsic1, Intrinsic2, Opcode, decode};
use runtime::object::StackRef;
use runtime::ops::{self, BinOp, CompareOp};
use runtime::types::exceptions as exc;
use runtime::types::native;
use runtime::types::{
    Args, Type, dict, from_bool, int, is_none, list, method::BoundMethod, none, str as pystr, tuple,
};
use runtime::{PyErr, PyRef, PyResult};

/// How a run of frames ended.
pub enum Exit {
    Return(PyRef),
    /// The bottom frame (a generator's) yielded; it stays in the stack.
    Yield(PyRef),
}

/// What an instruction asks of the frame loop.
enum Event {
    /// A Python function's frame, at its first instruction or (made by
    /// [`Frame::for_plain_call`]) past a first `RESUME`, for which the frame
    /// loop polls the eval breaker.
    Call(Box<Frame>),
    Return(PyRef),
    Yield(PyRef),
    /// The frame became a generator object: return it to the caller.
    Generator,
}

/// Runs `frame` to completion (functions called from native code).
pub fn run_frame(frame: Box<Frame>) -> PyResult {
    enter_frame()?;
    let mut frames = vec![frame];
    match run(&mut frames, None) {
        Ok(Exit::Return(v)) => Ok(v),
        Ok(Exit::Yield(_)) => Err(PyErr::system_error("frame yielded outside a generator")),
        Err(e) => Err(e),
    }
}

/// A `cls()` call's result once its `__init__` frame returned `value`.
fn init_result(instance: PyRef, value: &PyRef) -> PyResult {
    if is_none(value) {
        return Ok(instance);
    }
    Err(PyErr::type_error(format!(
        "__init__() should return None, not '{}'",
        value.type_of().name()
    )))
}

/// `local.name` as one step when a `LOAD_ATTR` follows `LOAD_FAST`: the
/// attribute is read from the local's reference in place (CPython 3.14's
/// borrowed `LOAD_FAST_BORROW`), without counting the object up and down,
/// which matters most for an object many threads use (a shared `self`).
/// The caller checked [`is_load_attr`] and that the local is bound.
#[inline]
fn load_fast_attr(f: &mut Frame, words: &[u32], local: u32, pool: &mut Pool) -> Step {
    let at = f.pc;
    let (_, name_arg) = decode(words[at]);
    // The attribute instruction is the one running from here (its line
    // for tracebacks; both share their exception handler).
    f.lasti = at;
    f.pc = at + 1 + Opcode::LOAD_ATTR.cache_words() as usize;
    let obj = f.values[local as usize].as_ref().expect("a bound local");
    let name = Name {
        code: &f.code,
        arg: name_arg,
    };
    match pool.attr_cache.load_attr(site(words, at), obj, name)? {
        Loaded::Value(v) => f.push(v),
        Loaded::Getter(fget) => {
            let obj = obj.clone();
            let frame = Frame::for_call_in(&fget, function::payload(&fget), &[obj], &[], pool)?;
            return Ok(Some(Event::Call(frame)));
        }
    }
    Ok(None)
}

/// `LOAD_FAST`: pushes a local, or reads its attribute in place when a
/// `LOAD_ATTR` follows.
#[inline(always)]
fn load_fast(f: &mut Frame, words: &[u32], arg: u32, pool: &mut Pool) -> Step {
    match &f.values[arg as usize] {
        Some(_) if is_load_attr(f, words) => load_fast_attr(f, words, arg, pool),
        Some(_) => {
            let v = f.values.load(arg as usize);
            f.values.push(v);
            Ok(None)
        }
        None => Err(unbound_local(f, arg).into()),
    }
}

fn unbound_local(f: &Frame, arg: u32) -> PyErr {
    let name = &f.code.source.varnames[arg as usize];
    PyErr::new(
        &exc::UNBOUND_LOCAL_ERROR,
        format!("cannot access local variable '{name}' where it is not associated with a value"),
    )
}

/// The `LOAD_FAST` of the fused instruction `op` now running: an unbound
/// local is reported at its own place.
#[inline(always)]
fn load_second_local(f: &mut Frame, words: &[u32], op: Opcode, pool: &mut Pool) -> Step {
    let at = crate::fused::second_at(f.lasti, op);
    let (_, local) = decode(words[at]);
    if f.values[local as usize].is_none() {
        f.lasti = at;
    }
    load_fast(f, words, local, pool)
}

/// `LOAD_GLOBAL` of name `arg`, its cache entry chosen by the instruction's
/// address.
#[inline(always)]
fn load_global_at(f: &mut Frame, words: &[u32], arg: u32, pool: &mut Pool) -> PyResult<()> {
    match pool.global_cache.load(site(words, f.lasti), f, arg) {
        Some(v) => {
            f.push_ref(v);
            Ok(())
        }
        None => Err(name_error(&f.code.names[arg as usize])),
    }
}

/// The address of the instruction at word `at`: what its inline caches
/// key their slots by.
#[inline(always)]
fn site(words: &[u32], at: usize) -> usize {
    words.as_ptr().wrapping_add(at).addr()
}

/// Pushes a local (`LOAD_FAST` with no attribute after it).
#[inline(always)]
fn push_local(f: &mut Frame, arg: u32) -> PyResult<()> {
    match f.values.load(arg as usize) {
        Some(v) => {
            f.values.push(Some(v));
            Ok(())
        }
        None => Err(unbound_local(f, arg)),
    }
}

/// `BINARY_OP` with argument `arg` on `a` and `b`.
#[inline(always)]
fn binary_op(a: &mut StackRef, b: &mut StackRef, arg: u32) -> PyResult {
    let (op, inplace) = binop(arg);
    match crate::fast_paths::binary(a, b, op) {
        Some(r) => Ok(r),
        None => protocol_binary_op(a, b, op, inplace),
    }
}

/// [`binary_op`] on operands read in place (locals and constants).
#[inline(always)]
fn binary_op_borrowed(a: &PyRef, b: &PyRef, arg: u32) -> PyResult {
    let (op, inplace) = binop(arg);
    match crate::fast_paths::binary_borrowed(a, b, op) {
        Some(r) => Ok(r),
        None => protocol_binary_op(a, b, op, inplace),
    }
}

fn protocol_binary_op(a: &PyRef, b: &PyRef, op: BinOp, inplace: bool) -> PyResult {
    if inplace {
        ops::inplace_op(a, b, op)
    } else {
        ops::binary_op(a, b, op)
    }
}

/// The two loads starting a fused run at `f.lasti`: `LOAD_FAST` of `a`,
/// then `LOAD_FAST` or (`const_b`) `LOAD_CONST` of `b`. `then` gets the
/// operands read in place, as the instruction after the loads (reported at
/// `f.lasti + 2` if it raises; an unbound local at its own load).
#[inline(always)]
fn with_loaded_pair<R>(
    f: &mut Frame,
    a: u32,
    const_b: bool,
    b: u32,
    then: impl FnOnce(&PyRef, &PyRef) -> PyResult<R>,
) -> Result<R, Raised> {
    if f.values[a as usize].is_none() {
        return Err(unbound_local(f, a).into());
    }
    let at = f.lasti;
    if !const_b && f.values[b as usize].is_none() {
        f.lasti = at + 1;
        return Err(unbound_local(f, b).into());
    }
    f.lasti = at + 2;
    let left = f.values[a as usize].as_ref().expect("a bound local");
    let right = if const_b {
        &f.code.consts[b as usize]
    } else {
        f.values[b as usize].as_ref().expect("a bound local")
    };
    Ok(then(left, right)?)
}

/// Whether `a` compared with `b` (`COMPARE_OP` argument `arg`) is true: a
/// comparison deciding a jump.
#[inline(always)]
fn compare_truth(a: &PyRef, b: &PyRef, arg: u32) -> PyResult<bool> {
    match crate::fast_paths::compare_bool(a, b, compare_op(arg)) {
        Some(t) => Ok(t),
        None => ops::truthy(&ops::richcompare(a, b, compare_op(arg))?),
    }
}

/// `JUMP_BACKWARD` to `target`, polling the eval breaker; a `FOR_ITER`
/// there runs now, without a dispatch of its own.
#[inline(always)]
fn jump_backward(f: &mut Frame, words: &[u32], target: u32, pool: &mut Pool) -> Step {
    pool.poll_eval_breaker();
    let target = target as usize;
    if let (Some(Opcode::FOR_ITER), end) = decode(words[target]) {
        f.lasti = target;
        f.pc = target + 1 + Opcode::FOR_ITER.cache_words() as usize;
        return for_iter(f, end, pool);
    }
    f.pc = target;
    Ok(None)
}

/// `LOAD_METHOD` of name `arg` at word `at` on `obj`: the method and
/// `obj`, or the attribute and NULL.
#[inline(always)]
fn load_method(
    f: &mut Frame,
    words: &[u32],
    at: usize,
    obj: StackRef,
    arg: u32,
    pool: &mut Pool,
) -> Step {
    let name = Name { code: &f.code, arg };
    match pool.attr_cache.load_method(site(words, at), &obj, name) {
        MethodLookup::Method(m) => {
            f.push(m);
            f.push_ref(obj);
        }
        MethodLookup::Value(v) => {
            f.push(v);
            f.values.push(None);
        }
        MethodLookup::Generic => {
            let v = ops::getattr(&obj, &f.code.names[arg as usize])?;
            f.push(v);
            f.values.push(None);
        }
    }
    Ok(None)
}

/// `container[key] = v` (`STORE_SUBSCR`): an exact list's item by int index
/// takes the value's reference.
#[inline(always)]
fn store_subscr(container: &PyRef, key: &PyRef, v: PyRef) -> PyResult<()> {
    if list::is_exact(container)
        && let Some(i) = int::exact_i64(key)
    {
        return list::set_at(container, i, v)
            .map_err(|_| PyErr::index_error("list assignment index out of range"));
    }
    if std::ptr::eq(container.type_of(), &dict::DICT) {
        // The value moves into the dict (no count taken and given back).
        return dict::set(container, key.clone(), v);
    }
    ops::setitem(container, key, &v)
}

/// `UNPACK_SEQUENCE n` of `seq`: its items on the stack, the first on top.
#[inline(always)]
fn unpack_sequence(f: &mut Frame, seq: PyRef, n: usize) -> PyResult<()> {
    if let Some(items) = tuple::as_slice(&seq).filter(|_| tuple::is_exact(&seq))
        && items.len() == n
    {
        for v in items.iter().rev() {
            f.push_ref(StackRef::new(v));
        }
    } else if !(list::is_exact(&seq) && unpack_list(&mut f.values, &seq, n)) {
        unpack(f, seq, n, None)?;
    }
    Ok(())
}

/// `FOR_ITER`: pushes the iterator's next value, or pops the exhausted
/// iterator and jumps to `target`.
#[inline(always)]
fn for_iter(f: &mut Frame, target: u32, pool: &mut Pool) -> Step {
    // The iterator is borrowed from the stack: what its `__next__` runs
    // cannot reach this frame's values.
    let it = f.top();
    let next = if generator::is_generator(it) {
        generator::next(it, pool)?.map(StackRef::owned)
    } else {
        match runtime::types::iterators::next_stack_ref(it) {
            Some(next) => next,
            None => ops::next(it)?.map(StackRef::owned),
        }
    };
    match next {
        Some(v) => f.push_ref(v),
        None => {
            f.values.pop();
            f.pc = target as usize;
        }
    }
    Ok(None)
}

/// Whether the next instruction is a `LOAD_ATTR` (of the value a
/// `LOAD_FAST` would push).
#[inline]
fn is_load_attr(f: &Frame, words: &[u32]) -> bool {
    words
        .get(f.pc)
        .is_some_and(|&w| w as u8 == Opcode::LOAD_ATTR as u8)
}

/// Counts one more frame: a RecursionError past the limit.
#[inline]
fn enter_frame() -> PyResult<()> {
    if thread_state::enter() {
        return Ok(());
    }
    thread_state::leave();
    Err(recursion_error())
}

/// [`enter_frame`] for a frame the running loop pushes: Python calling
/// Python does not grow the Rust stack, so only the depth is checked.
#[inline(always)]
fn enter_loop_frame() -> PyResult<()> {
    if thread_state::enter_in_loop() {
        return Ok(());
    }
    thread_state::leave();
    Err(recursion_error())
}

#[cold]
fn recursion_error() -> PyErr {
    PyErr::recursion_error("maximum recursion depth exceeded")
}

/// Runs the frames until the bottom one returns or yields. `throw` raises
/// an exception in the top frame first (generator `throw()`). Every frame
/// in `frames` counts towards the recursion depth; they leave it as they
/// finish (a yielded bottom frame is left to the caller).
pub fn run(frames: &mut Vec<Box<Frame>>, throw: Option<PyErr>) -> PyResult<Exit> {
    run_in(frames, throw, &mut Pool::checkout())
}

/// [`run`] with the frame pool of the eval loop that resumes a generator.
/// A generator's frame yielding, the commonest way a resumption ends, goes
/// straight back to the caller, without entering [`run_events`].
#[inline(always)]
pub fn run_in(
    frames: &mut Vec<Box<Frame>>,
    throw: Option<PyErr>,
    pool: &mut Pool,
) -> PyResult<Exit> {
    let event = match throw {
        None => execute(frames, pool),
        Some(e) => raise_in_top(frames, e, pool),
    };
    match event {
        Ok(Event::Yield(v)) if frames.len() == 1 => Ok(Exit::Yield(v)),
        event => run_events(frames, event, pool),
    }
}

/// Raises `e` in the top frame and runs from its handler.
fn raise_in_top(frames: &mut Vec<Box<Frame>>, e: PyErr, pool: &mut Pool) -> PyResult<Event> {
    let frame = frames.last_mut().expect("a frame to run");
    let at = frame.lasti;
    unwind(frame, e, true, at)?;
    execute(frames, pool)
}

/// Runs the frames on from `event`, what the top frame's run ended with.
#[inline(never)]
fn run_events(
    frames: &mut Vec<Box<Frame>>,
    mut event: PyResult<Event>,
    pool: &mut Pool,
) -> PyResult<Exit> {
    loop {
        // An exception to raise in the frame now on top, if any.
        let pending = match event {
            Ok(Event::Call(_)) => {
                unreachable!("calls are made by execute")
            }
            Ok(Event::Return(v)) => {
                let mut frame = frames.pop().expect("the returning frame");
                let init_self = frame.init_self.take();
                pool.recycle(frame);
                thread_state::leave();
                let returned = match init_self {
                    Some(instance) => init_result(instance, &v),
                    None => Ok(v),
                };
                match returned {
                    Ok(v) => match frames.last_mut() {
                        Some(caller) => {
                            caller.push(v);
                            None
                        }
                        None => return Ok(Exit::Return(v)),
                    },
                    Err(e) => Some(e),
                }
            }
            Ok(Event::Yield(v)) => {
                if frames.len() == 1 {
                    return Ok(Exit::Yield(v));
                }
                Some(PyErr::system_error("yield in a nested frame"))
            }
            Ok(Event::Generator) => {
                let mut frame = frames.pop().expect("the generator's frame");
                thread_state::leave();
                let init_self = frame.init_self.take();
                let g = generator::new_generator(frame);
                match (init_self, frames.last_mut()) {
                    (Some(instance), _) => init_result(instance, &g).err(),
                    (None, Some(caller)) => {
                        caller.push(g);
                        None
                    }
                    (None, None) => return Ok(Exit::Return(g)),
                }
            }
            Err(e) => {
                if let Some(frame) = frames.pop() {
                    pool.recycle(frame);
                }
                thread_state::leave();
                if frames.is_empty() {
                    return Err(e);
                }
                Some(e)
            }
        };
        event = match pending {
            Some(e) => raise_in_top(frames, e, pool),
            None => execute(frames, pool),
        };
    }
}

/// Finds the handler for `e` in `frame`: sets the frame up to run it, or
/// gives the error back when the frame has none.
/// `at` is the instruction that raised; `frame.lasti` may differ after a
/// `RERAISE` that restored the original raising instruction (for the
/// traceback's line), but handlers are found from where the unwinding is.
fn unwind(frame: &mut Frame, e: PyErr, add_traceback: bool, at: usize) -> PyResult<()> {
    if add_traceback {
        traceback::add(&e, frame);
    }
    chain_context(&e);
    let Some(h) = frame.code.handler_for(at).copied() else {
        return Err(e);
    };
    frame.values.truncate(frame.code.nslots + h.depth as usize);
    if h.push_lasti {
        frame.push(int::from_i64(frame.lasti as i64));
    }
    frame.push(e.into_instance());
    frame.pc = h.handler as usize;
    Ok(())
}

/// Sets `__context__` of a newly raised exception to the one being handled.
fn chain_context(e: &PyErr) {
    let Some(handled) = thread_state::handled() else {
        return;
    };
    let new = e.instance();
    if PyRef::ptr_eq(new, &handled) {
        return;
    }
    // Break a cycle the new context would close.
    let mut o = handled.clone();
    loop {
        let next = exc::with_state(&o, |s| s.context.clone());
        match next {
            Some(n) if PyRef::ptr_eq(&n, new) => {
                exc::with_state(&o, |s| s.context = None);
                break;
            }
            Some(n) => o = n,
            None => break,
        }
    }
    exc::with_state(new, |s| {
        if s.context.is_none() {
            s.context = Some(handled.clone());
        }
    });
}

/// Executes the top frame's instructions until it calls, returns, yields
/// or raises an exception it does not handle. The commonest events are
/// handled here without leaving the loop: a call of a Python function
/// pushes its frame, and a frame returning to a Python caller (not the
/// bottom frame) pops itself, an `__init__`'s giving its instance.
fn execute(frames: &mut Vec<Box<Frame>>, pool: &mut Pool) -> PyResult<Event> {
    'frames: loop {
        let depth = frames.len();
        let f: &mut Frame = frames.last_mut().expect("a frame to run");
        // The frame's code, held apart from the frame (a pointer copy for
        // the static code of functions) so that the instruction words stay
        // at hand while the instructions change the frame.
        let code = f.code.clone();
        let words: &[u32] = &code.words;
        loop {
            let here = f.pc;
            let (op, arg) = decode(words[here]);
            let op = op.expect("a valid opcode");
            f.lasti = here;
            f.pc = here + op.size();
            match step(f, words, op, arg, pool) {
                Ok(None) => {}
                Ok(Some(Event::Call(callee))) => {
                    if let Err(e) = enter_loop_frame() {
                        pool.recycle(callee);
                        let at = f.lasti;
                        unwind(f, e, true, at)?;
                        continue;
                    }
                    let skipped_resume = callee.pc != 0;
                    frames.push(callee);
                    if skipped_resume {
                        pool.poll_eval_breaker();
                    }
                    continue 'frames;
                }
                // Matched without a guard, so that `v` moves out of the
                // event and no drop of the event is left on this path.
                Ok(Some(Event::Return(v))) => {
                    if depth == 1 {
                        return Ok(Event::Return(v));
                    }
                    let init_self = f.init_self.take();
                    pool.recycle(frames.pop().expect("the returning frame"));
                    thread_state::leave();
                    let caller: &mut Frame = &mut frames[depth - 2];
                    match init_self.map(|instance| init_result(instance, &v)) {
                        None => caller.push(v),
                        Some(Ok(instance)) => caller.push(instance),
                        Some(Err(e)) => {
                            let at = caller.lasti;
                            unwind(caller, e, true, at)?;
                        }
                    }
                    continue 'frames;
                }
                Ok(Some(event)) => return Ok(event),
                Err(Raised::Error(e)) => unwind(f, e, true, here)?,
                Err(Raised::Reraise(e)) => unwind(f, e, false, here)?,
            }
        }
    }
}

/// An exception leaving an instruction: a new one (traceback entry added
/// for this frame) or a re-raise of one passing through.
enum Raised {
    Error(PyErr),
    Reraise(PyErr),
}

impl From<PyErr> for Raised {
    fn from(e: PyErr) -> Raised {
        Raised::Error(e)
    }
}

type Step = Result<Option<Event>, Raised>;

fn name_error(name: &PyRef) -> PyErr {
    let n = pystr::to_string(name).unwrap_or_default();
    let e = PyErr::name_error(format!("name '{n}' is not defined"));
    dict::set_str(
        e.instance().instance_dict().expect("exception dict"),
        "name",
        name.clone(),
    );
    e
}

fn load_global(f: &Frame, name: &PyRef) -> PyResult {
    if let Some(v) = dict::get_str_key(&f.globals, name) {
        return Ok(v);
    }
    if let Some(v) = dict::get_str_key(&f.builtins, name) {
        return Ok(v);
    }
    Err(name_error(name))
}

fn mapping_get(map: &PyRef, key: &PyRef) -> PyResult<Option<PyRef>> {
    if std::ptr::eq(map.type_of(), &dict::DICT) {
        return dict::get(map, key);
    }
    match ops::getitem(map, key) {
        Ok(v) => Ok(Some(v)),
        Err(e) if e.matches(&exc::KEY_ERROR) => Ok(None),
        Err(e) => Err(e),
    }
}

fn load_name(f: &Frame, name: &PyRef) -> PyResult {
    if let Some(locals) = &f.locals
        && let Some(v) = mapping_get(locals, name)?
    {
        return Ok(v);
    }
    load_global(f, name)
}

fn deref_slot(f: &Frame, arg: u32) -> usize {
    f.code.first_cell_slot() + arg as usize
}

fn deref_name(f: &Frame, arg: u32) -> String {
    f.code.source.deref_name(arg).unwrap_or("?").to_string()
}

fn unbound_deref(f: &Frame, arg: u32) -> PyErr {
    let name = deref_name(f, arg);
    if (arg as usize) < f.code.source.cellvars.len() {
        PyErr::new(
            &exc::UNBOUND_LOCAL_ERROR,
            format!(
                "cannot access local variable '{name}' where it is not associated with a value"
            ),
        )
    } else {
        PyErr::name_error(format!(
            "cannot access free variable '{name}' where it is not associated with a value in enclosing scope"
        ))
    }
}

fn cell_at(f: &Frame, arg: u32) -> PyRef {
    f.values[deref_slot(f, arg)]
        .clone()
        .expect("cells are made in the prologue")
}

fn binop(arg: u32) -> (BinOp, bool) {
    let inplace = arg >= compiler::bytecode::INPLACE_OFFSET;
    let i = if inplace {
        arg - compiler::bytecode::INPLACE_OFFSET
    } else {
        arg
    };
    (BinOp::ALL[i as usize], inplace)
}

fn compare_op(arg: u32) -> CompareOp {
    match arg >> 1 {
        0 => CompareOp::Lt,
        1 => CompareOp::Le,
        2 => CompareOp::Eq,
        3 => CompareOp::Ne,
        4 => CompareOp::Gt,
        _ => CompareOp::Ge,
    }
}

fn pop_n(f: &mut Frame, n: usize) -> Vec<PyRef> {
    // Popped from the top (no emptied slots left to drop), then put back
    // in stack order.
    let mut items: Vec<PyRef> = (0..n).map(|_| f.pop()).collect();
    items.reverse();
    items
}

/// An exception instance for `raise X`: classes are instantiated.
fn make_exception(value: PyRef) -> PyResult<PyRef> {
    if exc::is_exception(&value) {
        return Ok(value);
    }
    if exc::is_exception_type(&value) {
        let inst = ops::call(&value, &[])?;
        if !exc::is_exception(&inst) {
            return Err(PyErr::type_error(format!(
                "calling {} should have returned an instance of BaseException, not {}",
                ops::repr(&value)
                    .ok()
                    .and_then(|r| pystr::to_string(&r))
                    .unwrap_or_default(),
                inst.type_of().name()
            )));
        }
        return Ok(inst);
    }
    Err(PyErr::type_error(
        "exceptions must derive from BaseException",
    ))
}

fn check_except_type(t: &PyRef) -> PyResult<()> {
    let ok = match tuple::as_slice(t) {
        Some(items) => items.iter().all(exc::is_exception_type),
        None => exc::is_exception_type(t),
    };
    if ok {
        Ok(())
    } else {
        Err(PyErr::type_error(
            "catching classes that do not inherit from BaseException is not allowed",
        ))
    }
}

/// The TypeError of `with`/`async with` on an object without `method`,
/// suggesting the other statement when the object supports its protocol.
fn missing_context_method(mgr: &PyRef, is_async: bool, method: &str) -> PyErr {
    let ty = mgr.type_of();
    let (kind, other, other_stmt) = if is_async {
        ("asynchronous ", ["__enter__", "__exit__"], "with")
    } else {
        ("", ["__aenter__", "__aexit__"], "async with")
    };
    let hint = if other.iter().all(|m| ty.lookup(m).is_some()) {
        format!(
            " but it supports the {}context manager protocol. Did you mean to use '{other_stmt}'?",
            if is_async { "" } else { "asynchronous " }
        )
    } else {
        String::new()
    };
    PyErr::type_error(format!(
        "'{}' object does not support the {kind}context manager protocol (missed {method} method){hint}",
        ty.name()
    ))
}

/// Pushes the `n` items of list `l`, last first, if it has exactly `n`
/// (read under its lock: one state of the list); false leaves the stack as
/// it was.
fn unpack_list(values: &mut runtime::object::Values, l: &PyRef, n: usize) -> bool {
    list::write(l, |w| {
        if w.len() != n {
            return false;
        }
        for i in (0..n).rev() {
            values.push(w.get(i).map(StackRef::owned));
        }
        true
    })
}

/// The bounds of `[start:stop]` (`BINARY_SLICE`, `STORE_SLICE`), as the
/// slice object they would make gives them.
fn slice_bounds(start: &PyRef, stop: &PyRef) -> PyResult<runtime::types::slice::Bounds> {
    use runtime::types::slice::slice_index;
    Ok((slice_index(start)?, slice_index(stop)?, 1))
}

fn unpack(f: &mut Frame, seq: PyRef, before: usize, after: Option<usize>) -> PyResult<()> {
    let items = crate::unpack::items(&seq, before, after)?;
    match after {
        None => {
            for v in items.into_iter().rev() {
                f.push(v);
            }
        }
        Some(after) => {
            let star_end = items.len() - after;
            for v in items[star_end..].iter().rev() {
                f.push(v.clone());
            }
            f.push(list::new_list(items[before..star_end].to_vec()));
            for v in items[..before].iter().rev() {
                f.push(v.clone());
            }
        }
    }
    Ok(())
}

#[inline(always)]
fn step(f: &mut Frame, words: &[u32], op: Opcode, arg: u32, pool: &mut Pool) -> Step {
    use Opcode::*;
    match op {
        NOP | RESUME => {
            if op == RESUME {
                pool.poll_eval_breaker();
            }
        }
        POP_TOP => {
            f.values.pop();
        }
        RESUME_POP_TOP => {
            pool.poll_eval_breaker();
            f.values.pop();
        }
        PUSH_NULL => f.values.push(None),
        COPY => {
            let v = f.values.load(f.values.len() - arg as usize);
            f.values.push(v);
        }
        SWAP => {
            let n = f.values.len();
            f.values.swap(n - 1, n - arg as usize);
        }
        LOAD_CONST => {
            let v = f.code.consts[arg as usize].clone();
            f.push(v);
        }
        LOAD_FAST | LOAD_FAST_CHECK => return load_fast(f, words, arg, pool),
        LOAD_FAST_LOAD_FAST => {
            push_local(f, arg)?;
            return load_second_local(f, words, op, pool);
        }
        LOAD_FAST_LOAD_CONST => {
            push_local(f, arg)?;
            let (_, second) = crate::fused::second(words, f.lasti, op);
            let v = f.code.consts[second as usize].clone();
            f.push(v);
        }
        STORE_FAST_LOAD_FAST => {
            let v = f.values.pop();
            f.values.set(arg as usize, v);
            return load_second_local(f, words, op, pool);
        }
        LOAD_FAST_BINARY_OP => {
            let mut b = match f.values.load(arg as usize) {
                Some(b) => b,
                None => return Err(unbound_local(f, arg).into()),
            };
            let mut a = f.pop_ref();
            let (_, second) = crate::fused::second(words, f.lasti, op);
            f.lasti = crate::fused::second_at(f.lasti, op);
            let r = binary_op(&mut a, &mut b, second)?;
            f.push(r);
        }
        LOAD_FAST_LOAD_FAST_BINARY_OP | LOAD_FAST_LOAD_CONST_BINARY_OP => {
            // The second word may be fused itself: its argument is the
            // second instruction's either way.
            let (_, b) = crate::fused::second(words, f.lasti, op);
            let binop_arg = crate::fused::third(words, f.lasti);
            let const_b = op == LOAD_FAST_LOAD_CONST_BINARY_OP;
            let r = with_loaded_pair(f, arg, const_b, b, |x, y| {
                binary_op_borrowed(x, y, binop_arg)
            })?;
            f.push(r);
        }
        LOAD_FAST_LOAD_FAST_BINARY_SUBSCR | LOAD_FAST_LOAD_CONST_BINARY_SUBSCR => {
            let (_, b) = crate::fused::second(words, f.lasti, op);
            let const_b = op == LOAD_FAST_LOAD_CONST_BINARY_SUBSCR;
            let v = with_loaded_pair(f, arg, const_b, b, ops::getitem_stack_ref)?;
            f.push_ref(v);
        }
        LOAD_FAST_LOAD_FAST_COMPARE_OP_JUMP | LOAD_FAST_LOAD_CONST_COMPARE_OP_JUMP => {
            let at = f.lasti;
            let (_, b) = crate::fused::second(words, at, op);
            let compare_arg = crate::fused::third(words, at);
            let const_b = op == LOAD_FAST_LOAD_CONST_COMPARE_OP_JUMP;
            let t = with_loaded_pair(f, arg, const_b, b, |x, y| compare_truth(x, y, compare_arg))?;
            let (jump, target) = crate::fused::fourth(words, at);
            if t == (jump == Some(POP_JUMP_IF_TRUE)) {
                f.pc = target as usize;
            }
        }
        LOAD_GLOBAL_SUPER_METHOD => {
            let at = f.lasti;
            let site = site(words, at);
            let global = pool
                .global_cache
                .load(site, f, arg)
                .ok_or_else(|| name_error(&f.code.names[arg as usize]))?;
            if crate::call_special::is_super(&global) {
                let (call_at, method_at) = crate::fused::super_method_parts(at);
                let (_, method_arg) = decode(words[method_at]);
                let method = Name {
                    code: &f.code,
                    arg: method_arg,
                };
                let cache = &mut pool.attr_cache;
                if let Some((func, this)) =
                    crate::call_special::super_method(cache, site, f, method)
                {
                    f.lasti = method_at;
                    f.pc = method_at + 1 + LOAD_METHOD.cache_words() as usize;
                    f.push(func);
                    f.push(this);
                    return Ok(None);
                }
                debug_assert_eq!(f.pc, call_at);
            }
            // Not `super` (or not a plain method): the global and NULL, and
            // on to the call.
            f.push_ref(global);
            f.values.push(None);
        }
        LOAD_GLOBAL_PUSH_NULL => {
            load_global_at(f, words, arg, pool)?;
            f.values.push(None);
        }
        LOAD_CONST_BINARY_OP => {
            let mut a = f.pop_ref();
            let (_, second) = crate::fused::second(words, f.lasti, op);
            // A constant is immortal: its stack reference counts nothing.
            let mut b = StackRef::new(&f.code.consts[arg as usize]);
            let r = binary_op(&mut a, &mut b, second)?;
            f.push(r);
        }
        LOAD_FAST_AND_CLEAR => {
            let v = f.values.take(arg as usize);
            f.values.push(v);
        }
        STORE_FAST => {
            let v = f.values.pop();
            f.values.set(arg as usize, v);
        }
        DELETE_FAST => {
            if f.values.take(arg as usize).is_none() {
                return Err(unbound_local(f, arg).into());
            }
        }
        MAKE_CELL => {
            let slot = deref_slot(f, arg);
            let initial = match f.code.cell_from_arg[arg as usize] {
                Some(local) => f.values[local].clone(),
                None => None,
            };
            f.values.set(slot, Some(new_cell(initial).into()));
        }
        COPY_FREE_VARS => {
            let func = f.func.clone().expect("a function frame");
            let closure = function::payload(&func).closure.get().cloned();
            let cells = closure.as_ref().and_then(tuple::as_slice).unwrap_or(&[]);
            let first = f.code.first_cell_slot() + f.code.source.cellvars.len();
            for (i, c) in cells.iter().take(arg as usize).enumerate() {
                f.values.set(first + i, Some(c.clone().into()));
            }
        }
        LOAD_DEREF => {
            let cell = f.values[deref_slot(f, arg)].as_ref();
            match cell.and_then(cell_get) {
                Some(v) => f.push(v),
                None => return Err(unbound_deref(f, arg).into()),
            }
        }
        STORE_DEREF => {
            let v = f.pop();
            cell_set(&cell_at(f, arg), Some(v));
        }
        DELETE_DEREF => {
            if !cell_set(&cell_at(f, arg), None) {
                return Err(unbound_deref(f, arg).into());
            }
        }
        LOAD_FROM_DICT_OR_DEREF => {
            let map = f.pop_ref();
            let name = pystr::new_str(&deref_name(f, arg));
            match mapping_get(&map, &name)? {
                Some(v) => f.push(v),
                None => match cell_get(&cell_at(f, arg)) {
                    Some(v) => f.push(v),
                    None => return Err(unbound_deref(f, arg).into()),
                },
            }
        }
        LOAD_FROM_DICT_OR_GLOBALS => {
            let map = f.pop_ref();
            let name = f.code.names[arg as usize].clone();
            match mapping_get(&map, &name)? {
                Some(v) => f.push(v),
                None => {
                    let v = load_global(f, &name)?;
                    f.push(v);
                }
            }
        }
        LOAD_NAME => {
            let v = load_name(f, &f.code.names[arg as usize])?;
            f.push(v);
        }
        STORE_NAME => {
            let v = f.pop();
            let name = f.code.names[arg as usize].clone();
            let locals = f
                .locals
                .clone()
                .ok_or_else(|| PyErr::system_error("no locals when storing a name"))?;
            if std::ptr::eq(locals.type_of(), &dict::DICT) {
                dict::set(&locals, name, v)?;
            } else {
                ops::setitem(&locals, &name, &v)?;
            }
        }
        DELETE_NAME => {
            let name = f.code.names[arg as usize].clone();
            let locals = f
                .locals
                .clone()
                .ok_or_else(|| PyErr::system_error("no locals when deleting a name"))?;
            let removed = if std::ptr::eq(locals.type_of(), &dict::DICT) {
                dict::remove(&locals, &name)?.is_some()
            } else {
                ops::delitem(&locals, &name).is_ok()
            };
            if !removed {
                return Err(name_error(&name).into());
            }
        }
        LOAD_GLOBAL => load_global_at(f, words, arg, pool)?,
        STORE_GLOBAL => {
            let v = f.pop();
            dict::set(&f.globals, f.code.names[arg as usize].clone(), v)?;
        }
        DELETE_GLOBAL => {
            let name = &f.code.names[arg as usize];
            if dict::remove(&f.globals, name)?.is_none() {
                return Err(name_error(name).into());
            }
        }
        LOAD_LOCALS => {
            let l = f
                .locals
                .clone()
                .ok_or_else(|| PyErr::system_error("no locals found"))?;
            f.push(l);
        }
        LOAD_ATTR => {
            let obj = f.pop_ref();
            let name = Name { code: &f.code, arg };
            match pool
                .attr_cache
                .load_attr(site(words, f.lasti), &obj, name)?
            {
                Loaded::Value(v) => f.push(v),
                Loaded::Getter(fget) => {
                    // A property whose getter is a Python function: the
                    // getter runs as a frame of this loop (CPython's
                    // LOAD_ATTR_PROPERTY).
                    let args = std::slice::from_ref(&*obj);
                    let frame =
                        Frame::for_call_in(&fget, function::payload(&fget), args, &[], pool)?;
                    return Ok(Some(Event::Call(frame)));
                }
            }
        }
        LOAD_METHOD => {
            let obj = f.pop_ref();
            return load_method(f, words, f.lasti, obj, arg, pool);
        }
        LOAD_FAST_LOAD_METHOD => {
            let obj = match f.values.load(arg as usize) {
                Some(obj) => obj,
                None => return Err(unbound_local(f, arg).into()),
            };
            let at = crate::fused::second_at(f.lasti, op);
            let (_, name) = decode(words[at]);
            f.lasti = at;
            return load_method(f, words, at, obj, name, pool);
        }
        LOAD_FAST_COPY => {
            // The copy is the local again: a `LOAD_ATTR` after it reads
            // the local in place.
            push_local(f, arg)?;
            return load_fast(f, words, arg, pool);
        }
        LOAD_FAST_STORE_ATTR => {
            if f.values[arg as usize].is_none() {
                return Err(unbound_local(f, arg).into());
            }
            let at = crate::fused::second_at(f.lasti, op);
            let (_, name) = decode(words[at]);
            f.lasti = at;
            let v = f.pop();
            let obj = f.values[arg as usize].as_ref().expect("a bound local");
            let name = Name {
                code: &f.code,
                arg: name,
            };
            pool.attr_cache.store_attr(site(words, at), obj, name, v)?;
        }
        STORE_ATTR => {
            let obj = f.pop_ref();
            let v = f.pop();
            let name = Name { code: &f.code, arg };
            pool.attr_cache
                .store_attr(site(words, f.lasti), &obj, name, v)?;
        }
        SWAP_STORE_ATTR => {
            let at = crate::fused::second_at(f.lasti, op);
            let (_, name) = decode(words[at]);
            f.lasti = at;
            let v = f.pop();
            let obj = f.pop_ref();
            let name = Name {
                code: &f.code,
                arg: name,
            };
            pool.attr_cache.store_attr(site(words, at), &obj, name, v)?;
        }
        DELETE_ATTR => {
            let obj = f.pop_ref();
            ops::delattr(&obj, &f.code.names[arg as usize])?;
        }
        BINARY_OP => {
            let mut b = f.pop_ref();
            let mut a = f.pop_ref();
            let r = binary_op(&mut a, &mut b, arg)?;
            f.push(r);
        }
        BINARY_OP_RETURN_VALUE => {
            let mut b = f.pop_ref();
            let mut a = f.pop_ref();
            let r = binary_op(&mut a, &mut b, arg)?;
            drop((a, b));
            return Ok(Some(Event::Return(r)));
        }
        BINARY_SUBSCR => {
            let key = f.pop_ref();
            let container = f.pop_ref();
            let v = ops::getitem_stack_ref(&container, &key)?;
            f.push_ref(v);
        }
        STORE_SUBSCR => {
            let key = f.pop_ref();
            let container = f.pop_ref();
            let v = f.pop();
            store_subscr(&container, &key, v)?;
        }
        BINARY_OP_STORE_FAST => {
            let mut b = f.pop_ref();
            let mut a = f.pop_ref();
            let r = binary_op(&mut a, &mut b, arg)?;
            drop((a, b));
            let (_, local) = crate::fused::second(words, f.lasti, op);
            f.values.set(local as usize, Some(StackRef::owned(r)));
        }
        BINARY_OP_STORE_SUBSCR_UNDER => {
            let mut b = f.pop_ref();
            let mut a = f.pop_ref();
            let v = binary_op(&mut a, &mut b, arg)?;
            drop((a, b));
            let key = f.pop_ref();
            let container = f.pop_ref();
            // Errors of the store are the STORE_SUBSCR's, after two SWAPs.
            f.lasti = crate::fused::second_at(f.lasti, op) + 2;
            store_subscr(&container, &key, v)?;
        }
        STORE_SUBSCR_UNDER => {
            let v = f.pop();
            let key = f.pop_ref();
            let container = f.pop_ref();
            // Errors are the STORE_SUBSCR's.
            f.lasti += 2;
            store_subscr(&container, &key, v)?;
        }
        COPY_TOP_TWO_BINARY_SUBSCR => {
            // Errors are the BINARY_SUBSCR's.
            f.lasti += 2;
            let n = f.values.len();
            let container = f.values[n - 2].as_ref().expect("a container");
            let key = f.values[n - 1].as_ref().expect("a key");
            let v = ops::getitem_stack_ref(container, key)?;
            f.push_ref(v);
        }
        COPY_TOP_TWO => {
            let n = f.values.len();
            let (a, b) = (f.values.load(n - 2), f.values.load(n - 1));
            f.values.push(a);
            f.values.push(b);
        }
        DELETE_SUBSCR => {
            let key = f.pop_ref();
            let container = f.pop_ref();
            ops::delitem(&container, &key)?;
        }
        BINARY_SLICE => {
            let stop = f.pop();
            let start = f.pop();
            let container = f.pop_ref();
            // An exact list is sliced without making the slice object.
            let v = if list::is_exact(&container) {
                list::get_slice(&container, slice_bounds(&start, &stop)?)
            } else {
                let s = crate::objects::new_slice(start, stop, none());
                ops::getitem(&container, &s)?
            };
            f.push(v);
        }
        STORE_SLICE => {
            let stop = f.pop();
            let start = f.pop();
            let container = f.pop_ref();
            let v = f.pop_ref();
            if list::is_exact(&container) {
                let bounds = slice_bounds(&start, &stop)?;
                runtime::types::list_methods::set_slice(&container, bounds, v.into_owned())?;
            } else {
                let s = crate::objects::new_slice(start, stop, none());
                ops::setitem(&container, &s, &v)?;
            }
        }
        BUILD_SLICE => {
            let step = if arg == 3 { f.pop() } else { none() };
            let stop = f.pop();
            let start = f.pop();
            f.push(crate::objects::new_slice(start, stop, step));
        }
        UNARY_NEGATIVE => {
            let v = f.pop_ref();
            f.push(ops::negative(&v)?);
        }
        UNARY_INVERT => {
            let v = f.pop_ref();
            f.push(ops::invert(&v)?);
        }
        UNARY_NOT => {
            let v = f.pop_ref();
            f.push(from_bool(!ops::truthy(&v)?));
        }
        TO_BOOL => {
            let v = f.pop_ref();
            f.push(from_bool(ops::truthy(&v)?));
        }
        CALL_INTRINSIC_1 => {
            let v = f.pop();
            let r = match Intrinsic1::from_arg(arg) {
                Some(Intrinsic1::Print) => {
                    crate::builtins_glue::display_hook(&v)?;
                    none()
                }
                Some(Intrinsic1::ImportStar) => {
                    crate::import::import_star(&v, f)?;
                    none()
                }
                Some(Intrinsic1::StopIterationError) => {
                    return Err(Raised::Reraise(stop_iteration_error(f, v)));
                }
                Some(Intrinsic1::AsyncGenWrap) => generator::wrap_async_value(v),
                Some(Intrinsic1::UnaryPositive) => ops::positive(&v)?,
                Some(Intrinsic1::ListToTuple) => tuple::new_tuple(list::to_vec(&v)),
                Some(Intrinsic1::SubscriptGeneric)
                | Some(Intrinsic1::TypeVar)
                | Some(Intrinsic1::ParamSpec)
                | Some(Intrinsic1::TypeVarTuple)
                | Some(Intrinsic1::TypeAlias) => {
                    return Err(PyErr::not_implemented_error(
                        "type parameters are not supported yet",
                    )
                    .into());
                }
                _ => return Err(PyErr::system_error("invalid intrinsic").into()),
            };
            f.push(r);
        }
        CALL_INTRINSIC_2 => {
            let b = f.pop_ref();
            let a = f.pop();
            let r = match Intrinsic2::from_arg(arg) {
                Some(Intrinsic2::PrepReraiseStar) => crate::exc_groups::prep_reraise_star(&a, &b)?,
                Some(Intrinsic2::SetFunctionTypeParams) => a,
                _ => {
                    return Err(PyErr::not_implemented_error(
                        "type parameters are not supported yet",
                    )
                    .into());
                }
            };
            f.push(r);
        }
        COMPARE_OP_JUMP => {
            let b = f.pop_ref();
            let a = f.pop_ref();
            let t = compare_truth(&a, &b, arg)?;
            let (jump, target) = crate::fused::second(words, f.lasti, op);
            if t == (jump == Some(POP_JUMP_IF_TRUE)) {
                f.pc = target as usize;
            }
        }
        COMPARE_OP => {
            let b = f.pop_ref();
            let a = f.pop_ref();
            let op = compare_op(arg);
            if let Some(r) = crate::fast_paths::compare(&a, &b, op) {
                f.push(r);
                return Ok(None);
            }
            let r = ops::richcompare(&a, &b, op)?;
            if arg & 1 != 0 {
                f.push(from_bool(ops::truthy(&r)?));
            } else {
                f.push(r);
            }
        }
        IS_OP => {
            let b = f.pop_ref();
            let a = f.pop_ref();
            f.push(from_bool(PyRef::ptr_eq(&a, &b) != (arg == 1)));
        }
        CONTAINS_OP => {
            let container = f.pop_ref();
            let item = f.pop_ref();
            let t = ops::contains(&container, &item)? != (arg == 1);
            // A conditional jump next takes the answer without the bool in
            // between (as the fused `COMPARE_OP_JUMP` does).
            match words.get(f.pc).map(|&w| decode(w)) {
                Some((Some(jump @ (POP_JUMP_IF_FALSE | POP_JUMP_IF_TRUE)), target)) => {
                    f.lasti = f.pc;
                    f.pc += 1 + POP_JUMP_IF_FALSE.cache_words() as usize;
                    if t == (jump == POP_JUMP_IF_TRUE) {
                        f.pc = target as usize;
                    }
                }
                _ => f.push(from_bool(t)),
            }
        }
        BUILD_TUPLE if arg == 2 => {
            let b = f.pop();
            let a = f.pop();
            f.push(tuple::pair(a, b));
        }
        BUILD_TUPLE => {
            let items = pop_n(f, arg as usize);
            f.push(tuple::new_tuple(items));
        }
        BUILD_LIST => {
            let items = pop_n(f, arg as usize);
            f.push(list::new_list(items));
        }
        BUILD_SET => {
            let items = pop_n(f, arg as usize);
            f.push(crate::objects::new_set(items)?);
        }
        BUILD_MAP => {
            let items = pop_n(f, 2 * arg as usize);
            let d = dict::new_dict();
            let mut it = items.into_iter();
            while let (Some(k), Some(v)) = (it.next(), it.next()) {
                dict::set(&d, k, v)?;
            }
            f.push(d);
        }
        LIST_APPEND => {
            let v = f.pop();
            let l = f.values[f.values.len() - arg as usize]
                .as_ref()
                .expect("a list");
            list::append(l, v);
        }
        SET_ADD => {
            // The set is the one BUILD_SET made (a display or comprehension's),
            // exact: added to directly, as CPython's PySet_Add.
            let v = f.pop_ref();
            let s = f.values[f.values.len() - arg as usize]
                .as_ref()
                .expect("a set");
            runtime::types::set::add(s, &v)?;
        }
        MAP_ADD => {
            let v = f.pop();
            let k = f.pop();
            let d = f.values[f.values.len() - arg as usize]
                .as_ref()
                .expect("a dict");
            dict::set(d, k, v)?;
        }
        LIST_EXTEND => {
            let iterable = f.pop_ref();
            let l = f.values[f.values.len() - arg as usize]
                .clone()
                .expect("a list");
            let items = ops::to_vec(&iterable).map_err(|e| {
                if e.matches(&exc::TYPE_ERROR) && iterable.type_of().lookup("__iter__").is_none() {
                    PyErr::type_error(format!(
                        "Value after * must be an iterable, not {}",
                        iterable.type_of().name()
                    ))
                } else {
                    e
                }
            })?;
            list::extend(&l, items);
        }
        SET_UPDATE => {
            let iterable = f.pop();
            let s = f.values[f.values.len() - arg as usize]
                .clone()
                .expect("a set");
            runtime::types::set::update(&s, &iterable)?;
        }
        DICT_UPDATE | DICT_MERGE => {
            let other = f.pop_ref();
            let d = f.values[f.values.len() - arg as usize]
                .clone()
                .expect("a dict");
            crate::objects::dict_merge(
                &d,
                &other,
                op == DICT_MERGE,
                f.values
                    .get(f.values.len().wrapping_sub(arg as usize + 3))
                    .cloned()
                    .flatten(),
            )?;
        }
        UNPACK_SEQUENCE => {
            let seq = f.pop();
            unpack_sequence(f, seq, arg as usize)?;
        }
        UNPACK_PAIR_STORE_FAST => {
            let seq = f.pop();
            let (_, first_local) = crate::fused::second(words, f.lasti, op);
            let (_, second_local) = decode(words[crate::fused::second_at(f.lasti, op) + 1]);
            match tuple::as_slice(&seq).filter(|_| tuple::is_exact(&seq)) {
                Some([a, b]) => {
                    f.values.set(first_local as usize, Some(StackRef::new(a)));
                    f.values.set(second_local as usize, Some(StackRef::new(b)));
                }
                _ => {
                    unpack_sequence(f, seq, 2)?;
                    let v = f.values.pop();
                    f.values.set(first_local as usize, v);
                    let v = f.values.pop();
                    f.values.set(second_local as usize, v);
                }
            }
        }
        UNPACK_EX => {
            let seq = f.pop();
            unpack(f, seq, (arg & 0xff) as usize, Some((arg >> 8) as usize))?;
        }
        JUMP_FORWARD => f.pc = arg as usize,
        JUMP_BACKWARD => return jump_backward(f, words, arg, pool),
        STORE_FAST_JUMP_BACKWARD => {
            let v = f.values.pop();
            f.values.set(arg as usize, v);
            let (_, target) = crate::fused::second(words, f.lasti, op);
            return jump_backward(f, words, target, pool);
        }
        POP_TOP_JUMP_BACKWARD => {
            f.values.pop();
            let (_, target) = crate::fused::second(words, f.lasti, op);
            return jump_backward(f, words, target, pool);
        }
        POP_JUMP_IF_FALSE | POP_JUMP_IF_TRUE => {
            let v = f.pop_ref();
            let t = if runtime::types::singletons::is_true(&v) {
                true
            } else if runtime::types::singletons::is_false(&v) {
                false
            } else if runtime::types::int::is_exact(&v) {
                !runtime::types::int::as_int(&v).is_some_and(|i| i.is_zero())
            } else {
                ops::truthy(&v)?
            };
            if t == (op == POP_JUMP_IF_TRUE) {
                f.pc = arg as usize;
            }
        }
        POP_JUMP_IF_NONE | POP_JUMP_IF_NOT_NONE => {
            let v = f.pop_ref();
            if is_none(&v) == (op == POP_JUMP_IF_NONE) {
                f.pc = arg as usize;
            }
        }
        JUMP_IF_FALSE_OR_POP | JUMP_IF_TRUE_OR_POP => {
            let t = ops::truthy(f.top())?;
            if t == (op == JUMP_IF_TRUE_OR_POP) {
                f.pc = arg as usize;
            } else {
                f.values.pop();
            }
        }
        GET_ITER => {
            // A generator is its own iterator (`for x in gen()`), without
            // the generic `__iter__` lookup.
            if !std::ptr::eq(f.top().type_of(), &generator::GENERATOR) {
                let v = f.pop_ref();
                f.push(ops::iter(&v)?);
            }
        }
        FOR_ITER => return for_iter(f, arg, pool),
        GET_AITER => {
            let v = f.pop_ref();
            f.push(generator::get_aiter(&v)?);
        }
        GET_ANEXT => {
            let aiter = f.top().clone();
            f.push(generator::get_anext(&aiter)?);
        }
        END_ASYNC_FOR => {
            let e = f.pop();
            f.values.pop();
            if !e.type_of().is_subtype(&exc::STOP_ASYNC_ITERATION) {
                return Err(Raised::Reraise(PyErr::from_instance(e)));
            }
        }
        GET_AWAITABLE => {
            let v = f.pop_ref();
            f.push(generator::get_awaitable(&v, arg)?);
        }
        GET_YIELD_FROM_ITER => {
            let v = f.pop();
            let it = if generator::is_generator_like(&v) {
                v
            } else {
                ops::iter(&v)?
            };
            f.push(it);
        }
        SEND => {
            let value = f.pop();
            let receiver = f.top().clone();
            match generator::send(&receiver, value, pool)? {
                generator::Sent::Yielded(v) => f.push(v),
                generator::Sent::Returned(v) => {
                    f.push(v);
                    f.pc = arg as usize;
                }
            }
        }
        END_SEND => {
            let v = f.pop();
            f.values.pop();
            f.push(v);
        }
        YIELD_VALUE => {
            let v = f.pop();
            return Ok(Some(Event::Yield(v)));
        }
        CLEANUP_THROW => {
            let e = f.pop();
            if e.type_of().is_subtype(&exc::STOP_ITERATION) {
                f.values.pop();
                f.values.pop();
                let value = generator::stop_iteration_value(&e);
                f.push(none());
                f.push(value);
            } else {
                return Err(Raised::Reraise(PyErr::from_instance(e)));
            }
        }
        RETURN_GENERATOR => return Ok(Some(Event::Generator)),
        RETURN_VALUE => {
            let v = f.pop();
            return Ok(Some(Event::Return(v)));
        }
        RAISE_VARARGS => {
            let e = match arg {
                0 => match thread_state::handled() {
                    Some(e) => return Err(Raised::Reraise(PyErr::from_instance(e))),
                    None => PyErr::runtime_error("No active exception to reraise"),
                },
                1 => {
                    let v = f.pop();
                    PyErr::from_instance(make_exception(v)?)
                }
                _ => {
                    let cause = f.pop();
                    let v = f.pop();
                    let e = make_exception(v)?;
                    let cause = if is_none(&cause) {
                        None
                    } else if exc::is_exception(&cause) || exc::is_exception_type(&cause) {
                        Some(make_exception(cause)?)
                    } else {
                        return Err(PyErr::type_error(
                            "exception causes must derive from BaseException",
                        )
                        .into());
                    };
                    exc::with_state(&e, |s| {
                        s.cause = cause;
                        s.suppress_context = true;
                    });
                    PyErr::from_instance(e)
                }
            };
            return Err(e.into());
        }
        RERAISE => {
            let e = f.pop();
            if arg != 0 {
                let lasti = f.values[f.values.len() - arg as usize].clone();
                if let Some(i) = lasti.as_ref().and_then(int::as_i64) {
                    f.lasti = i as usize;
                }
            }
            return Err(Raised::Reraise(PyErr::from_instance(e)));
        }
        PUSH_EXC_INFO => {
            let e = f.pop();
            let prev = thread_state::set_handled(Some(e.clone()));
            f.push(prev.unwrap_or_else(none));
            f.push(e);
        }
        POP_EXCEPT => {
            let prev = f.pop();
            thread_state::set_handled(if is_none(&prev) { None } else { Some(prev) });
        }
        CHECK_EXC_MATCH => {
            let t = f.pop_ref();
            check_except_type(&t)?;
            let r = ops::is_instance(f.top(), &t)?;
            f.push(from_bool(r));
        }
        CHECK_EG_MATCH => {
            let t = f.pop_ref();
            check_except_type(&t)?;
            let eg = f.pop_ref();
            let (rest, matched) = crate::exc_groups::eg_match(&eg, &t)?;
            f.push(rest);
            f.push(matched);
        }
        WITH_EXCEPT_START => {
            let e = f.top().clone();
            let exit = f.values[f.values.len() - 4]
                .clone()
                .expect("the exit function");
            let tb = exc::with_state(&e, |s| s.traceback.clone()).unwrap_or_else(none);
            let r = ops::call(&exit, &[e.type_of().object(), e, tb])?;
            f.push(r);
        }
        BEFORE_WITH => {
            let mgr = f.pop_ref();
            let (enter, exit) = if arg == 1 {
                ("__aenter__", "__aexit__")
            } else {
                ("__enter__", "__exit__")
            };
            // CPython 3.14 looks `__exit__` up first.
            let exit_m = match ops::lookup_method(&mgr, exit)? {
                Some(m) => m,
                None => return Err(missing_context_method(&mgr, arg == 1, exit).into()),
            };
            let enter_m = match ops::lookup_method(&mgr, enter)? {
                Some(m) => m,
                None => return Err(missing_context_method(&mgr, arg == 1, enter).into()),
            };
            let exit_bound = match exit_m {
                ops::Method::Bound(b) => b,
                ops::Method::Unbound(func, this) => {
                    runtime::types::method::new_method(func, this.clone())
                }
            };
            f.push(exit_bound);
            let r = enter_m.call(&[])?;
            f.push(r);
        }
        LOAD_COMMON_CONSTANT => {
            let name = match arg {
                0 => "AssertionError",
                1 => "NotImplementedError",
                2 => "tuple",
                3 => "all",
                _ => "any",
            };
            let v = dict::get_str(&f.builtins, name)
                .ok_or_else(|| PyErr::system_error("missing builtin"))?;
            f.push(v);
        }
        IMPORT_NAME => {
            let fromlist = f.pop_ref();
            let level = f.pop_ref();
            let name = f.code.names[arg as usize].clone();
            let m = crate::import::import_name(&name, &f.globals, &fromlist, &level)?;
            f.push(m);
        }
        IMPORT_FROM => {
            let m = f.top().clone();
            let name = f.code.names[arg as usize].clone();
            let v = crate::import::import_from(&m, &name)?;
            f.push(v);
        }
        MAKE_FUNCTION => {
            let c = f.pop_ref();
            let code = match c.immortal_payload::<CodeRef>() {
                Some(constant) => function::CodeSource::Immortal(&constant.0),
                None => function::CodeSource::Counted(
                    c.payload::<CodeRef>().expect("a code object").0.clone(),
                ),
            };
            f.push(function::new_function(
                code,
                f.globals.clone(),
                f.builtins.clone(),
            ));
        }
        SET_FUNCTION_ATTRIBUTE => {
            let func = f.pop();
            let v = f.pop();
            let p = function::payload(&func);
            match arg {
                1 => drop(p.defaults.set(v)),
                2 => drop(p.kwdefaults.set(v)),
                4 => p.attrs.with(&func, |a| a.annotations = Some(v)),
                8 => drop(p.closure.set(v)),
                _ => p.attrs.with(&func, |a| a.annotate = Some(v)),
            }
            f.push(func);
        }
        LOAD_BUILD_CLASS => {
            let v = dict::get_str(&f.builtins, "__build_class__")
                .ok_or_else(|| PyErr::name_error("__build_class__ not found"))?;
            f.push(v);
        }
        CALL => return plain_call(f, arg, pool),
        CALL_KW => return call(f, op, arg, pool),
        LOAD_FAST_CALL => {
            push_local(f, arg)?;
            let (_, n) = crate::fused::second(words, f.lasti, op);
            f.lasti = crate::fused::second_at(f.lasti, op);
            return plain_call(f, n, pool);
        }
        LOAD_FAST_RETURN_VALUE => {
            // The frame ends here: the local's reference moves out of its
            // slot, no count taken and given back.
            let v = match f.values.take(arg as usize) {
                Some(v) => v.into_owned(),
                None => return Err(unbound_local(f, arg).into()),
            };
            return Ok(Some(Event::Return(v)));
        }
        STORE_FAST_STORE_FAST => {
            let v = f.values.pop();
            f.values.set(arg as usize, v);
            let (_, second) = crate::fused::second(words, f.lasti, op);
            let v = f.values.pop();
            f.values.set(second as usize, v);
        }
        CALL_FUNCTION_EX => {
            let kwargs = if arg & 1 != 0 {
                Some(f.pop_ref())
            } else {
                None
            };
            let posargs = f.pop_ref();
            let this = f.values.pop().map(StackRef::into_owned);
            let callable = f.pop();
            let mut args = crate::objects::star_args(&callable, &posargs)?;
            if let Some(this) = this {
                args.insert(0, this);
            }
            let mut kwnames = Vec::new();
            if let Some(kw) = kwargs {
                for (k, v) in dict::items(&kw) {
                    if pystr::as_str(&k).is_none() {
                        return Err(PyErr::type_error("keywords must be strings").into());
                    }
                    kwnames.push(k);
                    args.push(v);
                }
            }
            if std::ptr::eq(callable.type_of(), &crate::call_special::FRAME_FUNCTION) {
                let r = crate::call_special::call_with_frame(&callable, f, &args, &kwnames)?;
                f.push(r);
                return Ok(None);
            }
            return call_push(f, callable, &args, &kwnames, pool);
        }
        FORMAT_SIMPLE => {
            let v = f.pop();
            let r = if pystr::is_exact(&v) {
                v
            } else {
                ops::format(&v, &pystr::empty())?
            };
            f.push(r);
        }
        FORMAT_WITH_SPEC => {
            let spec = f.pop_ref();
            let v = f.pop_ref();
            f.push(ops::format(&v, &spec)?);
        }
        CONVERT_VALUE => {
            let v = f.pop_ref();
            let r = match arg {
                1 => ops::str_(&v)?,
                2 => ops::repr(&v)?,
                _ => ops::ascii(&v)?,
            };
            f.push(r);
        }
        BUILD_STRING => {
            let parts = pop_n(f, arg as usize);
            f.push(pystr::concat(&parts));
        }
        BUILD_INTERPOLATION => {
            // The argument: the conversion (as CONVERT_VALUE's) << 2, and
            // bit 0 set when a format spec is on the stack.
            let format_spec = if arg & 1 != 0 {
                f.pop()
            } else {
                pystr::new_str("")
            };
            let expression = f.pop();
            let value = f.pop();
            let conversion = match arg >> 2 {
                1 => Some('s'),
                2 => Some('r'),
                3 => Some('a'),
                _ => None,
            };
            f.push(runtime::types::template::new_interpolation(
                value,
                expression,
                conversion,
                format_spec,
            ));
        }
        BUILD_TEMPLATE => {
            let interpolations = f.pop();
            let strings = f.pop();
            f.push(runtime::types::template::new_template(
                strings,
                interpolations,
            ));
        }
        MATCH_CLASS => {
            let names = f.pop_ref();
            let cls = f.pop_ref();
            let subject = f.pop_ref();
            let r = crate::patterns::match_class(&subject, &cls, arg as usize, &names)?;
            f.push(r.unwrap_or_else(none));
        }
        MATCH_MAPPING => {
            let is = f.top().type_of().flags & runtime::types::flags::MAPPING != 0;
            f.push(from_bool(is));
        }
        MATCH_SEQUENCE => {
            let is = f.top().type_of().flags & runtime::types::flags::SEQUENCE != 0
                && !f.top().type_of().is_subtype(&pystr::STR);
            let is = is && !crate::objects::is_bytes_or_bytearray(f.top());
            f.push(from_bool(is));
        }
        MATCH_KEYS => {
            let keys = f.top().clone();
            let subject = f.values[f.values.len() - 2].clone().expect("the subject");
            let r = crate::patterns::match_keys(&subject, &keys)?;
            f.push(r.unwrap_or_else(none));
        }
        GET_LEN => {
            let n = ops::len(f.top())?;
            f.push(int::from_i64(n as i64));
        }
        SETUP_ANNOTATIONS => {
            let locals = f
                .locals
                .clone()
                .ok_or_else(|| PyErr::system_error("no locals"))?;
            if mapping_get(&locals, &pystr::intern("__annotations__"))?.is_none() {
                ops::setitem(
                    &locals,
                    &pystr::intern("__annotations__"),
                    &dict::new_dict(),
                )?;
            }
        }
        LOAD_CLOSURE => {
            let cell = cell_at(f, arg);
            f.push(cell);
        }
        RESTORE_CELL => {
            let v = f.values.pop();
            let slot = deref_slot(f, arg);
            f.values.set(slot, v);
        }
        JUMP | SETUP_FINALLY | SETUP_CLEANUP | SETUP_WITH | POP_BLOCK => {
            return Err(PyErr::system_error("pseudo instruction in code").into());
        }
    }
    Ok(None)
}

/// `CALL` with argument `arg`. A Python function taking exactly these
/// positional arguments gets them moved from the stack into its frame,
/// checked here in the loop; other calls go to [`call`].
#[inline(always)]
fn plain_call(f: &mut Frame, arg: u32, pool: &mut Pool) -> Step {
    let len = f.values.len();
    // The stack holds callable, self or NULL, then the arguments.
    let base = len - arg as usize - 2;
    let first = if f.values[base + 1].is_some() {
        base + 1
    } else {
        base + 2
    };
    let callee = f.values[base].as_ref().expect("a callable");
    match callee.payload_exact::<function::Function>(&FUNCTION) {
        Some(func) if func.code.plain_params == Some(len - first) => {
            let callee = pool.frame(func);
            Ok(Some(Event::Call(Frame::for_plain_call(
                callee, f, base, first,
            ))))
        }
        _ => match call_native_in_place(f, base, first) {
            Some(r) => r,
            None => call(f, Opcode::CALL, arg, pool),
        },
    }
}

/// A call of a built-in function, or of a built-in type's method (`l.append(x)`,
/// self first among the arguments), with positional arguments only: they
/// are passed in place, with no count taken on the callable, and the result
/// replaces them. `None`: the callable is neither.
#[inline(always)]
fn call_native_in_place(f: &mut Frame, base: usize, first: usize) -> Option<Step> {
    let callee = f.values[base].as_ref().expect("a callable");
    let r = if let Some(builtin) =
        callee.payload_exact::<native::NativeFunction>(&native::BUILTIN_FUNCTION)
        && builtin.bound.is_none()
    {
        let func = builtin.func;
        let args = PyRef::all_some(&f.values[first..]).expect("call arguments");
        func(&Args::new(args))
    } else if let Some(d) = callee.payload_exact::<native::MethodDescr>(&native::METHOD_DESCRIPTOR)
    {
        let args = PyRef::all_some(&f.values[first..]).expect("call arguments");
        native::call_method_descr_with(d, &Args::new(args))
    } else {
        return None;
    };
    f.values.truncate(base);
    Some(
        r.map(|v| {
            f.push(v);
            None
        })
        .map_err(Raised::from),
    )
}

/// `CALL` or `CALL_KW` with argument `arg`: the stack holds the callable,
/// self or NULL, then the arguments (then the keyword names' tuple).
#[inline(never)]
fn call(f: &mut Frame, op: Opcode, arg: u32, pool: &mut Pool) -> Step {
    let kwnames = if op == Opcode::CALL_KW {
        Some(f.pop())
    } else {
        None
    };
    let kw = kwnames.as_ref().and_then(tuple::as_slice).unwrap_or(&[]);
    let n = arg as usize;
    // The stack holds callable, self or NULL, then the arguments.
    let base = f.values.len() - n - 2;
    let first = if f.values[base + 1].is_some() {
        base + 1
    } else {
        base + 2
    };
    if kw.is_empty()
        && let Some(r) = call_native_in_place(f, base, first)
    {
        return r;
    }
    let callable = f.values.load(base).expect("a callable");
    if std::ptr::eq(callable.type_of(), &crate::call_special::FRAME_FUNCTION) {
        let mut args = pop_n(f, n);
        if let Some(this) = f.values.pop() {
            args.insert(0, this.into_owned());
        }
        f.values.pop();
        let r = crate::call_special::call_with_frame(&callable, f, &args, kw)?;
        f.push(r);
        return Ok(None);
    }
    // The arguments stay on the stack during the call, as CPython's.
    let args = PyRef::all_some(&f.values[first..]).expect("call arguments");
    let called = call_value(&callable, args, kw, pool);
    f.values.truncate(base);
    push_called(f, called?)
}

/// The name `__init__`, interned once (a class call looks it up).
static INIT: std::sync::LazyLock<PyRef> = std::sync::LazyLock::new(|| pystr::intern("__init__"));

/// What calling a callable from the eval loop gives.
enum Called {
    /// A Python function's frame, for the frame loop to run.
    Frame(Box<Frame>),
    /// A native callable's result.
    Value(PyRef),
}

/// Calls a callable from the eval loop, pushing its result (or its frame).
fn call_push(
    f: &mut Frame,
    callable: PyRef,
    args: &[PyRef],
    kwnames: &[PyRef],
    pool: &mut Pool,
) -> Step {
    let called = call_value(&callable, args, kwnames, pool)?;
    push_called(f, called)
}

fn push_called(f: &mut Frame, called: Called) -> Step {
    match called {
        Called::Frame(frame) => Ok(Some(Event::Call(frame))),
        Called::Value(v) => {
            f.push(v);
            Ok(None)
        }
    }
}

/// Calls `callable`: a Python function (bound or not) gets a frame, the
/// rest run now.
fn call_value(
    callable: &PyRef,
    args: &[PyRef],
    kwnames: &[PyRef],
    pool: &mut Pool,
) -> PyResult<Called> {
    if std::ptr::eq(callable.type_of(), &FUNCTION) {
        let frame = Frame::for_call_in(callable, function::payload(callable), args, kwnames, pool)?;
        return Ok(Called::Frame(frame));
    }
    if std::ptr::eq(callable.type_of(), &runtime::types::TYPE)
        && let Some(cls) = Type::from_object(callable)
        && cls.is_heap()
        && let Some(init) = cls.lookup_key(&INIT)
        && std::ptr::eq(init.type_of(), &FUNCTION)
        && let Some(instance) = runtime::types::instance_for_init(cls)
    {
        // `cls(...)` with object's `__new__` and a Python `__init__`: the
        // `__init__` runs as a frame of this loop, not a nested one.
        let instance = instance?;
        let func = function::payload(&init);
        let mut frame = Frame::for_method_call_in(&init, func, &instance, args, kwnames, pool)?;
        frame.init_self = Some(instance);
        return Ok(Called::Frame(frame));
    }
    if let Some(m) = callable.payload::<BoundMethod>()
        && std::ptr::eq(m.func.type_of(), &FUNCTION)
    {
        let func = function::payload(&m.func);
        let frame = Frame::for_method_call_in(&m.func, func, &m.this, args, kwnames, pool)?;
        return Ok(Called::Frame(frame));
    }
    let r = ops::call_with(callable, &Args::with_kwnames(args, kwnames))?;
    Ok(Called::Value(r))
}

/// `RuntimeError: generator raised StopIteration` (PEP 479) for a
/// StopIteration leaving a generator body; other exceptions pass.
fn stop_iteration_error(f: &Frame, e: PyRef) -> PyErr {
    let flags = f.code.source.flags;
    let is_stop = e.type_of().is_subtype(&exc::STOP_ITERATION);
    let is_async_stop = e.type_of().is_subtype(&exc::STOP_ASYNC_ITERATION);
    let what = if flags.has(CodeFlags::ASYNC_GENERATOR) {
        "async generator"
    } else if flags.has(CodeFlags::COROUTINE) {
        "coroutine"
    } else {
        "generator"
    };
    if is_stop || (is_async_stop && flags.has(CodeFlags::ASYNC_GENERATOR)) {
        let msg = format!("{what} raised {}", e.type_of().name());
        let new = PyErr::runtime_error(msg);
        exc::with_state(new.instance(), |s| {
            s.cause = Some(e.clone());
            s.suppress_context = true;
            s.context = Some(e.clone());
        });
        return new;
    }
    PyErr::from_instance(e)
}
