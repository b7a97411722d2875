cases = [
    lambda: [][0], lambda: [1, 2][5], lambda: [1][-2], lambda: ()[0], lambda: (1,)[1], lambda: "abc"[3],
    lambda: b"ab"[2], lambda: range(3)[3], lambda: [].pop(), lambda: [1].pop(3), lambda: bytearray()[0],
    lambda: {}["k"], lambda: {"a": 1}[("t", 1)], lambda: {1: 2}[2], lambda: set().pop(), lambda: {}.popitem(),
    lambda: {"x": 0}.pop("y"), lambda: {1}.remove(2),
]
for c in cases:
    try:
        c()
    except LookupError as e:
        print(type(e).__name__, e, repr(e))
