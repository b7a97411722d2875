def kind(x):
    match x:
        case bool(b):
            return f"bool {b}"
        case int(n) if n > 100:
            return f"big int {n}"
        case int(n):
            return f"int {n}"
        case float(f):
            return f"float {f}"
        case str() as s if not s:
            return "empty str"
        case str(s):
            return f"str {s!r}"
        case list([x, y]):
            return f"pair list {x},{y}"
        case tuple(t):
            return f"tuple {t}"
        case dict(d):
            return f"dict with {len(d)} keys"
        case bytes(b):
            return f"bytes {b}"
        case set() | frozenset():
            return "some set"
        case None:
            return "None"
        case _:
            return f"other {type(x).__name__}"
for v in [True, 5, 500, 1.5, "", "s", [1, 2], [1, 2, 3], (1,), {"a": 1}, b"x", {1}, frozenset(), None, 1j]:
    print(kind(v))
