cases = [
    lambda: 5(), lambda: "s"(), lambda: None(), lambda: [1]("x"), lambda: len(1), lambda: abs("x"),
    lambda: sum(["a"]), lambda: sorted(5), lambda: iter(1.5), lambda: hash([]), lambda: hash({}),
    lambda: {[]: 1}, lambda: int(object()), lambda: float(object()), lambda: list(5), lambda: dict([1]),
    lambda: dict([(1, 2, 3)]), lambda: isinstance(1, 2), lambda: issubclass(1, int), lambda: getattr(1, 2),
    lambda: "".join([1]), lambda: chr("a"), lambda: ord(1), lambda: round("1"), lambda: divmod("a", 1),
]
for c in cases:
    try:
        c()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
