def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **rest}:
            return f"key {k} extra={rest}"
        case {"type": "scroll", "delta": int(d)} if d > 0:
            return f"scroll up {d}"
        case {"type": "scroll"}:
            return "scroll other"
        case {"type": t}:
            return f"unknown type {t}"
        case {}:
            return "empty or typeless mapping"
        case _:
            return "not a mapping"
events = [
    {"type": "click", "pos": (3, 4)},
    {"type": "click", "pos": [5, 6], "button": 1},
    {"type": "key", "key": "a", "mod": "shift"},
    {"type": "key", "key": 5},
    {"type": "scroll", "delta": 3},
    {"type": "scroll", "delta": -3},
    {"type": "resize"},
    {"other": 1},
    {},
    [("type", "click")],
]
for e in events:
    print(handle(e))
