pairs = [(17, 5), (-17, 5), (17, -5), (-17, -5), (0, 3), (5, 10), (10**20, 3), (-(10**20), 7)]
for a, b in pairs:
    print(f"{a} / {b} = {a / b!r}; // = {a // b}; % = {a % b}; divmod = {divmod(a, b)}")
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (1e300, 1e-300), (0.3, 0.1)]:
    print(a, b, a // b, a % b)
for a, b in [(5, 0), (5.0, 0), (5, 0.0), (0, 0)]:
    for op in ("/", "//", "%"):
        try:
            eval(f"{a} {op} {b}")
        except ZeroDivisionError as e:
            print(a, op, b, "->", e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("divmod", e)
