def classify(p):
    match p:
        case (x, y) if x == y:
            return "diagonal"
        case (x, y) if x == -y:
            return "anti-diagonal"
        case (x, _) if x > 0:
            return "right half"
        case (x, y):
            return f"other {x},{y}"
for p in [(1, 1), (2, -2), (3, 0), (-1, 5)]:
    print(p, classify(p))
calls = []
def check(v):
    calls.append(v)
    return v > 2
for v in [1, 3]:
    match v:
        case n if check(n):
            print("guard true", n)
        case n:
            print("guard false", n)
print(calls)
match [1, 2, 3]:
    case [a, *rest] if sum(rest) > 10:
        print("big rest")
    case [a, *rest] if (total := sum(rest)):
        print("rest total", total, "a", a)
