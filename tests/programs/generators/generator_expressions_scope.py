x = 10
g = (x + i for i in range(3))
x = 100
print(list(g))
funcs = [(lambda: i) for i in range(3)]
print([f() for f in funcs])
class C:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
    try:
        total = sum(v + len(vals) for v in vals)
    except NameError as e:
        total = "NameError: " + str(e)
print(C.doubled, C.total)
gens = [(i * j for j in range(3)) for i in range(3)]
print([list(g) for g in gens])
outer = [1, 2]
g2 = (a for a in outer)
outer = [3, 4]
print(list(g2))
