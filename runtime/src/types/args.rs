//! [`Args`], the arguments of a call as native functions receive them:
//! positional values, then keyword values named by `kwnames` (CPython's
//! vectorcall convention, so the eval loop passes its stack slice as is).

use crate::err::{PyErr, PyResult};
use crate::object::PyRef;
use crate::types::str as pystr;

#[derive(Clone, Copy)]
pub struct Args<'a> {
    items: &'a [PyRef],
    kwnames: &'a [PyRef],
}

impl<'a> Args<'a> {
    /// Positional arguments only.
    #[inline]
    pub fn new(items: &'a [PyRef]) -> Self {
        Args {
            items,
            kwnames: &[],
        }
    }

    /// `items` ends with one value per name in `kwnames` (str objects).
    #[inline]
    pub fn with_kwnames(items: &'a [PyRef], kwnames: &'a [PyRef]) -> Self {
        debug_assert!(kwnames.len() <= items.len());
        Args { items, kwnames }
    }

    /// Every value, positional then keyword.
    #[inline]
    pub fn items(&self) -> &'a [PyRef] {
        self.items
    }

    #[inline]
    pub fn kwnames(&self) -> &'a [PyRef] {
        self.kwnames
    }

    #[inline]
    pub fn positional(&self) -> &'a [PyRef] {
        &self.items[..self.items.len() - self.kwnames.len()]
    }

    /// The keyword arguments as (name, value) pairs.
    pub fn kwargs(&self) -> impl Iterator<Item = (&'a PyRef, &'a PyRef)> + 'a {
        let values = &self.items[self.items.len() - self.kwnames.len()..];
        self.kwnames.iter().zip(values)
    }

    #[inline]
    pub fn has_kwargs(&self) -> bool {
        !self.kwnames.is_empty()
    }

    /// The keyword argument `name`, if given.
    pub fn kwarg(&self, name: &str) -> Option<&'a PyRef> {
        self.kwargs()
            .find(|(k, _)| pystr::as_str(k).is_some_and(|s| s.eq_str(name)))
            .map(|(_, v)| v)
    }

    /// These arguments without the first positional one (a method's self).
    #[inline]
    pub fn skip_first(&self) -> Args<'a> {
        Args {
            items: &self.items[1..],
            kwnames: self.kwnames,
        }
    }

    /// Checks a function that takes no keyword arguments and `min..=max`
    /// positional ones, with CPython's messages; returns the positional ones.
    #[inline]
    pub fn exact(&self, fname: &str, min: usize, max: usize) -> PyResult<&'a [PyRef]> {
        let n = self.items.len();
        if self.kwnames.is_empty() && n >= min && n <= max {
            return Ok(self.items);
        }
        Err(self.exact_error(fname, min, max))
    }

    /// The TypeError [`Args::exact`] raises.
    #[cold]
    #[inline(never)]
    fn exact_error(&self, fname: &str, min: usize, max: usize) -> PyErr {
        if self.has_kwargs() {
            return PyErr::type_error(format!("{fname}() takes no keyword arguments"));
        }
        let n = self.positional().len();
        let msg = if min == max {
            match min {
                0 => format!("{fname}() takes no arguments ({n} given)"),
                1 => format!("{fname}() takes exactly one argument ({n} given)"),
                _ => format!("{fname} expected {min} arguments, got {n}"),
            }
        } else if n < min {
            format!(
                "{fname} expected at least {min} argument{}, got {n}",
                if min == 1 { "" } else { "s" }
            )
        } else {
            format!(
                "{fname} expected at most {max} argument{}, got {n}",
                if max == 1 { "" } else { "s" }
            )
        };
        PyErr::type_error(msg)
    }

    /// Binds arguments to the parameter `names` (positional or keyword;
    /// the first `required` are required), CPython's messages for missing,
    /// duplicate and unexpected arguments.
    pub fn bind<const N: usize>(
        &self,
        fname: &str,
        names: [&str; N],
        required: usize,
    ) -> PyResult<[Option<&'a PyRef>; N]> {
        let pos = self.positional();
        if pos.len() > N {
            return Err(PyErr::type_error(format!(
                "{fname}() takes at most {N} argument{} ({} given)",
                if N == 1 { "" } else { "s" },
                pos.len()
            )));
        }
        let mut out: [Option<&'a PyRef>; N] = [None; N];
        for (slot, value) in out.iter_mut().zip(pos) {
            *slot = Some(value);
        }
        for (k, v) in self.kwargs() {
            let key = pystr::as_str(k)
                .map(|s| s.to_utf8_lossy())
                .unwrap_or_default();
            match names.iter().position(|n| *n == key) {
                Some(i) if out[i].is_some() => {
                    return Err(PyErr::type_error(format!(
                        "argument for {fname}() given by name ('{key}') and position ({})",
                        i + 1
                    )));
                }
                Some(i) => out[i] = Some(v),
                None => {
                    return Err(PyErr::type_error(format!(
                        "{fname}() got an unexpected keyword argument '{key}'"
                    )));
                }
            }
        }
        if let Some(i) = out[..required].iter().position(Option::is_none) {
            return Err(PyErr::type_error(format!(
                "{fname}() missing required argument '{}' (pos {})",
                names[i],
                i + 1
            )));
        }
        Ok(out)
    }
}
