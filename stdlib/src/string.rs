//! The `string` package and its `string.templatelib` module, made natively
//! for now: CPython's `string` is pure Python (its `Template` class and
//! `Formatter` need more of the language than ferropy runs yet), so this
//! `string` has the character-class constants only, and `templatelib` the
//! native t-string types.

use runtime::PyRef;
use runtime::types::{list, module, str as pystr, template};

const LOWERCASE: &str = "abcdefghijklmnopqrstuvwxyz";
const UPPERCASE: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const DIGITS: &str = "0123456789";
const PUNCTUATION: &str = r##"!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"##;
const WHITESPACE: &str = " \t\n\r\x0b\x0c";

/// The `string` package (a package so that `string.templatelib` imports).
pub fn make() -> PyRef {
    let m = module::new_module("string");
    let letters = format!("{LOWERCASE}{UPPERCASE}");
    let printable = format!("{DIGITS}{letters}{PUNCTUATION}{WHITESPACE}");
    let constants = [
        ("ascii_lowercase", LOWERCASE),
        ("ascii_uppercase", UPPERCASE),
        ("ascii_letters", &letters),
        ("digits", DIGITS),
        ("hexdigits", "0123456789abcdefABCDEF"),
        ("octdigits", "01234567"),
        ("punctuation", PUNCTUATION),
        ("whitespace", WHITESPACE),
        ("printable", &printable),
    ];
    for (name, value) in constants {
        module::set(&m, name, pystr::new_str(value));
    }
    module::set(&m, "__path__", list::new_list(Vec::new()));
    m
}

/// `string.templatelib`: `Template` and `Interpolation`.
pub fn make_templatelib() -> PyRef {
    let m = module::new_module(template::MODULE);
    module::set(&m, "Template", template::TEMPLATE.object());
    module::set(&m, "Interpolation", template::INTERPOLATION.object());
    m
}
