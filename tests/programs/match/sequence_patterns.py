def shape(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return f"one: {a}"
        case [a, b]:
            return f"two: {a}, {b}"
        case [first, *rest] if len(rest) > 3:
            return f"long: first={first} rest={rest}"
        case [first, *middle, last]:
            return f"first={first} middle={middle} last={last}"
        case _:
            return "not a sequence"
for v in [[], [1], (1, 2), [1, 2, 3], list(range(7)), "abc", 5, range(3), {1: 2}]:
    print(repr(v), "->", shape(v))
match (1, (2, 3), [4, [5]]):
    case (a, (b, c), [d, [e]]):
        print("nested", a, b, c, d, e)
match [1, 2, 3]:
    case [1, *_, 3]:
        print("starts with 1 ends with 3")
match [1, 2, 3, 4]:
    case [*init, 4]:
        print("init", init)
match ("cmd", "arg1", "arg2"):
    case ("cmd", *args):
        print("args", args)
