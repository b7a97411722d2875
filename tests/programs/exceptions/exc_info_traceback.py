import sys
print(sys.exc_info())
try:
    raise ValueError("v")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None, type(tb).__name__)
    print(repr(sys.exception()))
print(sys.exc_info(), sys.exception())
def get_line():
    try:
        1 / 0
    except ZeroDivisionError as e:
        return e.__traceback__.tb_lineno, e.__traceback__.tb_frame.f_code.co_name
print(get_line())
e = ValueError("x")
print(e.__traceback__, e.with_traceback(None) is e)
try:
    raise e
except ValueError as caught:
    print(caught is e, caught.__traceback__ is not None)
def add_note():
    try:
        raise KeyError("k")
    except KeyError as err:
        err.add_note("note one")
        err.add_note("note two")
        return err.__notes__
print(add_note())
