cases = [
    lambda: 5[0], lambda: None[0], lambda: {1}[0], lambda: len[0], lambda: [1, 2]["a"], lambda: "abc"[1.0],
    lambda: (1, 2)[None], lambda: {}[[]], lambda: range(3)["x"],
]
for c in cases:
    try:
        c()
    except TypeError as e:
        print(type(e).__name__, e)
def assign(obj, k, v):
    obj[k] = v
for obj, k in [((1,), 0), ("s", 0), (5, 0), (frozenset(), 1), (range(3), 0)]:
    try:
        assign(obj, k, 1)
    except TypeError as e:
        print(type(e).__name__, e)
def delete(obj, k):
    del obj[k]
for obj, k in [((1,), 0), ("s", 0), (5, 0)]:
    try:
        delete(obj, k)
    except TypeError as e:
        print(type(e).__name__, e)
