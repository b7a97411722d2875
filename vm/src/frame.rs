//! Frames: one activation of a code object — its local slots (fast locals,
//! then cells, then free variables), value stack and position — and the
//! binding of call arguments to parameters with CPython's messages.

use crate::cache_slots::Slots;
use crate::code::Code;
use crate::function::Function;
use compiler::bytecode::CodeFlags;
use runtime::object::{SharedArc, StackRef, Values};
use runtime::threads::ThreadState;
use runtime::types::{dict, str as pystr, tuple};
use runtime::{PyErr, PyRef, PyResult};
use std::cell::RefCell;
use std::sync::Arc;

/// Finished frames, for the next frames of the thread: a call then
/// allocates nothing in the common case. A dead frame keeps its values'
/// storage (emptied) and the code, globals and builtins of its last run, so
/// that a call of a function of the same module takes no counts on them.
/// Its function, namespace and `__init__` instance are gone.
///
/// The eval loop checks the thread's pool out for as long as it runs
/// ([`Pool::checkout`]), so its calls and returns reach it without a
/// thread-local lookup; frames made elsewhere use what is left in the
/// thread's slot. The pool also carries the thread's state, so that the
/// loop polls its eval breaker without a thread-local lookup either.
#[derive(Default)]
pub struct Pool {
    frames: Vec<Box<Frame>>,
    thread: Option<Arc<ThreadState>>,
    /// The thread's `LOAD_GLOBAL` and attribute caches, here so that a hit
    /// needs no thread-local lookup.
    pub global_cache: crate::global_cache::Cache,
    pub attr_cache: crate::attr_cache::Cache,
}

/// How many dead frames a thread keeps, and the largest storage it keeps.
const POOL_FRAMES: usize = 64;
const POOL_MAX_CAPACITY: usize = 256;

thread_local! {
    static POOL: RefCell<Pool> = const {
        RefCell::new(Pool {
            frames: Vec::new(),
            thread: None,
            global_cache: Slots::EMPTY,
            attr_cache: Slots::EMPTY,
        })
    };
}

impl Pool {
    /// The thread's pool, taken out of its slot (a nested eval loop finds
    /// the slot empty and starts its own, which polls the breaker the slow
    /// way).
    pub fn checkout() -> Pool {
        POOL.try_with(|p| std::mem::take(&mut *p.borrow_mut()))
            .unwrap_or_default()
    }

    /// [`Pool::checkout`] for native code that runs many eval loops in a row
    /// (`sum()` over a generator): a pool found empty gets the thread's
    /// state too, so that those loops poll the breaker the fast way.
    pub fn checkout_for_batch() -> Pool {
        let mut pool = Pool::checkout();
        if pool.thread.is_none() {
            pool.thread = crate::interp::current_thread_state();
        }
        pool
    }

    /// Gives the thread's pool its state (on attaching) or takes it away
    /// (on detaching: a later registration has a new state).
    pub fn set_thread_state(state: Option<Arc<ThreadState>>) {
        let _ = POOL.try_with(|p| {
            if let Ok(mut p) = p.try_borrow_mut() {
                p.thread = state;
            }
        });
    }

    /// The eval breaker poll (at backward jumps and calls).
    #[inline(always)]
    pub fn poll_eval_breaker(&self) {
        match &self.thread {
            Some(state) => crate::interp::poll_eval_breaker_of(state),
            None => crate::interp::poll_eval_breaker(),
        }
    }

    /// A frame for `func`'s code with empty values, at its first instruction.
    #[inline(always)]
    pub fn frame(&mut self, func: &Function) -> Box<Frame> {
        Frame::reuse(
            self.frames.pop(),
            &func.frame_code,
            &func.globals,
            &func.builtins,
        )
    }

    /// Keeps a finished frame. Its references are dropped first (a
    /// destructor may run Python code, which makes frames elsewhere).
    #[inline(always)]
    pub fn recycle(&mut self, mut f: Box<Frame>) {
        f.release();
        if f.values.capacity() <= POOL_MAX_CAPACITY && self.frames.len() < POOL_FRAMES {
            self.frames.push(f);
        }
    }
}

impl Drop for Pool {
    /// Back into the thread's slot, unless a nested loop left one there.
    #[inline]
    fn drop(&mut self) {
        // A nested loop that made no frames (a generator resumed from
        // native code) has nothing to give back.
        if !self.frames.is_empty()
            || self.thread.is_some()
            || !self.global_cache.is_empty()
            || !self.attr_cache.is_empty()
        {
            self.give_back();
        }
    }
}

impl Pool {
    #[cold]
    fn give_back(&mut self) {
        let frames = std::mem::take(&mut self.frames);
        let thread = self.thread.take();
        let mut global_cache = std::mem::take(&mut self.global_cache);
        let mut attr_cache = std::mem::take(&mut self.attr_cache);
        let _ = POOL.try_with(|p| {
            let Ok(mut p) = p.try_borrow_mut() else {
                return;
            };
            if p.frames.len() < frames.len() {
                p.frames = frames;
            }
            if p.thread.is_none() {
                p.thread = thread;
            }
            p.global_cache.adopt(&mut global_cache);
            p.attr_cache.adopt(&mut attr_cache);
        });
        // Caches the slot had no room for give up their entries' references
        // with the slot unborrowed.
        drop((global_cache, attr_cache));
    }
}

/// [`Pool::frame`] for a frame made outside an eval loop, from the
/// thread's slot.
fn pooled_frame(code: &FrameCode, globals: &PyRef, builtins: &PyRef) -> Box<Frame> {
    let dead = POOL
        .try_with(|p| p.try_borrow_mut().ok()?.frames.pop())
        .ok()
        .flatten();
    Frame::reuse(dead, code, globals, builtins)
}

/// A frame's code: counted, or, for the immortal functions of module and
/// class bodies, a reference that lives as long as the program, so calls
/// from many threads do not contend on the code's count.
#[derive(Clone)]
pub struct FrameCode(SharedArc<Code>);

impl FrameCode {
    /// Counted code.
    pub fn counted(code: Arc<Code>) -> FrameCode {
        FrameCode(SharedArc::counted(code))
    }

    /// Code that lives as long as the program: it takes no counts.
    pub fn immortal(code: &'static Arc<Code>) -> FrameCode {
        FrameCode(SharedArc::immortal(code))
    }

    /// The code for a function that is never freed: its count is taken once.
    pub fn leaked(code: &Arc<Code>) -> FrameCode {
        FrameCode::immortal(Box::leak(Box::new(code.clone())))
    }

    /// Whether both are the same code object.
    #[inline]
    fn is(&self, other: &FrameCode) -> bool {
        self.0.ptr_eq(&other.0)
    }

    /// A counted handle to the code (tracebacks, generators, `f_code`).
    pub fn arc(&self) -> Arc<Code> {
        self.0.arc()
    }
}

impl std::ops::Deref for FrameCode {
    type Target = Code;

    #[inline(always)]
    fn deref(&self) -> &Code {
        &self.0
    }
}

pub struct Frame {
    pub code: FrameCode,
    /// The local slots (`code.nslots` of them: fast locals, cells, free
    /// variables), then the value stack: one vector, so a call takes one.
    /// Stack operations work on its end; a stack depth `d` is
    /// `values[code.nslots + d]`.
    pub values: Values,
    /// The next instruction (word index).
    pub pc: usize,
    /// The instruction being executed (for tracebacks and handlers).
    pub lasti: usize,
    pub globals: PyRef,
    pub builtins: PyRef,
    /// The namespace of module and class bodies (`LOAD_NAME`).
    pub locals: Option<PyRef>,
    /// The function running, if any (for its closure).
    pub func: Option<PyRef>,
    /// For the `__init__` of a `cls()` call the eval loop runs as a frame:
    /// the new instance, the call's result once `__init__` returns None.
    pub init_self: Option<PyRef>,
}

impl Frame {
    /// A frame for module or class body code with an explicit namespace.
    pub fn for_namespace(
        code: Arc<Code>,
        globals: PyRef,
        builtins: PyRef,
        locals: PyRef,
    ) -> Box<Frame> {
        let code = FrameCode::counted(code);
        let mut f = pooled_frame(&code, &globals, &builtins);
        f.locals = Some(locals);
        f.values.prepare(code.nslots, code.capacity);
        f
    }

    /// A frame for `code` at its first instruction, its values empty:
    /// `dead` revived ([`Frame::revive`]), else a new one.
    #[inline(always)]
    fn reuse(
        dead: Option<Box<Frame>>,
        code: &FrameCode,
        globals: &PyRef,
        builtins: &PyRef,
    ) -> Box<Frame> {
        match dead {
            Some(mut f) => {
                f.revive(code, globals, builtins);
                f
            }
            None => Box::new(Frame {
                values: Values::default(),
                pc: 0,
                lasti: 0,
                globals: globals.clone(),
                builtins: builtins.clone(),
                locals: None,
                func: None,
                init_self: None,
                code: code.clone(),
            }),
        }
    }

    /// Makes a fresh frame the function `fobj`'s, its slots NULL.
    #[inline]
    fn start(&mut self, fobj: &PyRef) {
        self.values.prepare(self.code.nslots, self.code.capacity);
        self.func = Some(fobj.clone());
    }

    /// Makes a dead frame (see [`Pool`]) one for `code` at its first
    /// instruction; the references it kept are replaced only if they differ.
    #[inline(always)]
    fn revive(&mut self, code: &FrameCode, globals: &PyRef, builtins: &PyRef) {
        if !self.code.is(code) {
            self.code = code.clone();
        }
        if !PyRef::ptr_eq(&self.globals, globals) {
            self.globals = globals.clone();
        }
        if !PyRef::ptr_eq(&self.builtins, builtins) {
            self.builtins = builtins.clone();
        }
        self.pc = 0;
        self.lasti = 0;
    }

    /// Makes a finished frame dead: its values, function, namespace and
    /// `__init__` instance go; the storage and the rest stay for its next use.
    #[inline(always)]
    fn release(&mut self) {
        self.values.clear();
        self.func = None;
        self.locals = None;
        self.init_self = None;
    }

    /// Makes `f`, a frame from [`Pool::frame`] for the function the
    /// caller's stack holds at `base`, that of a call the stack holds as
    /// `callable, NULL or self, arguments`, the function's parameters being
    /// plain positional ones ([`Code::plain_params`]) numbering the
    /// arguments from `first`: they move into its slots and the caller's
    /// stack drops to `base`. A `RESUME` first in the code is skipped: the
    /// caller polls the eval breaker for it. The caller has checked the
    /// callable, so it is not looked at again.
    #[inline(always)]
    pub fn for_plain_call(
        mut f: Box<Frame>,
        caller: &mut Frame,
        base: usize,
        first: usize,
    ) -> Box<Frame> {
        let fobj = caller.values.take(base).expect("a callable").into_owned();
        let (nslots, capacity) = (f.code.nslots, f.code.capacity);
        f.values
            .start_call(&mut caller.values, base, first, nslots, capacity);
        f.pc = usize::from(f.code.starts_with_resume);
        f.func = Some(fobj);
        f
    }

    /// A frame for calling `func` with `items` (positional, then keyword
    /// values named by `kwnames`), made outside an eval loop.
    pub fn for_call(
        fobj: &PyRef,
        func: &Function,
        items: &[PyRef],
        kwnames: &[PyRef],
    ) -> PyResult<Box<Frame>> {
        let f = pooled_frame(&func.frame_code, &func.globals, &func.builtins);
        Frame::bind(f, fobj, func, items, kwnames)
    }

    /// [`Frame::for_call`] with a frame from the eval loop's `pool`.
    pub fn for_call_in(
        fobj: &PyRef,
        func: &Function,
        items: &[PyRef],
        kwnames: &[PyRef],
        pool: &mut Pool,
    ) -> PyResult<Box<Frame>> {
        let f = pool.frame(func);
        Frame::bind(f, fobj, func, items, kwnames)
    }

    /// `f` (fresh for `func`) as the frame of the function `fobj` called
    /// with `items` and `kwnames`.
    fn bind(
        mut f: Box<Frame>,
        fobj: &PyRef,
        func: &Function,
        items: &[PyRef],
        kwnames: &[PyRef],
    ) -> PyResult<Box<Frame>> {
        f.start(fobj);
        let nslots = f.code.nslots;
        bind_arguments(f.values.owned_mut(..nslots), func, items, kwnames)?;
        Ok(f)
    }

    /// [`Frame::for_call_in`] with `this` before `items` (a bound method's
    /// or `__init__`'s self): plain positional parameters take them with no
    /// vector in between.
    pub fn for_method_call_in(
        fobj: &PyRef,
        func: &Function,
        this: &PyRef,
        items: &[PyRef],
        kwnames: &[PyRef],
        pool: &mut Pool,
    ) -> PyResult<Box<Frame>> {
        if !kwnames.is_empty() || func.code.plain_params != Some(items.len() + 1) {
            let mut all = Vec::with_capacity(items.len() + 1);
            all.push(this.clone());
            all.extend_from_slice(items);
            return Frame::for_call_in(fobj, func, &all, kwnames, pool);
        }
        let mut f = pool.frame(func);
        f.start(fobj);
        let nslots = f.code.nslots;
        let slots = f.values.owned_mut(..nslots);
        slots[0] = Some(this.clone());
        for (slot, v) in slots[1..].iter_mut().zip(items) {
            *slot = Some(v.clone());
        }
        Ok(f)
    }

    /// The local slots.
    pub fn slots(&self) -> &[Option<PyRef>] {
        &self.values[..self.code.nslots]
    }

    /// The value stack, bottom first.
    pub fn stack(&self) -> &[Option<PyRef>] {
        &self.values[self.code.nslots..]
    }

    #[inline]
    pub fn push(&mut self, v: PyRef) {
        self.values.push(Some(StackRef::owned(v)));
    }

    #[inline]
    pub fn push_ref(&mut self, v: StackRef) {
        self.values.push(Some(v));
    }

    /// The top value, counted in its header (for values that go to the heap).
    #[inline]
    pub fn pop(&mut self) -> PyRef {
        self.pop_ref().into_owned()
    }

    /// The top value as the stack held it (for values used and dropped).
    #[inline]
    pub fn pop_ref(&mut self) -> StackRef {
        self.values.pop().expect("a value on the stack")
    }

    #[inline]
    pub fn top(&self) -> &PyRef {
        self.values
            .last()
            .and_then(Option::as_ref)
            .expect("a value on the stack")
    }

    /// The qualified name for messages.
    pub fn qualname(&self) -> String {
        pystr::to_string(&self.code.qualname).unwrap_or_default()
    }
}

/// "f() missing 2 required positional arguments: 'a' and 'b'".
fn missing_error(qualname: &str, kind: &str, missing: &[&str]) -> PyErr {
    let noun = if missing.len() == 1 {
        "argument"
    } else {
        "arguments"
    };
    PyErr::type_error(format!(
        "{qualname}() missing {} required {kind} {noun}: {}",
        missing.len(),
        name_list(missing)
    ))
}

/// `'a'`, `'a' and 'b'`, `'a', 'b', and 'c'`.
fn name_list(names: &[&str]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match quoted.len() {
        0 => String::new(),
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
    }
}

fn bind_arguments(
    slots: &mut [Option<PyRef>],
    func: &Function,
    items: &[PyRef],
    kwnames: &[PyRef],
) -> PyResult<()> {
    let code = &func.code;
    if kwnames.is_empty() && code.plain_params == Some(items.len()) {
        for (slot, v) in slots.iter_mut().zip(items) {
            *slot = Some(v.clone());
        }
        return Ok(());
    }
    let co = &code.source;
    let argc = co.arg_count as usize;
    let posonly = co.posonly_arg_count as usize;
    let kwonly = co.kwonly_arg_count as usize;
    let has_varargs = co.flags.has(CodeFlags::VARARGS);
    let has_varkw = co.flags.has(CodeFlags::VARKEYWORDS);
    let npos = items.len() - kwnames.len();
    let (positional, kwvalues) = items.split_at(npos);
    let qualname = || pystr::to_string(&code.qualname).unwrap_or_default();

    for (slot, v) in slots.iter_mut().zip(positional.iter().take(argc)) {
        *slot = Some(v.clone());
    }
    let varargs_slot = argc + kwonly;
    if has_varargs {
        let extra = positional.get(argc..).unwrap_or(&[]).to_vec();
        slots[varargs_slot] = Some(tuple::new_tuple(extra));
    } else if npos > argc {
        let defaults = func
            .defaults
            .get()
            .as_ref()
            .and_then(tuple::as_slice)
            .map_or(0, <[PyRef]>::len);
        let given_kw = kwnames
            .iter()
            .filter(|k| {
                code.varnames[argc..argc + kwonly]
                    .iter()
                    .any(|v| v == *k || pystr::as_str(v) == pystr::as_str(k))
            })
            .count();
        let takes = if defaults > 0 {
            format!("from {} to {} positional arguments", argc - defaults, argc)
        } else {
            format!(
                "{} positional argument{}",
                argc,
                if argc == 1 { "" } else { "s" }
            )
        };
        let kw_note = if given_kw > 0 {
            format!(
                " positional argument{} (and {} keyword-only argument{})",
                if npos == 1 { "" } else { "s" },
                given_kw,
                if given_kw == 1 { "" } else { "s" }
            )
        } else {
            String::new()
        };
        let were = if npos == 1 && kw_note.is_empty() {
            "was"
        } else {
            "were"
        };
        return Err(PyErr::type_error(format!(
            "{}() takes {takes} but {npos}{kw_note} {were} given",
            qualname()
        )));
    }
    let varkw_slot = varargs_slot + has_varargs as usize;
    let kwdict = has_varkw.then(dict::new_dict);
    let mut posonly_as_kw: Vec<String> = Vec::new();
    for (name, value) in kwnames.iter().zip(kwvalues) {
        let key = pystr::as_str(name);
        let found = code.varnames[..argc + kwonly]
            .iter()
            .position(|v| PyRef::ptr_eq(v, name) || pystr::as_str(v) == key);
        match found {
            Some(i) if i < posonly => {
                if let Some(d) = &kwdict {
                    dict::set(d, name.clone(), value.clone())?;
                } else {
                    posonly_as_kw.push(pystr::to_string(name).unwrap_or_default());
                }
            }
            Some(i) => {
                if slots[i].is_some() {
                    return Err(PyErr::type_error(format!(
                        "{}() got multiple values for argument '{}'",
                        qualname(),
                        pystr::to_string(name).unwrap_or_default()
                    )));
                }
                slots[i] = Some(value.clone());
            }
            None => match &kwdict {
                Some(d) => dict::set(d, name.clone(), value.clone())?,
                None => {
                    return Err(PyErr::type_error(format!(
                        "{}() got an unexpected keyword argument '{}'",
                        qualname(),
                        pystr::to_string(name).unwrap_or_default()
                    )));
                }
            },
        }
    }
    if !posonly_as_kw.is_empty() {
        let names: Vec<&str> = posonly_as_kw.iter().map(String::as_str).collect();
        return Err(PyErr::type_error(format!(
            "{}() got some positional-only arguments passed as keyword arguments: '{}'",
            qualname(),
            names.join(", ")
        )));
    }
    if let Some(d) = kwdict {
        slots[varkw_slot] = Some(d);
    }
    // Defaults for missing positional parameters.
    if npos < argc {
        let defaults = func.defaults.get();
        let defaults = defaults.as_ref().and_then(tuple::as_slice).unwrap_or(&[]);
        let first_default = argc - defaults.len();
        let mut missing = Vec::new();
        for i in npos..argc {
            if slots[i].is_none() {
                if i >= first_default {
                    slots[i] = Some(defaults[i - first_default].clone());
                } else {
                    missing.push(co.varnames[i].as_ref());
                }
            }
        }
        if !missing.is_empty() {
            return Err(missing_error(&qualname(), "positional", &missing));
        }
    }
    if kwonly > 0 {
        let mut missing = Vec::new();
        for (i, slot) in slots.iter_mut().enumerate().skip(argc).take(kwonly) {
            if slot.is_none() {
                let default = func
                    .kwdefaults
                    .get()
                    .and_then(|d| dict::get_str_key(&d, &code.varnames[i]));
                match default {
                    Some(v) => *slot = Some(v),
                    None => missing.push(co.varnames[i].as_ref()),
                }
            }
        }
        if !missing.is_empty() {
            return Err(missing_error(&qualname(), "keyword-only", &missing));
        }
    }
    // Cells and the closure are set up by MAKE_CELL / COPY_FREE_VARS.
    Ok(())
}
