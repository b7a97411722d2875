def evaluate(expr, env):
    match expr:
        case int() | float():
            return expr
        case str(name):
            return env[name]
        case ("+", a, b):
            return evaluate(a, env) + evaluate(b, env)
        case ("*", a, b):
            return evaluate(a, env) * evaluate(b, env)
        case ("-", a):
            return -evaluate(a, env)
        case ("let", str(name), value, body):
            return evaluate(body, {**env, name: evaluate(value, env)})
        case ("if", cond, then, other):
            return evaluate(then if evaluate(cond, env) else other, env)
        case ("call", fn, *args):
            return env[fn](*(evaluate(a, env) for a in args))
        case _:
            raise ValueError(f"bad expression {expr!r}")
env = {"x": 10, "max": max}
programs = [
    5, "x", ("+", 1, 2), ("*", ("+", "x", 1), 3), ("-", "x"),
    ("let", "y", 5, ("*", "y", "y")), ("if", 0, 1, 2), ("if", "x", ("+", "x", "x"), 0),
    ("call", "max", 1, "x", 7), ("let", "z", ("-", 3), ("call", "max", "z", -10)),
]
for p in programs:
    print(p, "=>", evaluate(p, env))
try:
    evaluate(("?", 1), env)
except ValueError as e:
    print("ValueError", e)
