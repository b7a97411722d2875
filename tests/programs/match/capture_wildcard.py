def f(x):
    match x:
        case 0:
            return "zero"
        case int(n) if n < 0:
            return f"negative {n}"
        case n:
            return f"captured {n}"
for v in [0, -5, 7, "s"]:
    print(f(v))
match 42:
    case _:
        print("wildcard always matches")
match [1, 2]:
    case [_, _]:
        print("two wildcards")
val = "unchanged"
match 99:
    case val:
        pass
print("val is now", val)
