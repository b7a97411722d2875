try:
    try:
        raise ValueError("first")
    finally:
        pass
except ValueError as e:
    print(repr(e), e.__context__)
try:
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second")
    finally:
        print("finally sees exception in flight")
except TypeError as e:
    print(repr(e), repr(e.__context__))
e1 = ValueError("a")
e2 = TypeError("b")
e2.__context__ = e1
e2.__cause__ = KeyError("c")
print(repr(e2.__context__), repr(e2.__cause__), e2.__suppress_context__)
try:
    e2.__cause__ = "not an exception"
except TypeError as e:
    print("TypeError", e)
try:
    raise 5
except TypeError as e:
    print("TypeError", e)
try:
    raise int
except TypeError as e:
    print("TypeError", e)
