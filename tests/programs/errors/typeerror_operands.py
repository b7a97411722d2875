cases = [
    lambda: 1 + "a", lambda: "a" + 1, lambda: [1] + (1,), lambda: {} + {}, lambda: None + 1,
    lambda: 1 - "a", lambda: "a" * "b", lambda: [1] * 1.5, lambda: 2 ** "x", lambda: 1 / "2",
    lambda: 1 // None, lambda: "%" % (), lambda: -"a", lambda: ~1.5, lambda: +[1], lambda: 1 < "a",
    lambda: [] > 0, lambda: None < None, lambda: {1} < [1], lambda: 1 & 1.0, lambda: 1 @ 2,
    lambda: b"a" + "a", lambda: (1, 2) + [3], lambda: {1} + {2}, lambda: 3j // 2,
]
for c in cases:
    try:
        c()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
