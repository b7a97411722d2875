cases = [
    lambda: int("x"), lambda: int("3.5"), lambda: float("1,5"), lambda: int("10", 2), lambda: [1].index(2),
    lambda: "abc".index("z"), lambda: (1,).index(5), lambda: list(range(3)).remove(7), lambda: chr(-1),
    lambda: "a".center(5, "xy"), lambda: "{:d}".format("s"), lambda: int("1" * 5000) if False else int("", 16),
    lambda: bytes.fromhex("g0"), lambda: range(0, 1, 0), lambda: "x".split(""), lambda: complex("1+"),
    lambda: (1, 2).__getitem__(slice(None, None, 0)), lambda: max([]), lambda: min([], key=len),
    lambda: "%z" % 1, lambda: int(" "), lambda: float(""),
]
for c in cases:
    try:
        c()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
a, b = 1, 2
for seq in [[1], [1, 2, 3], "abcd", ()]:
    try:
        a, b = seq
    except ValueError as e:
        print(type(e).__name__, e)
