configs = [
    {"name": "a", "debug": True, "level": 3},
    {"name": "b"},
    {"name": "c", "extra": [1, 2]},
    {"level": 1},
]
for c in configs:
    match c:
        case {"name": n, "debug": True, **rest}:
            print(n, "debug on, rest", rest)
        case {"name": n, **rest} if not rest:
            print(n, "only a name")
        case {"name": n, **rest}:
            print(n, "rest keys", sorted(rest))
        case {**everything}:
            print("no name", everything)
class Custom(dict):
    pass
match Custom(x=1):
    case {"x": v}:
        print("dict subclass matched", v)
match {"a": 1, "b": 2}:
    case {"a": 1}:
        print("extra keys are fine in mapping patterns")
