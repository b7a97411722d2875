def f(x):
    match x:
        case 1:
            return "one"
        case [y]:
            return f"list of {y}"
    return "fell through"
print(f(1), f([5]), f(2), f([1, 2]))
x = "before"
match [1, 2]:
    case [x, 3]:
        print("no")
    case _:
        pass
print("x after failed match:", x)
match 10:
    case 1:
        print("never")
print("no case matched, no error")
def classify(v):
    match v:
        case int() if v > 0:
            kind = "positive int"
        case int():
            kind = "non-positive int"
        case str():
            kind = "string"
        case _:
            kind = "something else"
    return kind
for v in [5, 0, -3, "s", 2.5, None, [1]]:
    print(repr(v), classify(v))
