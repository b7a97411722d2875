eg = ExceptionGroup("several", [ValueError("v1"), TypeError("t1"), ValueError("v2")])
print(repr(eg))
print(str(eg), len(eg.exceptions), eg.message)
try:
    raise eg
except* ValueError as g:
    print("values:", [str(e) for e in g.exceptions], type(g).__name__)
except* TypeError as g:
    print("types:", [str(e) for e in g.exceptions])
nested = ExceptionGroup("outer", [KeyError("k"), ExceptionGroup("inner", [ValueError("deep"), OSError("os")])])
match_v, rest = nested.split(ValueError)
print(repr(match_v))
print(repr(rest))
print(repr(nested.subgroup(lambda e: isinstance(e, (KeyError, OSError)))))
try:
    try:
        raise nested
    except* KeyError as g:
        print("got keys", [repr(e) for e in g.exceptions])
except ExceptionGroup as remaining:
    print("remaining", repr(remaining))
try:
    raise ValueError("naked")
except* ValueError as g:
    print("naked wrapped", repr(g))
try:
    ExceptionGroup("bad", [])
except ValueError as e:
    print("ValueError", e)
try:
    ExceptionGroup("bad", [1])
except ValueError as e:
    print("ValueError", e)
beg = BaseExceptionGroup("b", [KeyboardInterrupt()])
print(type(beg).__name__, type(BaseExceptionGroup("x", [ValueError()])).__name__)
print(issubclass(ExceptionGroup, Exception), issubclass(ExceptionGroup, BaseExceptionGroup))
