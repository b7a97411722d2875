//! The built-in iterator types: `enumerate`, `zip`, `map`, `filter`,
//! `reversed` and `callable_iterator` (`iter(f, sentinel)`).
//!
//! Their state is shared between threads: what changes lives in a
//! [`Locked`] or an atomic, and Python code (the inner iterators, the
//! mapped function) always runs with no lock held.

use runtime::num::Int;
use runtime::object::Locked;
use runtime::ops;
use runtime::types::{
    Args, IterNextFn, OBJECT, Slots, Type, alloc_instance, check_subtype_new, exceptions, flags,
    int, is_none, tuple,
};
use runtime::{PyErr, PyRef, PyResult};
use std::sync::atomic::{AtomicI64, AtomicIsize, Ordering::Relaxed};

/// `enumerate(iterable, start=0)`.
pub struct Enumerate {
    iter: PyRef,
    /// The next index while it is below `i64::MAX`: one atomic step per
    /// item, no lock and no arbitrary-precision arithmetic.
    small: AtomicI64,
    /// The next index once `small` reached `i64::MAX` (which it holds from
    /// the start when `start` is that large).
    big: Locked<Int>,
}

/// `zip(*iterables, strict=False)` and the iterables of `map`.
pub struct Zip {
    iters: Box<[PyRef]>,
    strict: bool,
}

/// `map(function, iterable, *iterables, strict=False)`.
pub struct Map {
    func: PyRef,
    zip: Zip,
}

/// `filter(function or None, iterable)`.
pub struct Filter {
    func: Option<PyRef>,
    iter: PyRef,
}

/// `reversed(sequence)` over `__len__` and `__getitem__`: the next index,
/// negative once exhausted.
pub struct Reversed {
    seq: PyRef,
    index: AtomicIsize,
}

/// `iter(callable, sentinel)`: the callable is dropped once exhausted.
pub struct CallableIterator {
    func: Locked<Option<PyRef>>,
    sentinel: PyRef,
}

const fn iter_slots(next: IterNextFn) -> Slots {
    Slots {
        iternext: Some(next),
        ..Slots::NONE
    }
}

pub static ENUMERATE: Type = Type::builtin::<Enumerate>(
    "enumerate",
    Some(&OBJECT),
    flags::BASETYPE,
    iter_slots(enumerate_next),
);
pub static ZIP: Type =
    Type::builtin::<Zip>("zip", Some(&OBJECT), flags::BASETYPE, iter_slots(zip_next));
pub static MAP: Type =
    Type::builtin::<Map>("map", Some(&OBJECT), flags::BASETYPE, iter_slots(map_next));
pub static FILTER: Type = Type::builtin::<Filter>(
    "filter",
    Some(&OBJECT),
    flags::BASETYPE,
    iter_slots(filter_next),
);
pub static REVERSED: Type = Type::builtin::<Reversed>(
    "reversed",
    Some(&OBJECT),
    flags::BASETYPE,
    iter_slots(reversed_next),
);
pub static CALLABLE_ITERATOR: Type = Type::builtin::<CallableIterator>(
    "callable_iterator",
    Some(&OBJECT),
    0,
    iter_slots(callable_next),
);

fn payload<T: 'static>(it: &PyRef) -> &T {
    it.payload::<T>().expect("an iterator of this type")
}

fn enumerate_next(it: &PyRef) -> PyResult<Option<PyRef>> {
    let e = payload::<Enumerate>(it);
    let Some(item) = ops::next(&e.iter)? else {
        return Ok(None);
    };
    let index = match e.small.fetch_update(Relaxed, Relaxed, |i| i.checked_add(1)) {
        Ok(i) => int::from_i64(i),
        Err(_) => int::from_int(e.big.with(it, |c| {
            let index = c.clone();
            *c = index.add(&Int::Small(1));
            index
        })),
    };
    Ok(Some(tuple::pair(index, item)))
}

/// One item from each iterator, `None` when the shortest is exhausted (an
/// error under `strict` when they are not all exhausted together).
fn zip_items(fname: &str, z: &Zip) -> PyResult<Option<Vec<PyRef>>> {
    let mut items = Vec::with_capacity(z.iters.len());
    for (i, it) in z.iters.iter().enumerate() {
        match ops::next(it)? {
            Some(x) => items.push(x),
            None if z.strict => return strict_mismatch(fname, z, i),
            None => return Ok(None),
        }
    }
    Ok((!items.is_empty()).then_some(items))
}

/// Iterator `i` of a strict zip ran out: CPython's error when the others
/// have not (`shorter` than those before, or `longer` for one after).
fn strict_mismatch(fname: &str, z: &Zip, i: usize) -> PyResult<Option<Vec<PyRef>>> {
    let before = |i: usize| {
        if i == 1 {
            "argument 1".to_string()
        } else {
            format!("arguments 1-{i}")
        }
    };
    if i > 0 {
        return Err(PyErr::value_error(format!(
            "{fname}() argument {} is shorter than {}",
            i + 1,
            before(i)
        )));
    }
    for (j, it) in z.iters.iter().enumerate().skip(1) {
        if ops::next(it)?.is_some() {
            return Err(PyErr::value_error(format!(
                "{fname}() argument {} is longer than {}",
                j + 1,
                before(j)
            )));
        }
    }
    Ok(None)
}

fn zip_next(it: &PyRef) -> PyResult<Option<PyRef>> {
    Ok(zip_items("zip", payload::<Zip>(it))?.map(tuple::new_tuple))
}

fn map_next(it: &PyRef) -> PyResult<Option<PyRef>> {
    let m = payload::<Map>(it);
    match zip_items("map", &m.zip)? {
        Some(args) => ops::call(&m.func, &args).map(Some),
        None => Ok(None),
    }
}

fn filter_next(it: &PyRef) -> PyResult<Option<PyRef>> {
    let f = payload::<Filter>(it);
    while let Some(item) = ops::next(&f.iter)? {
        let keep = match &f.func {
            None => ops::truthy(&item)?,
            Some(func) => ops::truthy(&ops::call(func, std::slice::from_ref(&item))?)?,
        };
        if keep {
            return Ok(Some(item));
        }
    }
    Ok(None)
}

fn reversed_next(it: &PyRef) -> PyResult<Option<PyRef>> {
    let r = payload::<Reversed>(it);
    let index = r.index.fetch_sub(1, Relaxed);
    if index < 0 {
        r.index.store(-1, Relaxed);
        return Ok(None);
    }
    match ops::getitem(&r.seq, &int::from_i64(index as i64)) {
        Ok(v) => Ok(Some(v)),
        Err(e) if e.matches(&exceptions::INDEX_ERROR) || e.matches(&exceptions::STOP_ITERATION) => {
            r.index.store(-1, Relaxed);
            Ok(None)
        }
        Err(e) => Err(e),
    }
}

fn callable_next(it: &PyRef) -> PyResult<Option<PyRef>> {
    let c = payload::<CallableIterator>(it);
    let Some(func) = c.func.with(it, |f| f.clone()) else {
        return Ok(None);
    };
    let result = match ops::call(&func, &[]) {
        Ok(v) if !ops::eq(&v, &c.sentinel)? => return Ok(Some(v)),
        Ok(_) => Ok(None),
        Err(e) if e.matches(&exceptions::STOP_ITERATION) => Ok(None),
        Err(e) => Err(e),
    };
    let dropped = c.func.with(it, Option::take);
    drop(dropped);
    result
}

/// `iter(callable, sentinel)`.
pub fn new_callable_iterator(func: PyRef, sentinel: PyRef) -> PyRef {
    PyRef::new(
        CallableIterator {
            func: Locked::new(Some(func)),
            sentinel,
        },
        &CALLABLE_ITERATOR,
    )
}

fn enumerate_new(args: &Args) -> PyResult {
    let cls = check_subtype_new(&ENUMERATE, &args.items()[0])?;
    let (iterable, start) = enumerate_args(&args.skip_first())?;
    let iter = ops::iter(iterable)?;
    let start = match start {
        Some(s) => int::index(s)?,
        None => Int::Small(0),
    };
    let (small, big) = match start.to_i64() {
        Some(i) => (i, Int::Small(i64::MAX)),
        None => (i64::MAX, start),
    };
    Ok(alloc_instance(
        Enumerate {
            iter,
            small: AtomicI64::new(small),
            big: Locked::new(big),
        },
        cls,
    ))
}

/// `enumerate`'s `(iterable, start=None)`, with its own messages.
fn enumerate_args<'a>(args: &Args<'a>) -> PyResult<(&'a PyRef, Option<&'a PyRef>)> {
    let given = args.items().len();
    if given > 2 {
        return Err(PyErr::type_error(format!(
            "enumerate() takes at most 2 arguments ({given} given)"
        )));
    }
    for (k, _) in args.kwargs() {
        let name = runtime::types::str::to_string(k).unwrap_or_default();
        if name != "iterable" && name != "start" {
            return Err(PyErr::type_error(format!(
                "'{name}' is an invalid keyword argument for enumerate()"
            )));
        }
    }
    let [iterable, start] = args.bind("enumerate", ["iterable", "start"], 0)?;
    let iterable = iterable
        .ok_or_else(|| PyErr::type_error("enumerate() missing required argument 'iterable'"))?;
    Ok((iterable, start))
}

/// The iterators of `zip`'s or `map`'s iterables, and `strict=`.
fn zip_args(fname: &str, iterables: &[PyRef], args: &Args) -> PyResult<Zip> {
    let mut strict = false;
    for (k, v) in args.kwargs() {
        let name = runtime::types::str::to_string(k).unwrap_or_default();
        if name != "strict" {
            return Err(PyErr::type_error(format!(
                "{fname}() got an unexpected keyword argument '{name}'"
            )));
        }
        strict = ops::truthy(v)?;
    }
    let iters = iterables
        .iter()
        .map(ops::iter)
        .collect::<PyResult<Vec<_>>>()?;
    Ok(Zip {
        iters: iters.into_boxed_slice(),
        strict,
    })
}

fn zip_new(args: &Args) -> PyResult {
    let cls = check_subtype_new(&ZIP, &args.items()[0])?;
    let zip = zip_args("zip", &args.positional()[1..], args)?;
    Ok(alloc_instance(zip, cls))
}

fn map_new(args: &Args) -> PyResult {
    let cls = check_subtype_new(&MAP, &args.items()[0])?;
    let pos = &args.positional()[1..];
    if pos.len() < 2 {
        return Err(PyErr::type_error("map() must have at least two arguments."));
    }
    let zip = zip_args("map", &pos[1..], args)?;
    Ok(alloc_instance(
        Map {
            func: pos[0].clone(),
            zip,
        },
        cls,
    ))
}

fn filter_new(args: &Args) -> PyResult {
    let cls = check_subtype_new(&FILTER, &args.items()[0])?;
    let a = args.skip_first().exact("filter", 2, 2)?;
    Ok(alloc_instance(
        Filter {
            func: (!is_none(&a[0])).then(|| a[0].clone()),
            iter: ops::iter(&a[1])?,
        },
        cls,
    ))
}

fn not_reversible(obj: &PyRef) -> PyErr {
    PyErr::not_a(obj, "is not reversible")
}

fn reversed_new(args: &Args) -> PyResult {
    let cls = check_subtype_new(&REVERSED, &args.items()[0])?;
    let args = args.skip_first();
    if args.has_kwargs() {
        return Err(PyErr::type_error("reversed() takes no keyword arguments"));
    }
    let [seq] = args.positional() else {
        return Err(PyErr::type_error(format!(
            "reversed expected 1 argument, got {}",
            args.positional().len()
        )));
    };
    let ty = seq.type_of();
    if let Some(f) = ty.lookup("__reversed__") {
        if is_none(&f) {
            return Err(not_reversible(seq));
        }
        return ops::call_method(seq, "__reversed__", &[]);
    }
    let is_sequence = ty.lookup("__getitem__").is_some() && !ty.is_subtype(&runtime::types::DICT);
    if !is_sequence || ty.lookup("__len__").is_none() {
        return Err(not_reversible(seq));
    }
    let n = ops::len(seq)?;
    Ok(alloc_instance(
        Reversed {
            seq: seq.clone(),
            index: AtomicIsize::new(n as isize - 1),
        },
        cls,
    ))
}

/// `callable_iterator`s are made only by `iter(f, sentinel)`.
fn no_new(args: &Args) -> PyResult {
    let cls = check_subtype_new(&CALLABLE_ITERATOR, &args.items()[0])?;
    Err(PyErr::type_error(format!(
        "cannot create '{}' instances",
        cls.name()
    )))
}

/// `reversed.__length_hint__`: the items left (none once the sequence is
/// shorter than the position).
fn reversed_length_hint(args: &Args) -> PyResult {
    let it = &args.exact("__length_hint__", 1, 1)?[0];
    let r = payload::<Reversed>(it);
    let left = r.index.load(Relaxed) + 1;
    if left <= 0 {
        return Ok(int::from_i64(0));
    }
    let size = ops::len(&r.seq)?;
    Ok(int::from_i64(if size < left as usize {
        0
    } else {
        left as i64
    }))
}

/// `__init__`: the arguments were taken by `__new__`.
fn init(_args: &Args) -> PyResult {
    Ok(runtime::types::none())
}

fn iter_self(args: &Args) -> PyResult {
    Ok(args.exact("__iter__", 1, 1)?[0].clone())
}

/// `__next__`: the native step of the built-in type the instance's class
/// derives from (never the class's own slot, which may call back here).
fn next_method(args: &Args) -> PyResult {
    let it = &args.exact("__next__", 1, 1)?[0];
    let step = it
        .type_of()
        .mro()
        .iter()
        .find(|t| !t.is_heap())
        .and_then(|t| t.slots.iternext)
        .expect("a built-in iterator");
    step(it)?.ok_or_else(|| PyErr::stop_iteration(None))
}

/// Registers the iterator types' methods (from [`super::make_builtins`]).
pub(super) fn register() {
    let types: [(&'static Type, runtime::types::native::NativeFn); 6] = [
        (&ENUMERATE, enumerate_new),
        (&ZIP, zip_new),
        (&MAP, map_new),
        (&FILTER, filter_new),
        (&REVERSED, reversed_new),
        (&CALLABLE_ITERATOR, no_new),
    ];
    for (ty, new) in types {
        ty.add_static("__new__", new);
        ty.add_method("__init__", init);
        ty.add_method("__iter__", iter_self);
        ty.add_method("__next__", next_method);
    }
    REVERSED.add_method("__length_hint__", reversed_length_hint);
}
