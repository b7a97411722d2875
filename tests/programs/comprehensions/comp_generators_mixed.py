def gen(n):
    for i in range(n):
        yield i
print([x for x in gen(5)], [y for x in gen(3) for y in gen(x)])
print(sum(x for x in gen(10) if x % 2), {x: list(gen(x)) for x in gen(3)})
pipeline = (x * 2 for x in (y + 1 for y in gen(5)))
print(list(pipeline))
print([list(g) for g in [(i for i in range(k)) for k in range(3)]])
flat = [x for sub in ([1, 2], (3,), gen(2)) for x in sub]
print(flat)
