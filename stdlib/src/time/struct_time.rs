//! `time.struct_time`: a tuple subclass of the nine `struct tm` fields
//! (its items are a tuple payload, so tuple's methods apply), with the
//! fields as attributes and `tm_zone` / `tm_gmtoff` kept in the instance
//! dict beside them.

use super::calendar::Tm;
use runtime::object::Layout;
use runtime::types::tuple::Tuple;
use runtime::types::{Args, Slots, TUPLE, Type, check_subtype_new, dict, int, none, str as pystr};
use runtime::{PyErr, PyRef, PyResult, ops};

pub static STRUCT_TIME: Type = Type::with_layout(
    "struct_time",
    Layout::of::<Tuple>().with_dict(),
    Some(&TUPLE),
    0,
    Slots::NONE,
);

const FIELDS: [&str; 9] = [
    "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst",
];

fn new(items: Vec<PyRef>, zone: PyRef, gmtoff: PyRef) -> PyRef {
    let d = dict::new_dict();
    dict::set_str(&d, "tm_zone", zone);
    dict::set_str(&d, "tm_gmtoff", gmtoff);
    PyRef::new_with_dict(Tuple::new(items.into_boxed_slice()), &STRUCT_TIME, d)
}

/// The struct_time of a broken-down time (Python's conventions: month
/// 1-12, weekday 0 = Monday, year day 1-366).
pub fn from_tm(tm: &Tm) -> PyRef {
    let values = [
        tm.year,
        tm.mon + 1,
        tm.mday,
        tm.hour,
        tm.min,
        tm.sec,
        (tm.wday + 6) % 7,
        tm.yday + 1,
        tm.isdst,
    ];
    new(
        values.iter().map(|&v| int::from_i64(v)).collect(),
        pystr::new_str(&tm.zone),
        int::from_i64(tm.gmtoff),
    )
}

/// A time tuple argument as a broken-down time (`gettmarg`).
pub fn tm_arg(obj: &PyRef, fname: &str) -> PyResult<Tm> {
    let Some(items) = runtime::types::tuple::as_slice(obj) else {
        return Err(PyErr::type_error("Tuple or struct_time argument required"));
    };
    if items.len() != 9 {
        return Err(PyErr::type_error(format!(
            "{fname}(): illegal time tuple argument"
        )));
    }
    let mut v = [0i64; 9];
    for (slot, item) in v.iter_mut().zip(items) {
        *slot = int::index(item)?
            .to_i64()
            .ok_or_else(|| PyErr::overflow_error("Python int too large to convert to C long"))?;
    }
    let extra = |name| obj.instance_dict().and_then(|d| dict::get_str(d, name));
    Ok(Tm {
        year: v[0],
        mon: v[1] - 1,
        mday: v[2],
        hour: v[3],
        min: v[4],
        sec: v[5],
        wday: (v[6] + 1) % 7,
        yday: v[7] - 1,
        isdst: v[8],
        zone: extra("tm_zone")
            .and_then(|z| pystr::to_string(&z))
            .unwrap_or_else(|| super::zone_name(v[8] > 0)),
        gmtoff: extra("tm_gmtoff")
            .and_then(|g| int::as_i64(&g))
            .unwrap_or(0),
    })
}

/// The range checks of asctime / strftime (`checktm`), after taking a zero
/// month, day of month or year day as the first.
pub fn checked(mut tm: Tm) -> PyResult<Tm> {
    if tm.mon == -1 {
        tm.mon = 0;
    }
    if tm.mday == 0 {
        tm.mday = 1;
    }
    if tm.yday == -1 {
        tm.yday = 0;
    }
    let checks = [
        ((0..=11).contains(&tm.mon), "month out of range"),
        ((1..=31).contains(&tm.mday), "day of month out of range"),
        ((0..=23).contains(&tm.hour), "hour out of range"),
        ((0..=59).contains(&tm.min), "minute out of range"),
        ((0..=61).contains(&tm.sec), "seconds out of range"),
        (tm.wday >= 0, "day of week out of range"),
        ((0..=365).contains(&tm.yday), "day of year out of range"),
    ];
    match checks.iter().find(|(ok, _)| !ok) {
        Some((_, msg)) => Err(PyErr::value_error(msg)),
        None => Ok(tm),
    }
}

fn items(obj: &PyRef) -> &[PyRef] {
    runtime::types::tuple::as_slice(obj).unwrap_or_default()
}

fn field(obj: &PyRef, i: usize) -> PyResult {
    Ok(items(obj).get(i).cloned().unwrap_or_else(none))
}

fn extra(obj: &PyRef, name: &str) -> PyResult {
    Ok(obj
        .instance_dict()
        .and_then(|d| dict::get_str(d, name))
        .unwrap_or_else(none))
}

/// `struct_time(seq)`: 9 to 11 items, the last two `tm_zone` and
/// `tm_gmtoff`.
fn struct_time_new(args: &Args) -> PyResult {
    let pos = args.positional();
    check_subtype_new(&STRUCT_TIME, &pos[0])?;
    let [seq] = &pos[1..] else {
        return Err(PyErr::type_error(format!(
            "struct_time() takes exactly 1 argument ({} given)",
            pos.len() - 1
        )));
    };
    let values =
        ops::to_vec(seq).map_err(|_| PyErr::type_error("constructor requires a sequence"))?;
    let n = values.len();
    if !(9..=11).contains(&n) {
        let (bound, limit) = if n < 9 { ("least", 9) } else { ("most", 11) };
        return Err(PyErr::type_error(format!(
            "time.struct_time() takes an at {bound} {limit}-sequence ({n}-sequence given)"
        )));
    }
    let get = |i: usize| values.get(i).cloned().unwrap_or_else(none);
    Ok(new(values[..9].to_vec(), get(9), get(10)))
}

fn struct_time_repr(args: &Args) -> PyResult {
    let this = &args.exact("__repr__", 1, 1)?[0];
    let parts = FIELDS
        .iter()
        .zip(items(this))
        .map(|(name, v)| {
            Ok(format!(
                "{name}={}",
                pystr::to_string(&ops::repr(v)?).unwrap_or_default()
            ))
        })
        .collect::<PyResult<Vec<_>>>()?;
    Ok(pystr::new_str(&format!(
        "time.struct_time({})",
        parts.join(", ")
    )))
}

/// Registers the methods and attributes (once: the type is static).
pub fn register() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let t = &STRUCT_TIME;
        t.add_static("__new__", struct_time_new);
        t.add_method("__repr__", struct_time_repr);
        t.set_attr("__module__", pystr::new_str("time"));
        t.set_attr("n_fields", int::from_i64(11));
        t.set_attr("n_sequence_fields", int::from_i64(9));
        t.set_attr("n_unnamed_fields", int::from_i64(0));
        t.add_getset("tm_year", |o| field(o, 0), None);
        t.add_getset("tm_mon", |o| field(o, 1), None);
        t.add_getset("tm_mday", |o| field(o, 2), None);
        t.add_getset("tm_hour", |o| field(o, 3), None);
        t.add_getset("tm_min", |o| field(o, 4), None);
        t.add_getset("tm_sec", |o| field(o, 5), None);
        t.add_getset("tm_wday", |o| field(o, 6), None);
        t.add_getset("tm_yday", |o| field(o, 7), None);
        t.add_getset("tm_isdst", |o| field(o, 8), None);
        t.add_getset("tm_zone", |o| extra(o, "tm_zone"), None);
        t.add_getset("tm_gmtoff", |o| extra(o, "tm_gmtoff"), None);
        t.register_native_subclass();
    });
}
