print(eval("1 + 2 * 3"), eval("[x * x for x in range(4)]"), eval("'abc'.upper()"))
ns = {"a": 10}
print(eval("a + 5", ns), eval("a * b", ns, {"b": 3}))
exec("c = a * 2\nd = c + 1", ns)
print(ns["c"], ns["d"], sorted(k for k in ns if k != "__builtins__"))
exec("def sq(x):\n    return x * x", ns)
print(ns["sq"](9))
code = compile("x + y", "<expr>", "eval")
print(type(code).__name__, code.co_filename, eval(code, {"x": 1, "y": 2}))
code2 = compile("for i in range(3):\n    out.append(i * i)", "<loop>", "exec")
out = []
exec(code2)
print(out)
single = compile("1 + 1", "<single>", "single")
print(type(single).__name__)
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError", e.msg, e.lineno)
try:
    exec("x = ")
except SyntaxError as e:
    print("SyntaxError", e.msg)
try:
    eval("undefined_name")
except NameError as e:
    print("NameError", e)
try:
    compile("x", "f", "bad-mode")
except ValueError as e:
    print("ValueError", e)
loc = {}
exec("y = 5", {}, loc)
print(loc)
print(eval("__builtins__ is not None"), eval("len('abcd')", {}))
def in_function():
    z = 7
    return eval("z + 1")
print(in_function())
