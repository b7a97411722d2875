class AppError(Exception):
    pass
def load(k):
    try:
        return {"a": 1}[k]
    except KeyError as e:
        raise AppError(f"cannot load {k}") from e
try:
    load("b")
except AppError as e:
    print(type(e).__name__, e, repr(e.__cause__), e.__suppress_context__, repr(e.__context__))
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during handling")
except ValueError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("no context") from None
except ValueError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    raise RuntimeError("r") from KeyError("k")
except RuntimeError as e:
    print(repr(e.__cause__), e.__context__)
try:
    raise ValueError from TypeError
except ValueError as e:
    print(repr(e), repr(e.__cause__))
try:
    raise ValueError("x") from 5
except TypeError as e:
    print("TypeError", e)
def chain():
    try:
        raise OSError("a")
    except OSError:
        try:
            raise KeyError("b")
        except KeyError:
            raise IndexError("c")
try:
    chain()
except IndexError as e:
    c = e
    while c is not None:
        print("chain", type(c).__name__, c)
        c = c.__context__
