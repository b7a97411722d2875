def worker():
    try:
        while True:
            try:
                v = yield "ready"
                print("work", v)
            except ValueError as e:
                print("handled inside", e)
                yield "recovered"
    except GeneratorExit:
        print("GeneratorExit received")
        raise
    finally:
        print("cleanup")
w = worker()
print(next(w))
print(w.send(1))
print(w.throw(ValueError("bad input")))
print(next(w))
w.close()
print("closed twice ok", w.close())
def unhandled():
    yield 1
    yield 2
u = unhandled()
next(u)
try:
    u.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
try:
    next(u)
except StopIteration:
    print("exhausted after throw")
def ignore_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2
bad = ignore_exit()
next(bad)
try:
    bad.close()
except RuntimeError as e:
    print("RuntimeError", e)
def return_on_close():
    try:
        yield 1
    except GeneratorExit:
        return "closing value"
r = return_on_close()
next(r)
print(r.close())
fresh = unhandled()
try:
    fresh.throw(TypeError("before start"))
except TypeError as e:
    print("unstarted throw", e)
