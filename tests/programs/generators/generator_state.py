import sys
def g():
    yield 1
    yield 2
gen = g()
print(gen.gi_running, gen.gi_frame is not None, gen.gi_suspended if hasattr(gen, "gi_suspended") else "")
print(next(gen), gen.gi_suspended if hasattr(gen, "gi_suspended") else "")
print(list(gen), gen.gi_frame)
print(gen.__name__, gen.__qualname__, type(gen).__name__)
print(iter(gen) is gen)
def self_ref():
    yield gen2.gi_running
gen2 = self_ref()
print(next(gen2))
def counter():
    n = 0
    while True:
        n += 1
        yield n
c = counter()
print([next(c) for _ in range(5)])
c.close()
print(next(c, "closed"))
