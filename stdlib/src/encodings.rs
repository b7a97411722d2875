//! `encodings`, made natively: CPython imports its (pure Python) codec
//! search package while starting, so its names exist in every program —
//! notably `CodecRegistryError`, which `LookupError.__subclasses__()`
//! lists. ferropy's codecs are native (`str.encode`, `bytes.decode`), so
//! this module holds only that class for now.

use runtime::PyRef;
use runtime::types::exceptions::{LOOKUP_ERROR, SYSTEM_ERROR};
use runtime::types::{Args, TYPE, dict, module, none, str as pystr, tuple};

/// The `encodings` module.
pub fn make() -> PyRef {
    let m = module::new_module("encodings");
    module::set(&m, "CodecRegistryError", codec_registry_error());
    m
}

/// `class CodecRegistryError(LookupError, SystemError): pass`.
fn codec_registry_error() -> PyRef {
    let ns = dict::new_dict();
    dict::set_str(&ns, "__module__", pystr::new_str("encodings"));
    dict::set_str(&ns, "__qualname__", pystr::new_str("CodecRegistryError"));
    dict::set_str(&ns, "__doc__", none());
    let items = [
        TYPE.object(),
        pystr::new_str("CodecRegistryError"),
        tuple::new_tuple(vec![LOOKUP_ERROR.object(), SYSTEM_ERROR.object()]),
        ns,
    ];
    runtime::ops::class::new_class(&Args::new(&items))
        .expect("CodecRegistryError's bases are compatible")
}
