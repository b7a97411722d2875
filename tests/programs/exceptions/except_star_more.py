def raiser():
    raise ExceptionGroup("batch", [ValueError(1), ValueError(2), TypeError(3), KeyError(4)])
try:
    raiser()
except* ValueError as eg:
    print("V", [e.args[0] for e in eg.exceptions])
except* (TypeError, KeyError) as eg:
    print("TK", sorted(type(e).__name__ for e in eg.exceptions))
try:
    try:
        raiser()
    except* TypeError:
        print("handled TypeError only")
except ExceptionGroup as eg:
    print("left over", [type(e).__name__ for e in eg.exceptions], eg.message)
try:
    try:
        raise ExceptionGroup("g", [ValueError("x")])
    except* ValueError:
        raise KeyError("new from handler")
except ExceptionGroup as eg:
    print("regrouped", repr(eg.exceptions[0]))
except KeyError as e:
    print("plain key", repr(e))
eg = ExceptionGroup("msg", [ValueError("a"), ExceptionGroup("sub", [TypeError("b")])])
print(eg.derive([KeyError("z")]))
flat = []
def walk(g, depth=0):
    for e in g.exceptions:
        if isinstance(e, BaseExceptionGroup):
            print("  " * depth + "group", e.message)
            walk(e, depth + 1)
        else:
            print("  " * depth + type(e).__name__, e)
walk(eg)
