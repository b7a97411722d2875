//! The `time` module (CPython's Modules/timemodule.c): the clocks, `sleep`,
//! `struct_time` and the conversions between seconds and broken-down time
//! (`gmtime`, `localtime`, `mktime`, `asctime`, `ctime`, `strftime`), with
//! the time zone attributes.

mod calendar;
mod format;
mod struct_time;

use calendar::{Tm, Zone};
use runtime::num::Int;
use runtime::types::exceptions::OS_ERROR;
use runtime::types::native::{NativeFn, new_function};
use runtime::types::{Args, float, int, is_none, module, str as pystr, tuple};
use runtime::{PyErr, PyRef, PyResult};
use std::sync::LazyLock;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

/// The local zone, read once (as CPython reads it at import).
static ZONE: LazyLock<Zone> = LazyLock::new(Zone::local);

/// The origin of the monotonic clocks: they count from the first use.
static ORIGIN: LazyLock<Instant> = LazyLock::new(Instant::now);

/// The local zone's standard or daylight-saving name (C's `tzname`).
fn zone_name(dst: bool) -> String {
    let (std, daylight) = ZONE.std_and_dst();
    match daylight {
        Some(d) if dst => d.name,
        _ => std.name,
    }
}

/// The module object.
pub fn make() -> PyRef {
    let m = module::new_module("time");
    for &(name, f) in FUNCTIONS {
        module::set(&m, name, new_function(name, f, Some("time")));
    }
    struct_time::register();
    module::set(&m, "struct_time", struct_time::STRUCT_TIME.object());
    let (std, dst) = ZONE.std_and_dst();
    module::set(&m, "timezone", int::from_i64(-std.offset));
    let dst_offset = dst.as_ref().map_or(std.offset, |d| d.offset);
    module::set(&m, "altzone", int::from_i64(-dst_offset));
    module::set(&m, "daylight", int::from_i64(i64::from(dst.is_some())));
    let names = [zone_name(false), zone_name(true)];
    module::set(
        &m,
        "tzname",
        tuple::new_tuple(names.iter().map(|n| pystr::new_str(n)).collect()),
    );
    m
}

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("time", time),
    ("time_ns", time_ns),
    ("perf_counter", monotonic),
    ("perf_counter_ns", monotonic_ns),
    ("monotonic", monotonic),
    ("monotonic_ns", monotonic_ns),
    ("process_time", process_time),
    ("process_time_ns", process_time_ns),
    ("thread_time", thread_time),
    ("thread_time_ns", thread_time_ns),
    ("sleep", sleep),
    ("gmtime", gmtime),
    ("localtime", localtime),
    ("mktime", mktime),
    ("asctime", asctime),
    ("ctime", ctime),
    ("strftime", strftime),
];

fn seconds(d: Duration) -> PyResult {
    Ok(float::from_f64(d.as_secs_f64()))
}

fn nanoseconds(d: Duration) -> PyResult {
    Ok(int::from_int(Int::from(
        i64::try_from(d.as_nanos()).unwrap_or(i64::MAX),
    )))
}

fn since_epoch() -> Duration {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default()
}

fn time(args: &Args) -> PyResult {
    args.exact("time", 0, 0)?;
    seconds(since_epoch())
}

fn time_ns(args: &Args) -> PyResult {
    args.exact("time_ns", 0, 0)?;
    nanoseconds(since_epoch())
}

fn monotonic(args: &Args) -> PyResult {
    args.exact("monotonic", 0, 0)?;
    seconds(ORIGIN.elapsed())
}

fn monotonic_ns(args: &Args) -> PyResult {
    args.exact("monotonic_ns", 0, 0)?;
    nanoseconds(ORIGIN.elapsed())
}

/// CPU time of the whole process: user + system clock ticks (100 a
/// second on Linux) from /proc/self/stat.
fn process_cpu() -> Duration {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    let after_name = stat.rsplit_once(')').map_or("", |(_, rest)| rest);
    let fields: Vec<&str> = after_name.split_whitespace().collect();
    let ticks: u64 = [11, 12]
        .iter()
        .filter_map(|&i| fields.get(i)?.parse::<u64>().ok())
        .sum();
    Duration::from_millis(ticks * 10)
}

/// CPU time of the calling thread, in nanoseconds, from its schedstat.
fn thread_cpu() -> Duration {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").unwrap_or_default();
    let ns = stat
        .split_whitespace()
        .next()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    Duration::from_nanos(ns)
}

fn process_time(args: &Args) -> PyResult {
    args.exact("process_time", 0, 0)?;
    seconds(process_cpu())
}

fn process_time_ns(args: &Args) -> PyResult {
    args.exact("process_time_ns", 0, 0)?;
    nanoseconds(process_cpu())
}

fn thread_time(args: &Args) -> PyResult {
    args.exact("thread_time", 0, 0)?;
    seconds(thread_cpu())
}

fn thread_time_ns(args: &Args) -> PyResult {
    args.exact("thread_time_ns", 0, 0)?;
    nanoseconds(thread_cpu())
}

/// A duration in seconds (int or float) as a `Duration`, with CPython's
/// errors.
fn duration_arg(obj: &PyRef) -> PyResult<f64> {
    let secs = if let Some(x) = float::as_f64(obj) {
        x
    } else if let Some(i) = int::as_int(obj) {
        i.to_f64()
            .map_err(|_| PyErr::overflow_error("timestamp too large to convert to C PyTime_t"))?
    } else {
        return Err(PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer or float",
            obj.type_of().name()
        )));
    };
    if secs.is_nan() {
        return Err(PyErr::value_error("Invalid value NaN (not a number)"));
    }
    if secs.abs() >= 9.2e9 {
        return Err(PyErr::overflow_error(
            "timestamp out of range for C PyTime_t",
        ));
    }
    Ok(secs)
}

fn sleep(args: &Args) -> PyResult {
    let secs = duration_arg(&args.exact("time.sleep", 1, 1)?[0])?;
    if secs < 0.0 {
        return Err(PyErr::value_error("sleep length must be non-negative"));
    }
    crate::blocking(|| std::thread::sleep(Duration::from_secs_f64(secs)));
    Ok(runtime::types::none())
}

/// A timestamp argument (`None`: now), floored to whole seconds.
fn timestamp(arg: Option<&PyRef>) -> PyResult<i64> {
    let out_of_range = || PyErr::overflow_error("timestamp out of range for platform time_t");
    match arg {
        None => Ok(since_epoch().as_secs() as i64),
        Some(obj) if is_none(obj) => Ok(since_epoch().as_secs() as i64),
        Some(obj) => {
            if let Some(x) = float::as_f64(obj) {
                if x.is_nan() {
                    return Err(PyErr::value_error("Invalid value NaN (not a number)"));
                }
                let x = x.floor();
                if x.abs() >= 9.2e18 {
                    return Err(out_of_range());
                }
                return Ok(x as i64);
            }
            int::index(obj)?.to_i64().ok_or_else(out_of_range)
        }
    }
}

/// The year must fit a C `int` (`struct tm`'s field).
fn check_year(tm: Tm) -> PyResult<Tm> {
    if i32::try_from(tm.year - 1900).is_err() {
        let exc = runtime::ops::call(
            &OS_ERROR.object(),
            &[
                int::from_i64(75),
                pystr::new_str("Value too large for defined data type"),
            ],
        )?;
        return Err(PyErr::from_instance(exc));
    }
    Ok(tm)
}

fn utc_tm(secs: i64) -> PyResult<Tm> {
    check_year(calendar::breakdown(secs, 0, false, "GMT"))
}

fn local_tm(secs: i64) -> PyResult<Tm> {
    let ty = ZONE.at(secs);
    check_year(calendar::breakdown(secs, ty.offset, ty.isdst, &ty.name))
}

fn gmtime(args: &Args) -> PyResult {
    let items = args.exact("gmtime", 0, 1)?;
    Ok(struct_time::from_tm(&utc_tm(timestamp(items.first())?)?))
}

fn localtime(args: &Args) -> PyResult {
    let items = args.exact("localtime", 0, 1)?;
    Ok(struct_time::from_tm(&local_tm(timestamp(items.first())?)?))
}

/// `mktime(t)`: the local broken-down time back to seconds, with the
/// offset in force at (about) that time.
fn mktime(args: &Args) -> PyResult {
    let t = struct_time::tm_arg(&args.exact("mktime", 1, 1)?[0], "mktime")?;
    let guess = calendar::utc_seconds(&t);
    let offset = ZONE.at(guess - ZONE.at(guess).offset).offset;
    Ok(float::from_f64((guess - offset) as f64))
}

/// The broken-down time argument of asctime / strftime (`None`: now).
fn tm_or_now(arg: Option<&PyRef>, fname: &str) -> PyResult<Tm> {
    match arg {
        None => local_tm(timestamp(None)?),
        Some(t) => struct_time::checked(struct_time::tm_arg(t, fname)?),
    }
}

fn asctime(args: &Args) -> PyResult {
    let items = args.exact("asctime", 0, 1)?;
    let tm = tm_or_now(items.first(), "asctime")?;
    Ok(pystr::new_str(&format::asctime(&tm)))
}

fn ctime(args: &Args) -> PyResult {
    let items = args.exact("ctime", 0, 1)?;
    let tm = local_tm(timestamp(items.first())?)?;
    Ok(pystr::new_str(&format::asctime(&tm)))
}

fn strftime(args: &Args) -> PyResult {
    let items = args.exact("strftime", 1, 2)?;
    let fmt = pystr::to_string(&items[0]).ok_or_else(|| {
        PyErr::type_error(format!(
            "strftime() argument 1 must be str, not {}",
            items[0].type_of().name()
        ))
    })?;
    let tm = tm_or_now(items.get(1), "strftime")?;
    Ok(pystr::new_str(&format::strftime(&fmt, &tm)))
}
