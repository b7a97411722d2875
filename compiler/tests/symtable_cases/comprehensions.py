def f(a, items):
    [a for x in items]
    [(a, lambda: a) for x in items]
    {k: v for k, v in items if k}
    (y for y in items)
    [[z for z in x] for x in items]
    return [x for x in items if (total := x)], total

class C:
    values = [1, 2]
    doubled = [v * 2 for v in values]
    def m(self):
        return [__class__ for _ in self.values]
    gen = (v for v in values)

def g(x):
    [x for x in range(3)]
    z = 0
    [(z := 1) for _ in range(3)]
    global w
    [(w := 2) for _ in range(3)]

class D:
    cls = [lambda: __class__ for _ in range(1)]
    res = [(lambda: __classdict__)() for _ in [1]]
    cond = [lambda: __conditional_annotations__ for _ in [1]]
