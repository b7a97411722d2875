import math
vals = [(), (1,), (1, 2), (1, 3), (2,), (1, 'a'), ('a', 1), (math.nan,), (1.0, 2), (True,), ((1, 2), 3), ((1, 3),), (None,)]
for a in vals:
    for b in vals:
        for op in ('<', '<=', '==', '!=', '>', '>='):
            try:
                print(a, op, b, eval(f"a {op} b"))
            except TypeError as e:
                print(a, op, b, "TypeError", e)
class T(tuple):
    def __lt__(self, o): return "custom"
print(T((1,)) < (2,), (2,) > T((1,)))
print(sorted([(3, 'b'), (1, 'z'), (3, 'a'), (2, 'q')]))
