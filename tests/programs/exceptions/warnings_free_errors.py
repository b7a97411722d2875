def classify(e):
    for cls in (ArithmeticError, LookupError, ValueError, TypeError, Exception):
        if isinstance(e, cls):
            return cls.__name__
errs = [ZeroDivisionError(), OverflowError(), KeyError(), IndexError(), UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad"), TypeError(), RuntimeError()]
for e in errs:
    print(type(e).__name__, "->", classify(e))
u = UnicodeDecodeError("utf-8", b"ab\xff", 2, 3, "invalid start byte")
print(str(u), u.encoding, u.object, u.start, u.end, u.reason)
print(repr(ZeroDivisionError("division by zero")))
