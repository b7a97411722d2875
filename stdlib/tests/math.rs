//! The `math` module against CPython 3.14: every call in math_cases.tsv
//! (written by ci/gen_math_cases.py under the reference interpreter) must
//! give the same repr, or the same exception class and message.

use runtime::num::format::int_str;
use runtime::num::parse::{parse_float, parse_int};
use runtime::types::{float, int, is_none, list, module, singletons, str as pystr, tuple};
use runtime::{PyRef, PyResult, ops};

/// A tagged argument (see ci/gen_math_cases.py).
fn decode(text: &str) -> PyRef {
    let (tag, body) = text.split_at(2);
    let items = |body: &str| -> Vec<PyRef> {
        body.split('/')
            .filter(|s| !s.is_empty())
            .map(decode)
            .collect()
    };
    match tag {
        "i:" => int::from_int(parse_int(body, 10).expect("an int")),
        "f:" => float::from_f64(parse_float(body).expect("a float")),
        "s:" => pystr::new_str(body),
        "b:" => singletons::from_bool(body == "1"),
        "n:" => runtime::types::none(),
        "l:" => list::new_list(items(body)),
        "t:" => tuple::new_tuple(items(body)),
        _ => panic!("unknown tag in {text}"),
    }
}

fn show(obj: &PyRef) -> String {
    if is_none(obj) {
        return "None".into();
    }
    if singletons::is_true(obj) || singletons::is_false(obj) {
        return if singletons::is_true(obj) {
            "True"
        } else {
            "False"
        }
        .into();
    }
    if let Some(x) = float::as_f64(obj) {
        return numfmt::float_repr(x);
    }
    if let Some(i) = int::as_int(obj) {
        return int_str(i).unwrap();
    }
    if let Some(items) = tuple::as_slice(obj) {
        let parts: Vec<String> = items.iter().map(show).collect();
        return format!("({})", parts.join(", "));
    }
    pystr::to_string(&ops::repr(obj).unwrap()).unwrap()
}

fn outcome(r: PyResult) -> String {
    match r {
        Ok(v) => show(&v),
        Err(e) => {
            let msg = pystr::to_string(&ops::str_(e.instance()).unwrap()).unwrap();
            format!("{}: {msg}", e.type_of().name())
        }
    }
}

#[test]
fn math_matches_cpython() {
    runtime::init();
    let m = stdlib::math::make();
    let table = include_str!("math_cases.tsv");
    let mut failures = Vec::new();
    let mut n = 0;
    for line in table.lines() {
        let [name, args, kwargs, want] = line.splitn(4, '\t').collect::<Vec<_>>()[..] else {
            panic!("bad line {line}");
        };
        n += 1;
        let f = module::module_dict(&m)
            .and_then(|d| runtime::types::dict::get_str(d, name))
            .unwrap_or_else(|| panic!("math.{name} is missing"));
        let mut items: Vec<PyRef> = args
            .split(',')
            .filter(|s| !s.is_empty())
            .map(decode)
            .collect();
        let mut names = Vec::new();
        for kw in kwargs.split(',').filter(|s| !s.is_empty()) {
            let (k, v) = kw.split_once('=').unwrap();
            names.push(pystr::new_str(k));
            items.push(decode(v));
        }
        let got = outcome(ops::call_kw(&f, &items, &names));
        if got != want {
            failures.push(format!(
                "math.{name}({args}; {kwargs}): got {got}\n    want {want}"
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {n} cases differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn math_constants() {
    runtime::init();
    let m = stdlib::math::make();
    let get = |name| show(&ops::getattr_str(&m, name).unwrap());
    assert_eq!(get("pi"), "3.141592653589793");
    assert_eq!(get("e"), "2.718281828459045");
    assert_eq!(get("tau"), "6.283185307179586");
    assert_eq!(get("inf"), "inf");
    assert_eq!(get("nan"), "nan");
}
