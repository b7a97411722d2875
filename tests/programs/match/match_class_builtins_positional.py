for v in [0, 1, 2.0, "x", [1], (2, 3), {"k": 1}, None, b"b"]:
    match v:
        case int(0):
            r = "int zero"
        case int(n) | float(n):
            r = f"number {n}"
        case str(s) | bytes(s):
            r = f"text {s!r}"
        case list([x]):
            r = f"one-item list {x}"
        case tuple((a, b)):
            r = f"pair {a} {b}"
        case dict({"k": val}):
            r = f"dict k={val}"
        case _:
            r = "other"
    print(repr(v), "->", r)
class P:
    __match_args__ = ("a",)
    def __init__(self, a):
        self.a = a
match P(P(3)):
    case P(P(a=x)):
        print("nested class pattern", x)
print(P.__match_args__, int.__match_args__ if hasattr(int, "__match_args__") else "no __match_args__ on int")
