//! The builtins that consume an iterable: `all`, `any`, `max`, `min`,
//! `sum`, `sorted`.

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
    for (k, v) in args.kwargs() {
        match pystr::to_string(k).unwrap_or_default().as_str() {
            "key" => key = Some(v).filter(|v| !is_none(v)),
            "default" => default = Some(v),
            other => {
                return Err(PyErr::type_error(format!(
                    "{fname}() got an unexpected keyword argument '{other}'"
                )));
            }
        }
    }
    if pos.len() > 1 && default.is_some() {
        return Err(PyErr::type_error(format!(
            "Cannot specify a default for {fname}() with multiple positional arguments"
        )));
    }
    let mut best: Option<(PyRef, PyRef)> = None;
    let mut consider = |item: PyRef| -> PyResult<()> {
        let k = match key {
            Some(f) => ops::call(f, std::slice::from_ref(&item))?,
            None => item.clone(),
        };
        let better = match &best {
            None => true,
            Some((_, best_key)) => ops::richcompare_bool(&k, best_key, op)?,
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
    while let Some(item) = ops::next(it)? {
        let native = int::is_exact(&item) || std::ptr::eq(item.type_of(), &BOOL);
        if let Some(t) = int::as_i64(&item)
            .filter(|_| native)
            .and_then(|i| total.checked_add(i))
        {
            total = t;
            continue;
        }
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
    while let Some(item) = ops::next(it)? {
        if float::is_exact(&item) {
            sum.add(float::as_f64(&item).expect("a float"));
        } else if let Some(i) = int::as_int(&item) {
            sum.add(i.to_f64()?);
        } else {
            let partial = float::from_f64(sum.value());
            return Ok(Step::More(ops::binary_op(&partial, &item, BinOp::Add)?));
        }
    }
    Ok(Step::Done(float::from_f64(sum.value())))
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
