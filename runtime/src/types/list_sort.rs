//! `list.sort`'s keys and comparisons; the algorithm is in `timsort.rs`.
//!
//! As CPython's `list_sort_impl` does, the keys are checked once before
//! sorting. When all are exact ints, floats or strs, whose `<` runs no
//! Python code, their values are compared directly rather than through the
//! rich-comparison protocol; exact non-empty tuples whose first items are
//! such compare those directly and only the rest through the protocol. The
//! sort permutes `(key, index)` records and moves the items once at the
//! end, so no reference is counted while comparing.

mod timsort;

use super::{float, int, str as pystr, tuple};
use crate::err::{PyErr, PyResult};
use crate::num::Int;
use crate::object::PyRef;
use crate::ops::{self, CompareOp};
use crate::text::PyStr;
use std::cmp::Ordering;

/// `items` sorted by `key` (identity if `None`), stably; `reverse` keeps
/// equal items in their original order, as CPython does. On failure, the
/// items come back in the order CPython leaves them, with the error.
pub fn sort(
    mut items: Vec<PyRef>,
    key: Option<&PyRef>,
    reverse: bool,
) -> Result<Vec<PyRef>, (Vec<PyRef>, PyErr)> {
    // Keys are computed in the original order, even for one item (a bad
    // key fails).
    let keys = match key {
        None => None,
        Some(f) => {
            let mut keys = Vec::with_capacity(items.len());
            for x in &items {
                match ops::call(f, std::slice::from_ref(x)) {
                    Ok(k) => keys.push(k),
                    Err(e) => return Err((items, e)),
                }
            }
            Some(keys)
        }
    };
    if items.len() < 2 {
        return Ok(items);
    }
    let (order, result) = sort_keys(keys.as_deref().unwrap_or(&items), reverse);
    // The keys go while the list still looks empty, as in CPython.
    drop(keys);
    permute(&mut items, order);
    match result {
        Ok(()) => Ok(items),
        Err(e) => Err((items, e)),
    }
}

/// The sorted order of `keys`, as indices, and whether a comparison
/// failed (the order is then where the sort stopped).
type Sorted = (Vec<usize>, PyResult<()>);

fn sort_keys(keys: &[PyRef], reverse: bool) -> Sorted {
    if tuple::is_exact(&keys[0])
        && let Some(tuples) = keys
            .iter()
            .map(|k| tuple::as_slice(k).filter(|t| tuple::is_exact(k) && !t.is_empty()))
            .collect::<Option<Vec<_>>>()
    {
        let firsts: Vec<&PyRef> = tuples.iter().map(|&t| &t[0]).collect();
        return classify(firsts.into_iter(), FirstItems { tuples, reverse });
    }
    classify(keys.iter(), Plain { reverse })
}

/// Sorts by `keys`: CPython's reversal trick keeps equal keys in their
/// original order under `reverse`.
fn sort_records<K: SortKey>(keys: Vec<K>, reverse: bool) -> Sorted {
    let mut records: Vec<(K, usize)> = keys.into_iter().zip(0..).collect();
    if reverse {
        records.reverse();
    }
    let result = timsort::sort(&mut records, |a, b| a.0.lt(&b.0));
    if reverse {
        records.reverse();
    }
    (records.into_iter().map(|(_, i)| i).collect(), result)
}

/// Moves `items[order[j]]` to `items[j]`, cycle by cycle (`order` is a
/// permutation; done entries are set to their own index).
fn permute(items: &mut [PyRef], mut order: Vec<usize>) {
    for start in 0..items.len() {
        let mut j = start;
        loop {
            let k = std::mem::replace(&mut order[j], j);
            if k == start {
                break;
            }
            items.swap(j, k);
            j = k;
        }
    }
}

/// What the keys are sorted as, once their kind is known.
trait WithKeys<'a> {
    fn with<K: FirstKey + 'a>(self, keys: Vec<K>) -> Sorted;
}

/// The keys themselves.
struct Plain {
    reverse: bool,
}

impl<'a> WithKeys<'a> for Plain {
    fn with<K: FirstKey + 'a>(self, keys: Vec<K>) -> Sorted {
        sort_records(keys, self.reverse)
    }
}

/// Tuples, given the keys of their first items.
struct FirstItems<'a> {
    tuples: Vec<&'a [PyRef]>,
    reverse: bool,
}

impl<'a> WithKeys<'a> for FirstItems<'a> {
    fn with<K: FirstKey + 'a>(self, firsts: Vec<K>) -> Sorted {
        let keys = firsts
            .into_iter()
            .zip(self.tuples)
            .map(|(first, items)| TupleKey { first, items })
            .collect();
        sort_records(keys, self.reverse)
    }
}

/// Extracts the keys of `objs` as the most specific kind that holds all of
/// them.
fn classify<'a, I, W>(objs: I, with: W) -> Sorted
where
    I: Iterator<Item = &'a PyRef> + Clone,
    W: WithKeys<'a>,
{
    let Some(first) = objs.clone().next() else {
        return with.with(Vec::<Generic>::new());
    };
    if int::is_exact(first) || float::is_exact(first) {
        if let Some(keys) = objs.clone().map(small_int).collect::<Option<Vec<_>>>() {
            return with.with(keys);
        }
        if let Some(keys) = objs.clone().map(exact_float).collect::<Option<Vec<_>>>() {
            return with.with(keys);
        }
        if let Some(keys) = objs.clone().map(Real::of).collect::<Option<Vec<_>>>() {
            return with.with(keys);
        }
    } else if pystr::is_exact(first) {
        if let Some(keys) = objs.clone().map(latin1).collect::<Option<Vec<_>>>() {
            return with.with(keys);
        }
        if let Some(keys) = objs.clone().map(exact_str).collect::<Option<Vec<_>>>() {
            return with.with(keys);
        }
    }
    with.with(objs.map(Generic).collect())
}

fn small_int(obj: &PyRef) -> Option<i64> {
    if int::is_exact(obj) {
        int::as_int(obj)?.to_i64()
    } else {
        None
    }
}

fn exact_float(obj: &PyRef) -> Option<f64> {
    if float::is_exact(obj) {
        float::as_f64(obj)
    } else {
        None
    }
}

fn exact_str(obj: &PyRef) -> Option<&PyStr> {
    if pystr::is_exact(obj) {
        pystr::as_str(obj)
    } else {
        None
    }
}

fn latin1(obj: &PyRef) -> Option<&[u8]> {
    exact_str(obj)?.as_latin1()
}

/// A key as the sort compares it.
trait SortKey: Copy {
    /// Python's `self < other`.
    fn lt(&self, other: &Self) -> PyResult<bool>;
}

/// A key that can also be a tuple's first item.
trait FirstKey: SortKey {
    /// Python's `==` as containers test it (identity first); `objs` are
    /// the keys' objects.
    fn same(&self, other: &Self, objs: (&PyRef, &PyRef)) -> PyResult<bool>;
}

impl SortKey for i64 {
    fn lt(&self, other: &i64) -> PyResult<bool> {
        Ok(self < other)
    }
}

impl FirstKey for i64 {
    fn same(&self, other: &i64, _: (&PyRef, &PyRef)) -> PyResult<bool> {
        Ok(self == other)
    }
}

impl SortKey for f64 {
    fn lt(&self, other: &f64) -> PyResult<bool> {
        Ok(self < other)
    }
}

impl FirstKey for f64 {
    /// A NaN is the same only as itself.
    fn same(&self, other: &f64, objs: (&PyRef, &PyRef)) -> PyResult<bool> {
        Ok(self == other || self.is_nan() && PyRef::ptr_eq(objs.0, objs.1))
    }
}

/// Latin-1 text: bytes compare as their code points.
impl SortKey for &[u8] {
    fn lt(&self, other: &Self) -> PyResult<bool> {
        Ok(self < other)
    }
}

impl FirstKey for &[u8] {
    fn same(&self, other: &Self, _: (&PyRef, &PyRef)) -> PyResult<bool> {
        Ok(self == other)
    }
}

impl SortKey for &PyStr {
    fn lt(&self, other: &Self) -> PyResult<bool> {
        Ok(self < other)
    }
}

impl FirstKey for &PyStr {
    fn same(&self, other: &Self, _: (&PyRef, &PyRef)) -> PyResult<bool> {
        Ok(self == other)
    }
}

/// Exact ints and floats, some ints too big for `i64` or both kinds:
/// compared exactly, as `int` and `float` compare with each other.
#[derive(Clone, Copy)]
enum Real<'a> {
    Int(&'a Int),
    Float(f64),
}

impl<'a> Real<'a> {
    fn of(obj: &'a PyRef) -> Option<Real<'a>> {
        if int::is_exact(obj) {
            int::as_int(obj).map(Real::Int)
        } else {
            exact_float(obj).map(Real::Float)
        }
    }

    fn cmp(&self, other: &Real) -> Option<Ordering> {
        use crate::num::float::cmp_int;
        match (*self, *other) {
            (Real::Int(a), Real::Int(b)) => Some(a.cmp(b)),
            (Real::Float(x), Real::Float(y)) => x.partial_cmp(&y),
            (Real::Float(x), Real::Int(n)) => cmp_int(x, n),
            (Real::Int(n), Real::Float(x)) => cmp_int(x, n).map(Ordering::reverse),
        }
    }
}

impl SortKey for Real<'_> {
    fn lt(&self, other: &Self) -> PyResult<bool> {
        Ok(self.cmp(other) == Some(Ordering::Less))
    }
}

impl FirstKey for Real<'_> {
    fn same(&self, other: &Self, objs: (&PyRef, &PyRef)) -> PyResult<bool> {
        Ok(match self.cmp(other) {
            Some(ord) => ord == Ordering::Equal,
            // A NaN is the same only as itself.
            None => PyRef::ptr_eq(objs.0, objs.1),
        })
    }
}

/// Any other key: the full protocol.
#[derive(Clone, Copy)]
struct Generic<'a>(&'a PyRef);

impl SortKey for Generic<'_> {
    fn lt(&self, other: &Self) -> PyResult<bool> {
        ops::richcompare_bool(self.0, other.0, CompareOp::Lt)
    }
}

impl FirstKey for Generic<'_> {
    fn same(&self, other: &Self, _: (&PyRef, &PyRef)) -> PyResult<bool> {
        ops::eq(self.0, other.0)
    }
}

/// An exact non-empty tuple whose first item's key is `first`. Tuples
/// compare by their first unequal items (CPython's `unsafe_tuple_compare`),
/// and sorted tuples mostly differ in the first.
#[derive(Clone, Copy)]
struct TupleKey<'a, K> {
    first: K,
    items: &'a [PyRef],
}

impl<K: FirstKey> SortKey for TupleKey<'_, K> {
    fn lt(&self, other: &Self) -> PyResult<bool> {
        if !self
            .first
            .same(&other.first, (&self.items[0], &other.items[0]))?
        {
            return self.first.lt(&other.first);
        }
        let (a, b) = (&self.items[1..], &other.items[1..]);
        for (x, y) in a.iter().zip(b) {
            if PyRef::ptr_eq(x, y) {
                continue;
            }
            match value_order(x, y) {
                Some(Some(Ordering::Equal)) => continue,
                Some(ord) => return Ok(ord == Some(Ordering::Less)),
                None if ops::eq(x, y)? => continue,
                None => return ops::richcompare_bool(x, y, CompareOp::Lt),
            }
        }
        Ok(a.len() < b.len())
    }
}

/// How two distinct objects of one exact type among int, float and str
/// compare (`Some(None)` for a NaN): `==` then `<` in one step, running no
/// Python code.
fn value_order(x: &PyRef, y: &PyRef) -> Option<Option<Ordering>> {
    if !std::ptr::eq(x.type_of(), y.type_of()) {
        return None;
    }
    if int::is_exact(x) {
        Some(Some(int::as_int(x)?.cmp(int::as_int(y)?)))
    } else if float::is_exact(x) {
        Some(float::as_f64(x)?.partial_cmp(&float::as_f64(y)?))
    } else if pystr::is_exact(x) {
        Some(Some(pystr::as_str(x)?.cmp(pystr::as_str(y)?)))
    } else {
        None
    }
}
