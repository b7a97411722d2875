//! The built-in types: [`Type`] itself, `object` and `type`, and one module
//! per built-in type holding its payload and constructors (`<name>.rs`);
//! the Python-visible methods of each are registered at start-up by
//! [`init`].

pub mod args;
mod bool_methods;
pub mod bytearray;
pub mod bytes;
mod bytes_methods;
pub mod complex;
mod complex_methods;
pub mod descriptors;
pub mod dict;
pub mod dict_methods;
pub mod dict_views;
pub mod exception_group_methods;
mod exception_methods;
pub mod exceptions;
pub mod float;
mod float_methods;
pub mod int;
mod int_methods;
pub mod iterators;
pub mod list;
pub mod list_methods;
mod list_sort;
pub mod mappingproxy;
pub mod member;
pub mod memoryview;
mod memoryview_methods;
pub mod method;
pub mod method_args;
pub mod module;
pub mod native;
mod number_methods;
mod object_type;
pub mod percent_format;
pub mod range;
pub mod seq;
pub mod set;
pub mod set_methods;
mod singleton_methods;
pub mod singletons;
pub mod slice;
pub mod slicing;
pub mod str;
pub(crate) mod str_methods;
pub mod struct_seq;
pub mod template;
pub mod tuple;
pub mod tuple_methods;
pub mod type_cache;
mod type_object;
pub mod union;

pub use args::Args;
pub use complex::from_complex as complex_from;
pub(crate) use object_type::instance_dict_getset;
pub use object_type::{OBJECT, TYPE, alloc_instance, check_subtype_new, instance_for_init};
pub use singletons::{
    BOOL, ELLIPSIS_TYPE, NONE_TYPE, NOT_IMPLEMENTED_TYPE, ellipsis, from_bool, is_none,
    is_not_implemented, none, not_implemented,
};
pub use type_object::{
    CallFn, DescrGetFn, DescrSetFn, IterNextFn, NewFn, Slots, Type, TypeRef, c3_mro, flags,
};

pub use bytearray::BYTEARRAY;
pub use bytes::BYTES;
pub use dict::DICT;
pub use float::FLOAT;
pub use int::INT;
pub use list::LIST;
pub use memoryview::MEMORYVIEW;
pub use slice::SLICE;
pub use str::STR;
pub use tuple::TUPLE;

use std::sync::Once;

/// Fills the built-in types' dicts (methods, attributes). Idempotent; the
/// interpreter calls it before running code.
pub fn init() {
    static INIT: Once = Once::new();
    INIT.call_once(|| {
        exception_methods::register();
        object_type::register();
        descriptors::register();
        tuple_methods::register();
        list_methods::register();
        set_methods::register();
        str_methods::register();
        slice::register();
        singleton_methods::register();
        bytes_methods::register();
        bytearray::register();
        memoryview_methods::register();
        module::register();
        template::register();
        dict_methods::register();
        range::register();
        int_methods::register();
        bool_methods::register();
        float_methods::register();
        complex_methods::register();
        method::register();
        native::register();
        member::register();
        mappingproxy::register();
        union::register();
        // `__subclasses__()` of built-in types: the native types with
        // another base than `object`, in CPython's order (it readies its
        // static exceptions by name, and makes ExceptionGroup after them).
        let mut natives: Vec<&'static Type> = exceptions::ALL.to_vec();
        natives.sort_by_key(|t| (std::ptr::eq(*t, &exceptions::EXCEPTION_GROUP), t.name()));
        natives.push(&BOOL);
        for ty in natives {
            ty.register_native_subclass();
        }
    });
}
