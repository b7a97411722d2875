//! `string.templatelib.Template` and `Interpolation`, what a t-string
//! evaluates to: the literal strings (one more than the interpolations)
//! and, for each replacement field, its value, source text, conversion and
//! format spec. Both are immutable.

use super::args::Args;
use super::method_args::slot_args;
use super::{OBJECT, Slots, Type, is_none, list, none, not_implemented, str as pystr, tuple};
use crate::err::{PyErr, PyResult};
use crate::object::PyRef;
use crate::ops;
use crate::text::PyStr;

/// The payload of a Template.
pub struct Template {
    /// A tuple of strs, one more than `interpolations`.
    strings: PyRef,
    /// A tuple of Interpolations.
    interpolations: PyRef,
}

/// The payload of an Interpolation.
pub struct Interpolation {
    value: PyRef,
    expression: PyRef,
    /// None or one of the strs "s", "r", "a".
    conversion: PyRef,
    format_spec: PyRef,
}

pub static TEMPLATE: Type = Type::builtin::<Template>("Template", Some(&OBJECT), 0, Slots::NONE);
pub static INTERPOLATION: Type =
    Type::builtin::<Interpolation>("Interpolation", Some(&OBJECT), 0, Slots::NONE);

/// The module both types belong to.
pub const MODULE: &str = "string.templatelib";

const TEMPLATE_NAME: &str = "string.templatelib.Template";

/// A template of `strings` (a tuple of strs) and `interpolations` (a tuple
/// of Interpolations, one fewer), as `BUILD_TEMPLATE` makes it.
pub fn new_template(strings: PyRef, interpolations: PyRef) -> PyRef {
    PyRef::new(
        Template {
            strings,
            interpolations,
        },
        &TEMPLATE,
    )
}

/// An interpolation; `conversion` is one of `s`, `r`, `a`, if any.
pub fn new_interpolation(
    value: PyRef,
    expression: PyRef,
    conversion: Option<char>,
    format_spec: PyRef,
) -> PyRef {
    let conversion = conversion.map_or_else(none, |c| pystr::new_str(&c.to_string()));
    PyRef::new(
        Interpolation {
            value,
            expression,
            conversion,
            format_spec,
        },
        &INTERPOLATION,
    )
}

fn template(obj: &PyRef) -> Option<&Template> {
    obj.payload::<Template>()
}

fn interpolation(obj: &PyRef) -> &Interpolation {
    obj.payload::<Interpolation>().expect("an Interpolation")
}

fn this<'a>(args: &Args<'a>) -> &'a PyRef {
    &args.positional()[0]
}

fn items(t: &PyRef) -> &[PyRef] {
    tuple::as_slice(t).expect("a tuple")
}

fn concat(a: &PyRef, b: &PyRef) -> PyRef {
    let (a, b) = (pystr::as_str(a), pystr::as_str(b));
    let a = a.expect("a str").code_points();
    pystr::from_pystr(PyStr::from_code_points(
        a.chain(b.expect("a str").code_points()),
    ))
}

/// A template of the parts `Template(*args)` and `+` join: adjacent
/// strings are concatenated, and every interpolation sits between two
/// strings (empty where none was given).
fn from_parts(parts: impl IntoIterator<Item = PyRef>) -> PyResult {
    let mut strings = Vec::new();
    let mut interpolations = Vec::new();
    let mut pending: Option<PyRef> = None;
    for part in parts {
        if pystr::as_str(&part).is_some() {
            pending = Some(match pending {
                Some(s) => concat(&s, &part),
                None => part,
            });
        } else if part.payload::<Interpolation>().is_some() {
            strings.push(pending.take().unwrap_or_else(|| pystr::new_str("")));
            interpolations.push(part);
        } else {
            return Err(PyErr::type_error(format!(
                "Template.__new__ *args need to be of type 'str' or 'Interpolation', got {}",
                part.type_of().name()
            )));
        }
    }
    strings.push(pending.unwrap_or_else(|| pystr::new_str("")));
    Ok(new_template(
        tuple::new_tuple(strings),
        tuple::new_tuple(interpolations),
    ))
}

/// The strings and interpolations of a template in order, empty strings
/// left out (what iterating it yields).
fn parts(t: &Template) -> Vec<PyRef> {
    let strings = items(&t.strings);
    let interpolations = items(&t.interpolations);
    let mut out = Vec::with_capacity(strings.len() + interpolations.len());
    for (k, s) in strings.iter().enumerate() {
        if pystr::as_str(s).is_some_and(|s| !s.is_empty()) {
            out.push(s.clone());
        }
        if let Some(i) = interpolations.get(k) {
            out.push(i.clone());
        }
    }
    out
}

fn template_new(args: &Args) -> PyResult {
    super::check_subtype_new(&TEMPLATE, this(args))?;
    if args.has_kwargs() {
        return Err(PyErr::type_error(
            "Template.__new__ only accepts *args arguments",
        ));
    }
    from_parts(args.positional()[1..].iter().cloned())
}

fn template_iter(args: &Args) -> PyResult {
    slot_args(args, "__iter__", 0)?;
    let t = template(this(args)).expect("a Template");
    ops::iter(&list::new_list(parts(t)))
}

/// `template + template`; a str on either side is refused.
fn template_add(args: &Args) -> PyResult {
    let a = slot_args(args, "__add__", 1)?;
    let other = &a[0];
    let Some(t) = template(other) else {
        if pystr::as_str(other).is_some() {
            return Err(PyErr::type_error(format!(
                "can only concatenate {TEMPLATE_NAME} (not \"str\") to {TEMPLATE_NAME}"
            )));
        }
        return Ok(not_implemented());
    };
    let mine = parts_with_empty(template(this(args)).expect("a Template"));
    from_parts(mine.into_iter().chain(parts_with_empty(t)))
}

fn template_radd(args: &Args) -> PyResult {
    let a = slot_args(args, "__radd__", 1)?;
    if pystr::as_str(&a[0]).is_some() {
        return Err(PyErr::type_error(format!(
            "can only concatenate str (not \"{TEMPLATE_NAME}\") to str"
        )));
    }
    Ok(not_implemented())
}

/// Every string and interpolation in order, empty strings kept, so that
/// [`from_parts`] rebuilds the same template.
fn parts_with_empty(t: &Template) -> Vec<PyRef> {
    let strings = items(&t.strings);
    let interpolations = items(&t.interpolations);
    let mut out = Vec::new();
    for (k, s) in strings.iter().enumerate() {
        out.push(s.clone());
        if let Some(i) = interpolations.get(k) {
            out.push(i.clone());
        }
    }
    out
}

fn repr_text(obj: &PyRef) -> PyResult<String> {
    Ok(pystr::to_string(&ops::repr(obj)?).unwrap_or_default())
}

fn template_repr(args: &Args) -> PyResult {
    slot_args(args, "__repr__", 0)?;
    let t = template(this(args)).expect("a Template");
    Ok(pystr::new_str(&format!(
        "Template(strings={}, interpolations={})",
        repr_text(&t.strings)?,
        repr_text(&t.interpolations)?
    )))
}

/// `Interpolation(value, expression='', conversion=None, format_spec='')`.
fn interpolation_new(args: &Args) -> PyResult {
    super::check_subtype_new(&INTERPOLATION, this(args))?;
    let [value, expression, conversion, format_spec] = args.skip_first().bind(
        "Interpolation",
        ["value", "expression", "conversion", "format_spec"],
        1,
    )?;
    let text_arg = |arg: Option<&PyRef>, name: &str| match arg {
        None => Ok(pystr::new_str("")),
        Some(s) if pystr::as_str(s).is_some() => Ok(s.clone()),
        Some(other) => Err(PyErr::type_error(format!(
            "Interpolation() argument '{name}' must be str, not {}",
            other.type_of().name()
        ))),
    };
    let expression = text_arg(expression, "expression")?;
    let format_spec = text_arg(format_spec, "format_spec")?;
    let conversion = match conversion.filter(|c| !is_none(c)) {
        None => None,
        Some(c) => match pystr::to_string(c).as_deref() {
            Some("s") => Some('s'),
            Some("r") => Some('r'),
            Some("a") => Some('a'),
            _ => {
                return Err(PyErr::value_error(
                    "Interpolation() argument 'conversion' must be one of 's', 'a' or 'r'",
                ));
            }
        },
    };
    let value = value.expect("a required argument").clone();
    Ok(new_interpolation(
        value,
        expression,
        conversion,
        format_spec,
    ))
}

fn interpolation_repr(args: &Args) -> PyResult {
    slot_args(args, "__repr__", 0)?;
    let i = interpolation(this(args));
    Ok(pystr::new_str(&format!(
        "Interpolation({}, {}, {}, {})",
        repr_text(&i.value)?,
        repr_text(&i.expression)?,
        repr_text(&i.conversion)?,
        repr_text(&i.format_spec)?
    )))
}

pub(super) fn register() {
    let t = &TEMPLATE;
    t.add_static("__new__", template_new);
    t.add_method("__iter__", template_iter);
    t.add_method("__add__", template_add);
    t.add_method("__radd__", template_radd);
    t.add_method("__repr__", template_repr);
    t.add_getset(
        "strings",
        |o| Ok(template(o).expect("a Template").strings.clone()),
        None,
    );
    t.add_getset(
        "interpolations",
        |o| Ok(template(o).expect("a Template").interpolations.clone()),
        None,
    );
    t.add_getset(
        "values",
        |o| {
            let t = template(o).expect("a Template");
            let values = items(&t.interpolations)
                .iter()
                .map(|i| interpolation(i).value.clone());
            Ok(tuple::new_tuple(values.collect()))
        },
        None,
    );
    let i = &INTERPOLATION;
    i.add_static("__new__", interpolation_new);
    i.add_method("__repr__", interpolation_repr);
    i.add_getset("value", |o| Ok(interpolation(o).value.clone()), None);
    i.add_getset(
        "expression",
        |o| Ok(interpolation(o).expression.clone()),
        None,
    );
    i.add_getset(
        "conversion",
        |o| Ok(interpolation(o).conversion.clone()),
        None,
    );
    i.add_getset(
        "format_spec",
        |o| Ok(interpolation(o).format_spec.clone()),
        None,
    );
    let fields = ["value", "expression", "conversion", "format_spec"];
    i.set_attr(
        "__match_args__",
        tuple::new_tuple(fields.iter().map(|f| pystr::new_str(f)).collect()),
    );
    for ty in [t, i] {
        ty.set_attr("__module__", pystr::new_str(MODULE));
    }
}
