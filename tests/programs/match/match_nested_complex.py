def process(msg):
    match msg:
        case {"op": "batch", "items": [*items]}:
            return [process(i) for i in items]
        case {"op": "add", "args": [int(a), int(b)]}:
            return a + b
        case {"op": "concat", "args": [str(a), *rest]} if all(isinstance(r, str) for r in rest):
            return a + "".join(rest)
        case {"op": "neg", "arg": int(a) | float(a)}:
            return -a
        case {"op": op}:
            return f"bad args for {op}"
        case _:
            return "invalid"
msgs = [
    {"op": "add", "args": [2, 3]},
    {"op": "add", "args": [2, "3"]},
    {"op": "concat", "args": ["a", "b", "c"]},
    {"op": "neg", "arg": 2.5},
    {"op": "batch", "items": [{"op": "add", "args": [1, 1]}, {"op": "neg", "arg": 4}, {"op": "nope"}]},
    "garbage",
]
for m in msgs:
    print(process(m))
