pairs = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError), (KeyError, LookupError),
    (IndexError, LookupError), (FileNotFoundError, OSError), (PermissionError, OSError),
    (UnicodeDecodeError, UnicodeError), (UnicodeError, ValueError), (RecursionError, RuntimeError),
    (NotImplementedError, RuntimeError), (ModuleNotFoundError, ImportError), (UnboundLocalError, NameError),
    (TimeoutError, OSError), (BrokenPipeError, ConnectionError), (StopIteration, Exception),
    (GeneratorExit, Exception), (KeyboardInterrupt, Exception), (SystemExit, BaseException),
    (Exception, BaseException), (BaseExceptionGroup, BaseException), (DeprecationWarning, Warning),
    (Warning, Exception), (IndentationError, SyntaxError), (TabError, IndentationError),
    (EOFError, Exception), (AssertionError, Exception), (AttributeError, Exception),
    (BufferError, Exception), (MemoryError, Exception), (ReferenceError, Exception),
    (StopAsyncIteration, Exception), (FloatingPointError, ArithmeticError), (ValueError, TypeError),
]
for sub, sup in pairs:
    print(f"{sub.__name__:22} {sup.__name__:20} {issubclass(sub, sup)}")
print([c.__name__ for c in FileNotFoundError.__mro__])
print([c.__name__ for c in UnicodeEncodeError.__mro__])
print(IOError is OSError, EnvironmentError is OSError)
print(sorted(c.__name__ for c in ArithmeticError.__subclasses__()))
print(sorted(c.__name__ for c in LookupError.__subclasses__()))
