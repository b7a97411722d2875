//! Private-name mangling: inside `class C`, `__x` means `_C__x`.

/// `name` as written inside the class `class_name` (if any): `__spam`
/// becomes `_Class__spam`, unless it ends in `__`, contains a dot, or the
/// class name is all underscores.
pub fn mangle<'a>(class_name: Option<&str>, name: &'a str) -> std::borrow::Cow<'a, str> {
    let Some(class_name) = class_name else {
        return name.into();
    };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.into();
    }
    let stripped = class_name.trim_start_matches('_');
    if stripped.is_empty() {
        return name.into();
    }
    format!("_{stripped}{name}").into()
}
