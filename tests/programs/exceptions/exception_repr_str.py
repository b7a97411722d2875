excs = [KeyError("a"), KeyError("a", "b"), KeyError(), KeyError(1), KeyError(""), ValueError("msg"), ValueError(),
        ValueError("a", 1), IndexError("list index out of range"), TypeError(None), Exception([1, 2]),
        OSError(2, "No such file"), OSError("plain"), StopIteration(5), SystemExit(3), ZeroDivisionError("division by zero"),
        AttributeError("x", "y"), NameError("n"), RuntimeError("multi\nline"), UnicodeError("u"), BaseException("base")]
for e in excs:
    print(repr(e), "|", str(e), "|", e.args)
e = OSError(2, "No such file or directory")
print(e.errno, e.strerror, e.filename, type(e).__name__)
e = OSError(2, "No such file or directory", "x.txt")
print(str(e), e.filename)
s = StopIteration(42)
print(s.value, StopIteration().value)
x = SystemExit(7)
print(x.code, SystemExit().code, SystemExit(1, 2).code)
k = KeyError("key")
k.args = ("changed",)
print(str(k), repr(k))
a = AttributeError("m", name="attr", obj=5)
print(a.name, a.obj, str(a))
n = NameError("msg", name="var")
print(n.name)
