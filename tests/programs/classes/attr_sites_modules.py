# Module attributes read and called through cached sites while the module
# namespace changes; instance stores whose dict entries move.
import math
import sys

me = sys.modules[__name__]
VALUE = 1


def read(m):
    return m.VALUE


def call_sqrt(m, x):
    return m.sqrt(x)


out = []
for step in range(5):
    if step == 1:
        me.VALUE = 2
    if step == 2:
        globals()["VALUE"] = "three"
    if step == 3:
        del me.VALUE
        me.__getattr__ = lambda name: "module getattr " + name
    if step == 4:
        me.VALUE = 5
    out.append(read(me))
print(out)

real_sqrt = math.sqrt
results = []
for step in range(4):
    if step == 1:
        math.sqrt = lambda x: "patched"
    if step == 2:
        del math.sqrt
    if step == 3:
        math.sqrt = real_sqrt
    try:
        results.append(call_sqrt(math, 16.0))
    except AttributeError as e:
        results.append(str(e))
print(results)


class Bag:
    pass


def put(o, name_value):
    o.a = name_value
    o.b = name_value * 2


bags = [Bag() for _ in range(3)]
for round in range(4):
    for i, b in enumerate(bags):
        if round == 1 and i == 0:
            del b.a
        if round == 2 and i == 1:
            b.__dict__.clear()
            b.z = "first"
        if round == 3 and i == 2:
            for k in range(20):
                setattr(b, f"x{k}", k)
        put(b, round * 10 + i)
print([sorted(b.__dict__.items()) for b in bags])
