//! `format(str, spec)`: the format-spec mini-language
//! ([`numfmt::FormatSpec`], parsed over code points) applied to strings.

use numfmt::SpecError;
use numfmt::spec::unknown_kind_message;

use super::{PyStr, TextError};

type FormatSpec = numfmt::FormatSpec<u32>;

impl PyStr {
    /// `format(self, spec)`: presentation type `s` only; precision
    /// truncates, width pads (left-aligned by default).
    pub fn format(&self, spec: &PyStr) -> Result<PyStr, TextError> {
        if spec.is_empty() {
            return Ok(self.clone());
        }
        let code_points: Vec<u32> = spec.code_points().collect();
        let spec = FormatSpec::parse(&code_points, Some(u32::from('s'))).map_err(|err| {
            TextError::ValueMessage(match err {
                // The message quotes the spec, which may hold surrogates.
                SpecError::Invalid => PyStr::from("Invalid format specifier '")
                    .concat(spec)
                    .concat(&PyStr::from("' for object of type 'str'")),
                // The others do not quote it.
                err => PyStr::from(err.message("", "str").as_str()),
            })
        })?;
        if let Some(kind) = spec.kind.filter(|&kind| kind != u32::from('s')) {
            let message = unknown_kind_message(kind, "str");
            return Err(TextError::ValueMessage(PyStr::from(message.as_str())));
        }
        match spec.sign {
            Some(' ') => {
                return Err(TextError::Value(
                    "Space not allowed in string format specifier",
                ));
            }
            Some(_) => {
                return Err(TextError::Value(
                    "Sign not allowed in string format specifier",
                ));
            }
            None => {}
        }
        if spec.no_neg_zero {
            return Err(TextError::Value(
                "Negative zero coercion (z) not allowed in string format specifier",
            ));
        }
        if spec.alternate {
            return Err(TextError::Value(
                "Alternate form (#) not allowed in string format specifier",
            ));
        }
        if spec.align == Some('=') {
            return Err(TextError::Value(
                "'=' alignment not allowed in string format specifier",
            ));
        }
        let text = match spec.precision {
            Some(precision) if precision < self.len() => self.substring(0, precision),
            _ => self.clone(),
        };
        let margin = spec.width.saturating_sub(text.len());
        let left = match spec.align {
            Some('>') => margin,
            Some('^') => margin / 2,
            _ => 0,
        };
        text.pad(left, margin - left, spec.fill)
    }
}
