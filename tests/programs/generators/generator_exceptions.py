def g():
    try:
        yield 1
        raise ValueError("in generator")
    except ValueError as e:
        yield f"caught {e}"
    yield 3
print(list(g()))
def propagates():
    yield 1
    raise KeyError("escapes")
gen = propagates()
print(next(gen))
try:
    next(gen)
except KeyError as e:
    print("KeyError", e)
print(next(gen, "exhausted"))
def with_finally():
    try:
        for i in range(3):
            yield i
    finally:
        print("finally in gen")
wf = with_finally()
for x in wf:
    if x == 1:
        break
print("after break")
wf.close()
def reentrant():
    yield next(me)
me = reentrant()
try:
    next(me)
except ValueError as e:
    print("ValueError", e)
def ctx_in_gen():
    class C:
        def __enter__(self):
            print("enter")
        def __exit__(self, *a):
            print("exit", a[0])
    with C():
        yield "inside with"
cg = ctx_in_gen()
print(next(cg))
cg.close()
