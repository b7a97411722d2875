//! The builtins that consume an iterable: `all`, `any`, `max`, `min`,
//! `sum`, `sorted`.

use crate::generator;
use runtime::ops::{self, BinOp, CompareOp};
use runtime::types::native::NativeFn;
use runtime::types::{Args, BOOL, float, from_bool, int, is_none, list, str as pystr};
use runtime::{PyErr, PyRef, PyResult};

pub(super) const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("all", all),
    ("any", any),
    ("max", max),
    ("min", min),
    ("sorted", sorted),
    ("sum", sum),
];

/// Whether some item's truth is `wanted` (`any`: true, `all`: false).
fn find_truth(args: &Args, fname: &str, wanted: bool) -> PyResult<bool> {
    let it = ops::iter(&args.exact(fname, 1, 1)?[0])?;
    while let Some(x) = ops::next(&it)? {
        if ops::truthy(&x)? == wanted {
            return Ok(true);
        }
    }
    Ok(false)
}

fn all(args: &Args) -> PyResult {
    Ok(from_bool(!find_truth(args, "all", false)?))
}

fn any(args: &Args) -> PyResult {
    Ok(from_bool(find_truth(args, "any", true)?))
}

fn max(args: &Args) -> PyResult {
    min_max(args, "max", CompareOp::Gt)
}

fn min(args: &Args) -> PyResult {
    min_max(args, "min", CompareOp::Lt)
}

/// `max`/`min`: of an iterable or of several arguments, by `key=`, with
/// `default=` for an empty iterable. The first extreme item wins ties.
fn min_max(args: &Args, fname: &str, op: CompareOp) -> PyResult {
    let pos = args.positional();
    if pos.is_empty() {
        return Err(PyErr::type_error(format!(
            "{fname} expected at least 1 argument, got 0"
        )));
    }
    let (mut key, mut default) = (None, None);
    // Names compared as they are: no text made for each call.
    let is = |k: &PyRef, name: &str| pystr::as_str(k).is_some_and(|k| k.eq_str(name));
    for (k, v) in args.kwargs() {
        if is(k, "key") {
            key = Some(v).filter(|v| !is_none(v));
        } else if is(k, "default") {
            default = Some(v);
        } else {
            return Err(PyErr::type_error(format!(
                "{fname}() got an unexpected keyword argument '{}'",
                pystr::to_string(k).unwrap_or_default()
            )));
        }
    }
    if pos.len() > 1 && default.is_some() {
        return Err(PyErr::type_error(format!(
            "Cannot specify a default for {fname}() with multiple positional arguments"
        )));
    }
    if let (None, [first, rest @ ..]) = (key, pos)
        && !rest.is_empty()
    {
        // Several arguments compared as they are: no key, no copies.
        let mut best = first;
        for item in rest {
            if beats(item, best, op)? {
                best = item;
            }
        }
        return Ok(best.clone());
    }
    let mut best: Option<(PyRef, PyRef)> = None;
    let mut consider = |item: PyRef| -> PyResult<()> {
        let k = match key {
            Some(f) => ops::call(f, std::slice::from_ref(&item))?,
            None => item.clone(),
        };
        let better = match &best {
            None => true,
            Some((_, best_key)) => beats(&k, best_key, op)?,
        };
        if better {
            best = Some((item, k));
        }
        Ok(())
    };
    if let [iterable] = pos {
        let it = ops::iter(iterable)?;
        while let Some(item) = ops::next(&it)? {
            consider(item)?;
        }
    } else {
        pos.iter().try_for_each(|item| consider(item.clone()))?;
    }
    match (best, default) {
        (Some((item, _)), _) => Ok(item),
        (None, Some(d)) => Ok(d.clone()),
        (None, None) => Err(PyErr::value_error(format!(
            "{fname}() iterable argument is empty"
        ))),
    }
}

/// Whether `k` replaces `best` (`op` is `>` for `max`, `<` for `min`):
/// ints and floats compared inline, as the eval loop does.
#[inline]
fn beats(k: &PyRef, best: &PyRef, op: CompareOp) -> PyResult<bool> {
    match crate::fast_paths::compare_bool(k, best, op) {
        Some(b) => Ok(b),
        None => ops::richcompare_bool(k, best, op),
    }
}

fn sorted(args: &Args) -> PyResult {
    let pos = args.positional();
    if pos.len() != 1 {
        return Err(PyErr::type_error(format!(
            "sorted expected 1 argument, got {}",
            pos.len()
        )));
    }
    let result = list::new_list(ops::to_vec(&pos[0])?);
    let sort = ops::getattr_str(&result, "sort")?;
    let kw_values: Vec<PyRef> = args.kwargs().map(|(_, v)| v.clone()).collect();
    ops::call_kw(&sort, &kw_values, args.kwnames())?;
    Ok(result)
}

/// What `sum` refuses as `start` (text and bytes, which have `join`),
/// with the join CPython suggests.
fn refuse_start(start: &PyRef) -> PyResult<()> {
    let builtin_base = start.type_of().mro().iter().find(|t| !t.is_heap());
    let (what, join) = match builtin_base.map(|t| t.name()) {
        Some("str") => ("strings", "''"),
        Some(name @ ("bytes" | "bytearray")) => (name, "b''"),
        _ => return Ok(()),
    };
    Err(PyErr::type_error(format!(
        "sum() can't sum {what} [use {join}.join(seq) instead]"
    )))
}

fn sum(args: &Args) -> PyResult {
    let pos = args.positional();
    let given = args.items().len();
    if given > 2 {
        return Err(PyErr::type_error(format!(
            "sum() takes at most 2 arguments ({given} given)"
        )));
    }
    if pos.is_empty() {
        return Err(PyErr::type_error(
            "sum() takes at least 1 positional argument (0 given)",
        ));
    }
    let [iterable, start] = args.bind("sum", ["iterable", "start"], 1)?;
    let it = ops::iter(iterable.expect("required"))?;
    let start = match start {
        Some(s) => {
            refuse_start(s)?;
            s.clone()
        }
        None => int::from_i64(0),
    };
    let mut result = Step::More(start);
    if let Step::More(r) = &result
        && int::is_exact(r)
        && let Some(i) = int::as_i64(r)
    {
        result = sum_ints(&it, i)?;
    }
    if let Step::More(r) = &result
        && let Some(x) = float::as_f64(r).filter(|_| float::is_exact(r))
    {
        result = sum_floats(&it, x)?;
    }
    let mut result = match result {
        Step::Done(r) => return Ok(r),
        Step::More(r) => r,
    };
    while let Some(item) = ops::next(&it)? {
        result = ops::binary_op(&result, &item, BinOp::Add)?;
    }
    Ok(result)
}

/// The sum after a native phase: complete, or to go on with generically.
enum Step {
    Done(PyRef),
    More(PyRef),
}

/// Sums exact ints and bools while the total fits a machine word; the
/// first other item (or one that overflows) is added generically and ends
/// this phase, as in CPython.
fn sum_ints(it: &PyRef, mut total: i64) -> PyResult<Step> {
    let mut items = Items::new(it);
    while let Some(item) = items.next()? {
        let native = int::is_exact(&item) || std::ptr::eq(item.type_of(), &BOOL);
        if let Some(t) = int::as_i64(&item)
            .filter(|_| native)
            .and_then(|i| total.checked_add(i))
        {
            total = t;
            continue;
        }
        items.end_batch();
        let partial = int::from_i64(total);
        return Ok(Step::More(ops::binary_op(&partial, &item, BinOp::Add)?));
    }
    Ok(Step::Done(int::from_i64(total)))
}

/// Sums exact floats and ints with Neumaier's compensation, as CPython
/// 3.12+; the first item of another type is added generically and ends
/// this phase.
fn sum_floats(it: &PyRef, total: f64) -> PyResult<Step> {
    let mut sum = Compensated { total, error: 0.0 };
    let mut items = Items::new(it);
    while let Some(item) = items.next()? {
        if float::is_exact(&item) {
            sum.add(float::as_f64(&item).expect("a float"));
        } else if let Some(i) = int::as_int(&item) {
            if !int::is_exact(&item) {
                // A subclass instance may have a `__del__`.
                items.end_batch();
            }
            sum.add(i.to_f64()?);
        } else {
            items.end_batch();
            let partial = float::from_f64(sum.value());
            return Ok(Step::More(ops::binary_op(&partial, &item, BinOp::Add)?));
        }
    }
    Ok(Step::Done(float::from_f64(sum.value())))
}

/// The items of `sum`'s native phases: a generator is resumed as one
/// batch (claimed once, not per item) while no Python code runs between
/// items; the batch ends before anything that may run Python code (an
/// item added generically, or dropped with a possible `__del__`).
struct Items<'a> {
    it: &'a PyRef,
    batch: Option<generator::Batch<'a>>,
}

impl<'a> Items<'a> {
    fn new(it: &'a PyRef) -> Items<'a> {
        Items {
            it,
            batch: generator::Batch::claim(it),
        }
    }

    #[inline]
    fn next(&mut self) -> PyResult<Option<PyRef>> {
        match &mut self.batch {
            Some(g) => g.next_item(),
            None => ops::next(self.it),
        }
    }

    /// Ends the batch: the generator is resumed item by item from here.
    fn end_batch(&mut self) {
        self.batch = None;
    }
}

/// A float sum and the rounding error it has accumulated.
struct Compensated {
    total: f64,
    error: f64,
}

impl Compensated {
    fn add(&mut self, x: f64) {
        let t = self.total + x;
        self.error += if self.total.abs() >= x.abs() {
            (self.total - t) + x
        } else {
            (x - t) + self.total
        };
        self.total = t;
    }

    fn value(&self) -> f64 {
        if self.error != 0.0 && self.error.is_finite() {
            self.total + self.error
        } else {
            self.total
        }
    }
}
