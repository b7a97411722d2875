//! The built-in exception hierarchy's types and the payload every exception
//! instance carries. Exception methods and attributes are in
//! `exception_methods.rs`.

use super::{OBJECT, Slots, Type, flags, tuple};
use crate::object::{Layout, Locked, PyRef};
use crate::text::TextError;
use crate::types::{dict, str as pystr};

/// The payload of an exception instance.
#[derive(Default)]
pub struct BaseException {
    pub state: Locked<ExceptionState>,
}

/// The mutable state of an exception.
pub struct ExceptionState {
    /// `args`, a tuple.
    pub args: PyRef,
    pub traceback: Option<PyRef>,
    pub cause: Option<PyRef>,
    pub context: Option<PyRef>,
    pub suppress_context: bool,
}

impl Default for ExceptionState {
    fn default() -> Self {
        ExceptionState {
            args: tuple::new_tuple(Vec::new()),
            traceback: None,
            cause: None,
            context: None,
            suppress_context: false,
        }
    }
}

/// Every exception instance has an instance dict, as in CPython.
const LAYOUT: Layout = Layout::of::<BaseException>().with_dict();
const EXC: u32 = flags::BASETYPE | flags::EXCEPTION;

macro_rules! exceptions {
    ($($NAME:ident = $name:literal : $base:expr;)*) => {
        $(
            pub static $NAME: Type =
                Type::with_layout($name, LAYOUT, Some($base), EXC, Slots::NONE);
        )*
        /// Every built-in exception type, bases before subclasses.
        pub static ALL: &[&Type] = &[$(&$NAME),*];
    };
}

exceptions! {
    BASE_EXCEPTION = "BaseException": &OBJECT;
    BASE_EXCEPTION_GROUP = "BaseExceptionGroup": &BASE_EXCEPTION;
    GENERATOR_EXIT = "GeneratorExit": &BASE_EXCEPTION;
    KEYBOARD_INTERRUPT = "KeyboardInterrupt": &BASE_EXCEPTION;
    SYSTEM_EXIT = "SystemExit": &BASE_EXCEPTION;
    EXCEPTION = "Exception": &BASE_EXCEPTION;
    ARITHMETIC_ERROR = "ArithmeticError": &EXCEPTION;
    FLOATING_POINT_ERROR = "FloatingPointError": &ARITHMETIC_ERROR;
    OVERFLOW_ERROR = "OverflowError": &ARITHMETIC_ERROR;
    ZERO_DIVISION_ERROR = "ZeroDivisionError": &ARITHMETIC_ERROR;
    ASSERTION_ERROR = "AssertionError": &EXCEPTION;
    ATTRIBUTE_ERROR = "AttributeError": &EXCEPTION;
    BUFFER_ERROR = "BufferError": &EXCEPTION;
    EOF_ERROR = "EOFError": &EXCEPTION;
    EXCEPTION_GROUP = "ExceptionGroup": &BASE_EXCEPTION_GROUP;
    IMPORT_ERROR = "ImportError": &EXCEPTION;
    MODULE_NOT_FOUND_ERROR = "ModuleNotFoundError": &IMPORT_ERROR;
    LOOKUP_ERROR = "LookupError": &EXCEPTION;
    INDEX_ERROR = "IndexError": &LOOKUP_ERROR;
    KEY_ERROR = "KeyError": &LOOKUP_ERROR;
    MEMORY_ERROR = "MemoryError": &EXCEPTION;
    NAME_ERROR = "NameError": &EXCEPTION;
    UNBOUND_LOCAL_ERROR = "UnboundLocalError": &NAME_ERROR;
    OS_ERROR = "OSError": &EXCEPTION;
    BLOCKING_IO_ERROR = "BlockingIOError": &OS_ERROR;
    CHILD_PROCESS_ERROR = "ChildProcessError": &OS_ERROR;
    CONNECTION_ERROR = "ConnectionError": &OS_ERROR;
    BROKEN_PIPE_ERROR = "BrokenPipeError": &CONNECTION_ERROR;
    CONNECTION_ABORTED_ERROR = "ConnectionAbortedError": &CONNECTION_ERROR;
    CONNECTION_REFUSED_ERROR = "ConnectionRefusedError": &CONNECTION_ERROR;
    CONNECTION_RESET_ERROR = "ConnectionResetError": &CONNECTION_ERROR;
    FILE_EXISTS_ERROR = "FileExistsError": &OS_ERROR;
    FILE_NOT_FOUND_ERROR = "FileNotFoundError": &OS_ERROR;
    INTERRUPTED_ERROR = "InterruptedError": &OS_ERROR;
    IS_A_DIRECTORY_ERROR = "IsADirectoryError": &OS_ERROR;
    NOT_A_DIRECTORY_ERROR = "NotADirectoryError": &OS_ERROR;
    PERMISSION_ERROR = "PermissionError": &OS_ERROR;
    PROCESS_LOOKUP_ERROR = "ProcessLookupError": &OS_ERROR;
    TIMEOUT_ERROR = "TimeoutError": &OS_ERROR;
    REFERENCE_ERROR = "ReferenceError": &EXCEPTION;
    RUNTIME_ERROR = "RuntimeError": &EXCEPTION;
    NOT_IMPLEMENTED_ERROR = "NotImplementedError": &RUNTIME_ERROR;
    PYTHON_FINALIZATION_ERROR = "PythonFinalizationError": &RUNTIME_ERROR;
    RECURSION_ERROR = "RecursionError": &RUNTIME_ERROR;
    STOP_ASYNC_ITERATION = "StopAsyncIteration": &EXCEPTION;
    STOP_ITERATION = "StopIteration": &EXCEPTION;
    SYNTAX_ERROR = "SyntaxError": &EXCEPTION;
    INDENTATION_ERROR = "IndentationError": &SYNTAX_ERROR;
    TAB_ERROR = "TabError": &INDENTATION_ERROR;
    SYSTEM_ERROR = "SystemError": &EXCEPTION;
    TYPE_ERROR = "TypeError": &EXCEPTION;
    VALUE_ERROR = "ValueError": &EXCEPTION;
    UNICODE_ERROR = "UnicodeError": &VALUE_ERROR;
    UNICODE_DECODE_ERROR = "UnicodeDecodeError": &UNICODE_ERROR;
    UNICODE_ENCODE_ERROR = "UnicodeEncodeError": &UNICODE_ERROR;
    UNICODE_TRANSLATE_ERROR = "UnicodeTranslateError": &UNICODE_ERROR;
    WARNING = "Warning": &EXCEPTION;
    BYTES_WARNING = "BytesWarning": &WARNING;
    DEPRECATION_WARNING = "DeprecationWarning": &WARNING;
    ENCODING_WARNING = "EncodingWarning": &WARNING;
    FUTURE_WARNING = "FutureWarning": &WARNING;
    IMPORT_WARNING = "ImportWarning": &WARNING;
    PENDING_DEPRECATION_WARNING = "PendingDeprecationWarning": &WARNING;
    RESOURCE_WARNING = "ResourceWarning": &WARNING;
    RUNTIME_WARNING = "RuntimeWarning": &WARNING;
    SYNTAX_WARNING = "SyntaxWarning": &WARNING;
    UNICODE_WARNING = "UnicodeWarning": &WARNING;
    USER_WARNING = "UserWarning": &WARNING;
}

/// A new exception instance of `ty` (a subclass of BaseException) with
/// `args` (a tuple), without running `__init__`.
pub fn new_exception(ty: &'static Type, args: PyRef) -> PyRef {
    let payload = BaseException {
        state: Locked::new(ExceptionState {
            args,
            ..ExceptionState::default()
        }),
    };
    PyRef::new_with_dict(payload, ty, dict::new_dict())
}

/// The exception state of an exception instance.
pub fn with_state<R>(exc: &PyRef, f: impl FnOnce(&mut ExceptionState) -> R) -> R {
    exc.payload::<BaseException>()
        .expect("an exception")
        .state
        .with(exc, f)
}

/// `exc.args`.
pub fn args(exc: &PyRef) -> PyRef {
    with_state(exc, |s| s.args.clone())
}

/// Whether `obj` is an exception instance.
pub fn is_exception(obj: &PyRef) -> bool {
    obj.payload::<BaseException>().is_some()
}

/// Whether `obj` is a type object for an exception class.
pub fn is_exception_type(obj: &PyRef) -> bool {
    Type::from_object(obj).is_some_and(|t| t.flags & flags::EXCEPTION != 0)
}

/// The exception a failed str operation raises.
pub fn from_text_error(e: TextError) -> crate::err::PyErr {
    use crate::err::PyErr;
    let ty: &'static Type = match e.class_name() {
        "ValueError" => &VALUE_ERROR,
        "TypeError" => &TYPE_ERROR,
        "IndexError" => &INDEX_ERROR,
        "OverflowError" => &OVERFLOW_ERROR,
        "MemoryError" => return PyErr::memory_error(),
        "LookupError" => &LOOKUP_ERROR,
        "UnicodeEncodeError" => &UNICODE_ENCODE_ERROR,
        "UnicodeDecodeError" => &UNICODE_DECODE_ERROR,
        _ => &VALUE_ERROR,
    };
    if let Some(args) = unicode_error_args(&e) {
        // The constructor validates and stores the five attributes.
        return match crate::ops::call(&ty.object(), &args) {
            Ok(exc) => PyErr::from_instance(exc),
            Err(err) => err,
        };
    }
    PyErr::with_args(ty, vec![pystr::from_pystr(e.message())])
}

/// The arguments `(encoding, object, start, end, reason)` of a
/// UnicodeEncodeError or UnicodeDecodeError.
fn unicode_error_args(e: &TextError) -> Option<Vec<PyRef>> {
    let (encoding, object, start, end, reason) = match e {
        TextError::Encode {
            encoding,
            object,
            start,
            end,
            reason,
        } => (
            *encoding,
            pystr::from_pystr(object.clone()),
            start,
            end,
            reason,
        ),
        TextError::Decode {
            encoding,
            object,
            start,
            end,
            reason,
        } => (
            *encoding,
            super::bytes::new_bytes(object.to_vec()),
            start,
            end,
            reason,
        ),
        _ => return None,
    };
    let index = |i: &usize| super::int::from_i64(*i as i64);
    Some(vec![
        pystr::new_str(encoding),
        object,
        index(start),
        index(end),
        pystr::new_str(reason),
    ])
}
