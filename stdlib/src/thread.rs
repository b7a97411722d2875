//! `_thread`: OS threads running Python callables, locks (blocking with a
//! timeout, detaching the thread while they wait), re-entrant locks,
//! thread identities and thread-local objects.

use runtime::object::Locked;
use runtime::types::exceptions as exc;
use runtime::types::{
    Args, OBJECT, Slots, Type, dict, flags, float, from_bool, int, module, native, none,
    str as pystr, tuple,
};
use runtime::{PyErr, PyRef, PyResult, ops};
use std::cell::Cell;
use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering::SeqCst};
use std::sync::{Condvar, Mutex};
use std::time::{Duration, Instant};

/// Stack of threads started from Python: deep recursion within the
/// recursion limit must fit (the main thread has as much).
const THREAD_STACK: usize = 256 << 20;
/// `_thread.TIMEOUT_MAX`, in seconds.
const TIMEOUT_MAX: f64 = 9_223_372_036.0;

/// The smallest stack `stack_size()` accepts (CPython's on this platform).
const STACK_SIZE_MIN: i64 = 53248;
/// The size last set by `stack_size(size)`; 0 is the platform default.
static STACK_SIZE: AtomicUsize = AtomicUsize::new(0);
static NEXT_IDENT: AtomicU64 = AtomicU64::new(1);
static RUNNING: AtomicUsize = AtomicUsize::new(0);

thread_local! {
    static IDENT: Cell<u64> = Cell::new(NEXT_IDENT.fetch_add(1, SeqCst));
}

/// `get_ident()`: a number unique among live threads.
pub fn ident() -> u64 {
    IDENT.with(Cell::get)
}

fn f(name: &'static str, func: native::NativeFn) -> PyRef {
    native::new_function(name, func, Some("_thread"))
}

pub fn make() -> PyRef {
    let m = module::new_module("_thread");
    module::set(
        &m,
        "start_new_thread",
        f("start_new_thread", start_new_thread),
    );
    module::set(&m, "start_new", f("start_new", start_new_thread));
    module::set(
        &m,
        "allocate_lock",
        f("allocate_lock", |a| {
            a.exact("allocate_lock", 0, 0)?;
            Ok(new_lock(&LOCK))
        }),
    );
    module::set(&m, "allocate", f("allocate", |_| Ok(new_lock(&LOCK))));
    module::set(
        &m,
        "get_ident",
        f("get_ident", |a| {
            a.exact("get_ident", 0, 0)?;
            Ok(int::from_i64(ident() as i64))
        }),
    );
    module::set(
        &m,
        "get_native_id",
        f("get_native_id", |a| {
            a.exact("get_native_id", 0, 0)?;
            Ok(int::from_i64(ident() as i64))
        }),
    );
    module::set(
        &m,
        "_count",
        f("_count", |a| {
            a.exact("_count", 0, 0)?;
            Ok(int::from_i64(RUNNING.load(SeqCst) as i64))
        }),
    );
    module::set(&m, "stack_size", f("stack_size", stack_size));
    module::set(&m, "LockType", LOCK.object());
    module::set(&m, "lock", LOCK.object());
    module::set(&m, "RLock", RLOCK.object());
    module::set(&m, "_local", LOCAL.object());
    module::set(&m, "error", exc::RUNTIME_ERROR.object());
    module::set(&m, "TIMEOUT_MAX", float::from_f64(TIMEOUT_MAX));
    register();
    m
}

fn start_new_thread(args: &Args) -> PyResult {
    let a = args.exact("start_new_thread", 2, 3)?;
    let func = a[0].clone();
    if func.type_of().slots.call.is_none() {
        return Err(PyErr::type_error("first arg must be callable"));
    }
    let fargs = tuple::as_slice(&a[1])
        .ok_or_else(|| PyErr::type_error("2nd arg must be a tuple"))?
        .to_vec();
    let kwargs = match a.get(2) {
        Some(k) if !runtime::types::is_none(k) => {
            if !k.type_of().is_subtype(&dict::DICT) {
                return Err(PyErr::type_error("optional 3rd arg must be a dictionary"));
            }
            dict::items(k)
        }
        _ => Vec::new(),
    };
    RUNNING.fetch_add(1, SeqCst);
    // From here on, lock-free readers pin (the new thread may write).
    runtime::object::ebr::share_objects();
    let (ident_tx, ident_rx) = std::sync::mpsc::channel();
    let spawned = std::thread::Builder::new()
        .stack_size(THREAD_STACK.max(STACK_SIZE.load(SeqCst)))
        .spawn(move || {
            let _ = ident_tx.send(ident());
            vm::interp::attach_current_thread();
            let (names, values): (Vec<PyRef>, Vec<PyRef>) = kwargs.into_iter().unzip();
            let mut items = fargs;
            items.extend(values);
            if let Err(e) = ops::call_kw(&func, &items, &names)
                && !e.matches(&exc::SYSTEM_EXIT)
            {
                let what = ops::repr(&func)
                    .ok()
                    .and_then(|r| pystr::to_string(&r))
                    .unwrap_or_default();
                let _ = vm::builtins::io::flush_stdout();
                eprint!(
                    "Exception ignored in thread started by: {what}\n{}",
                    vm::traceback::format_exception(e.instance())
                );
            }
            drop(func);
            RUNNING.fetch_sub(1, SeqCst);
            vm::interp::detach_current_thread();
            runtime::threads::brc::leave();
        });
    match spawned {
        Ok(_) => Ok(int::from_i64(ident_rx.recv().unwrap_or(0) as i64)),
        Err(e) => {
            RUNNING.fetch_sub(1, SeqCst);
            Err(PyErr::runtime_error(format!("can't start new thread: {e}")))
        }
    }
}

/// `stack_size([size])`: sets the size new threads ask for (0, also when
/// no size is given as in CPython: the default) and returns the previous
/// one. New threads get at least [`THREAD_STACK`] whatever is asked, so
/// that recursion up to the recursion limit never overflows the native
/// stack.
fn stack_size(args: &Args) -> PyResult {
    if args.has_kwargs() {
        return Err(PyErr::type_error("stack_size() takes no keyword arguments"));
    }
    let size = match args.positional() {
        [] => 0,
        [size] => int::index(size)?
            .to_i64()
            .ok_or_else(|| PyErr::overflow_error("Python int too large to convert to C ssize_t"))?,
        more => {
            return Err(PyErr::type_error(format!(
                "stack_size() takes at most 1 argument ({} given)",
                more.len()
            )));
        }
    };
    if size != 0 && size < STACK_SIZE_MIN {
        return Err(PyErr::value_error(format!(
            "size must be at least {STACK_SIZE_MIN} bytes"
        )));
    }
    let old = STACK_SIZE.swap(size as usize, SeqCst);
    Ok(int::from_i64(old as i64))
}

/// A lock's state: a flag and a condition variable waiters sleep on.
pub struct Lock {
    locked: Mutex<bool>,
    released: Condvar,
}

pub static LOCK: Type = Type::builtin::<Lock>("lock", Some(&OBJECT), 0, Slots::NONE);

fn new_lock(ty: &'static Type) -> PyRef {
    PyRef::new(
        Lock {
            locked: Mutex::new(false),
            released: Condvar::new(),
        },
        ty,
    )
}

impl Lock {
    fn try_acquire(&self) -> bool {
        let mut locked = self.locked.lock().unwrap_or_else(|e| e.into_inner());
        !std::mem::replace(&mut *locked, true)
    }

    /// Waits up to `timeout` (forever if None), detached from the runtime.
    fn acquire_waiting(&self, timeout: Option<Duration>) -> bool {
        if self.try_acquire() {
            return true;
        }
        vm::interp::blocking(|| {
            let deadline = timeout.map(|t| Instant::now() + t);
            let mut locked = self.locked.lock().unwrap_or_else(|e| e.into_inner());
            while *locked {
                match deadline {
                    None => {
                        locked = self
                            .released
                            .wait(locked)
                            .unwrap_or_else(|e| e.into_inner())
                    }
                    Some(d) => {
                        let now = Instant::now();
                        if now >= d {
                            return false;
                        }
                        locked = self
                            .released
                            .wait_timeout(locked, d - now)
                            .unwrap_or_else(|e| e.into_inner())
                            .0;
                    }
                }
            }
            *locked = true;
            true
        })
    }

    fn release(&self) -> bool {
        let mut locked = self.locked.lock().unwrap_or_else(|e| e.into_inner());
        if !*locked {
            return false;
        }
        *locked = false;
        drop(locked);
        self.released.notify_one();
        true
    }

    fn is_locked(&self) -> bool {
        *self.locked.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// A timeout in nanoseconds (CPython's `PyTime_t`, rounded away from zero
/// as `_PyTime_ROUND_TIMEOUT` does), with CPython's errors.
fn timeout_ns(t: &PyRef) -> PyResult<i64> {
    const NS: i64 = 1_000_000_000;
    let overflow = || PyErr::overflow_error("timestamp out of range for C PyTime_t");
    if let Some(secs) = float::as_f64(t) {
        if secs.is_nan() {
            return Err(PyErr::value_error("Invalid value NaN (not a number)"));
        }
        let ns = secs * NS as f64;
        let ns = if ns >= 0.0 { ns.ceil() } else { ns.floor() };
        // i64's range as floats: [-2^63, 2^63).
        if !(-9.223_372_036_854_776e18..9.223_372_036_854_776e18).contains(&ns) {
            return Err(overflow());
        }
        return Ok(ns as i64);
    }
    match int::as_int(t) {
        Some(i) => i
            .to_i64()
            .and_then(|secs| secs.checked_mul(NS))
            .ok_or_else(overflow),
        None => Err(PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer or float",
            t.type_of().name()
        ))),
    }
}

/// `acquire(blocking=True, timeout=-1)`'s arguments: None to try once, or
/// how long to wait (None: forever).
fn wait_time(args: &Args, fname: &str) -> PyResult<Option<Option<Duration>>> {
    /// The default timeout, -1 s: wait forever.
    const UNSET: i64 = -1_000_000_000;
    let [blocking, timeout] = args.skip_first().bind(fname, ["blocking", "timeout"], 0)?;
    let blocking = match blocking {
        Some(b) => ops::truthy(b)?,
        None => true,
    };
    let timeout = timeout.map(timeout_ns).transpose()?.unwrap_or(UNSET);
    if !blocking && timeout != UNSET {
        return Err(PyErr::value_error(
            "can't specify a timeout for a non-blocking call",
        ));
    }
    if timeout < 0 && timeout != UNSET {
        return Err(PyErr::value_error(
            "timeout value must be a non-negative number",
        ));
    }
    Ok(if !blocking {
        None
    } else if timeout == UNSET {
        Some(None)
    } else {
        Some(Some(Duration::from_nanos(timeout as u64)))
    })
}

fn lock_of(obj: &PyRef) -> &Lock {
    obj.payload::<Lock>().expect("a lock")
}

fn lock_acquire(args: &Args) -> PyResult {
    let this = &args.items()[0];
    let l = lock_of(this);
    let got = match wait_time(args, "acquire")? {
        None => l.try_acquire(),
        Some(t) => l.acquire_waiting(t),
    };
    Ok(from_bool(got))
}

fn lock_release(args: &Args) -> PyResult {
    let a = args.exact("release", 1, 1)?;
    if lock_of(&a[0]).release() {
        Ok(none())
    } else {
        Err(PyErr::runtime_error("release unlocked lock"))
    }
}

fn lock_exit(args: &Args) -> PyResult {
    let this = &args.items()[0];
    if !lock_of(this).release() {
        return Err(PyErr::runtime_error("release unlocked lock"));
    }
    Ok(none())
}

fn lock_repr(args: &Args) -> PyResult {
    let a = args.exact("__repr__", 1, 1)?;
    let state = if lock_of(&a[0]).is_locked() {
        "locked"
    } else {
        "unlocked"
    };
    Ok(pystr::new_str(&format!(
        "<{} _thread.lock object at {:#x}>",
        state,
        a[0].id()
    )))
}

/// A re-entrant lock: a lock plus its owner and depth.
pub struct RLock {
    lock: Lock,
    owner: AtomicU64,
    count: AtomicUsize,
}

pub static RLOCK: Type =
    Type::builtin::<RLock>("RLock", Some(&OBJECT), flags::BASETYPE, Slots::NONE);

fn rlock_of(obj: &PyRef) -> &RLock {
    obj.payload::<RLock>().expect("an RLock")
}

fn rlock_new(args: &Args) -> PyResult {
    let cls = runtime::types::check_subtype_new(&RLOCK, &args.positional()[0])?;
    Ok(runtime::types::alloc_instance(
        RLock {
            lock: Lock {
                locked: Mutex::new(false),
                released: Condvar::new(),
            },
            owner: AtomicU64::new(0),
            count: AtomicUsize::new(0),
        },
        cls,
    ))
}

fn rlock_acquire(args: &Args) -> PyResult {
    let r = rlock_of(&args.items()[0]);
    let me = ident();
    if r.owner.load(SeqCst) == me && r.count.load(SeqCst) > 0 {
        r.count.fetch_add(1, SeqCst);
        return Ok(from_bool(true));
    }
    let got = match wait_time(args, "acquire")? {
        None => r.lock.try_acquire(),
        Some(t) => r.lock.acquire_waiting(t),
    };
    if got {
        r.owner.store(me, SeqCst);
        r.count.store(1, SeqCst);
    }
    Ok(from_bool(got))
}

fn rlock_release(args: &Args) -> PyResult {
    let r = rlock_of(&args.items()[0]);
    if r.owner.load(SeqCst) != ident() || r.count.load(SeqCst) == 0 {
        return Err(PyErr::runtime_error("cannot release un-acquired lock"));
    }
    if r.count.fetch_sub(1, SeqCst) == 1 {
        r.owner.store(0, SeqCst);
        r.lock.release();
    }
    Ok(none())
}

/// `_thread._local`: attributes are per thread.
pub struct Local {
    /// Each thread's attribute dict, by thread ident.
    dicts: Locked<HashMap<u64, PyRef>>,
    /// The constructor's arguments after the class (keyword values last)
    /// and keyword names: as in CPython, each other thread's first use runs
    /// the class's `__init__` with them on its fresh dict.
    init_items: Vec<PyRef>,
    init_kwnames: Vec<PyRef>,
}

pub static LOCAL: Type = Type::builtin::<Local>(
    "_local",
    Some(&OBJECT),
    flags::BASETYPE | flags::HAS_GETATTRIBUTE | flags::HAS_SETATTR,
    Slots::NONE,
);

/// The class's `__init__` unless it is `object`'s (which takes nothing).
fn own_init(cls: &'static Type) -> Option<PyRef> {
    let init = cls.lookup("__init__")?;
    match OBJECT.lookup("__init__") {
        Some(base) if PyRef::ptr_eq(&init, &base) => None,
        _ => Some(init),
    }
}

/// The calling thread's dict of `obj`, created on first use and then
/// initialised by the class's `__init__` (the dict is dropped again if that
/// raises, so the next use retries, as CPython does).
fn local_dict(obj: &PyRef) -> PyResult {
    let l = obj.payload::<Local>().expect("a _local");
    let me = ident();
    if let Some(d) = l.dicts.with(obj, |m| m.get(&me).cloned()) {
        return Ok(d);
    }
    let d = dict::new_dict();
    l.dicts.with(obj, |m| m.insert(me, d.clone()));
    if let Some(init) = own_init(obj.type_of()) {
        let mut items = Vec::with_capacity(l.init_items.len() + 1);
        items.push(obj.clone());
        items.extend(l.init_items.iter().cloned());
        if let Err(e) = ops::call_kw(&init, &items, &l.init_kwnames) {
            l.dicts.with(obj, |m| m.remove(&me));
            return Err(e);
        }
    }
    Ok(d)
}

fn local_new(args: &Args) -> PyResult {
    let cls = runtime::types::check_subtype_new(&LOCAL, &args.positional()[0])?;
    if args.items().len() > 1 && own_init(cls).is_none() {
        return Err(PyErr::type_error(
            "Initialization arguments are not supported",
        ));
    }
    // The creating thread's dict exists from the start: its `__init__`
    // runs as part of the constructor call.
    let local = Local {
        dicts: Locked::new(HashMap::from([(ident(), dict::new_dict())])),
        init_items: args.items()[1..].to_vec(),
        init_kwnames: args.kwnames().to_vec(),
    };
    Ok(runtime::types::alloc_instance(local, cls))
}

fn local_getattribute(args: &Args) -> PyResult {
    let a = args.exact("__getattribute__", 2, 2)?;
    if pystr::as_str(&a[1]).is_some_and(|s| s.eq_str("__dict__")) {
        return local_dict(&a[0]);
    }
    if let Some(v) = dict::get_str_key(&local_dict(&a[0])?, &a[1]) {
        return Ok(v);
    }
    ops::generic_getattr(&a[0], &a[1])
}

fn local_setattr(args: &Args) -> PyResult {
    let a = args.exact("__setattr__", 3, 3)?;
    dict::set(&local_dict(&a[0])?, a[1].clone(), a[2].clone())?;
    Ok(none())
}

fn local_delattr(args: &Args) -> PyResult {
    let a = args.exact("__delattr__", 2, 2)?;
    if dict::remove(&local_dict(&a[0])?, &a[1])?.is_none() {
        return Err(PyErr::attribute_error(format!(
            "'{}' object has no attribute '{}'",
            a[0].type_of().name(),
            pystr::to_string(&a[1]).unwrap_or_default()
        )));
    }
    Ok(none())
}

fn register() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        for (name, func) in [
            ("acquire", lock_acquire as native::NativeFn),
            ("acquire_lock", lock_acquire),
            ("__enter__", lock_acquire),
        ] {
            LOCK.add_method(name, func);
        }
        for (name, func) in [
            ("release", lock_release as native::NativeFn),
            ("release_lock", lock_release),
        ] {
            LOCK.add_method(name, func);
        }
        LOCK.add_method("__exit__", lock_exit);
        LOCK.add_method("locked", |a| {
            Ok(from_bool(lock_of(&a.exact("locked", 1, 1)?[0]).is_locked()))
        });
        LOCK.add_method("locked_lock", |a| {
            Ok(from_bool(
                lock_of(&a.exact("locked_lock", 1, 1)?[0]).is_locked(),
            ))
        });
        LOCK.add_method("__repr__", lock_repr);
        RLOCK.add_static("__new__", rlock_new);
        RLOCK.add_method("acquire", rlock_acquire);
        RLOCK.add_method("__enter__", rlock_acquire);
        RLOCK.add_method("release", rlock_release);
        RLOCK.add_method("__exit__", rlock_release);
        RLOCK.add_method("_is_owned", |a| {
            let r = rlock_of(&a.items()[0]);
            Ok(from_bool(
                r.owner.load(SeqCst) == ident() && r.count.load(SeqCst) > 0,
            ))
        });
        LOCAL.add_static("__new__", local_new);
        LOCAL.add_method("__getattribute__", local_getattribute);
        LOCAL.add_method("__setattr__", local_setattr);
        LOCAL.add_method("__delattr__", local_delattr);
    });
}
