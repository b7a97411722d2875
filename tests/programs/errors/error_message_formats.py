class Widget:
    pass
w = Widget()
tests = [
    lambda: w + 1, lambda: w < w, lambda: w(), lambda: w[0], lambda: len(w), lambda: iter(w),
    lambda: w.attr, lambda: -w, lambda: abs(w), lambda: int(w), lambda: float(w), lambda: {w: 1}[5],
    lambda: next(w), lambda: reversed(w), lambda: w in w, lambda: [1, 2, 3][w],
]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__, e)
