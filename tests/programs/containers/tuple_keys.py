d = {(1, 2): 'a', (1, 'x'): 'b', ((1,), 2): 'c', (1.5, 2): 'd', (True, 2): 'e', (): 'f'}
for k in [(1, 2), (1, 'x'), ((1,), 2), (1.5, 2), (1, 2.0), (True, 2), (1.0, 2), (), (2, 1), ('x', 1)]:
    print(k, d.get(k, '-'), k in d)
class K(tuple):
    pass
print(d.get(K((1, 2)), '-'))
n = float('nan'); s = {(n, 1)}; print((n, 1) in s, (float('nan'), 1) in s)
counts = {}
for x in range(50):
    for y in range(3):
        counts[(x % 7, y)] = counts.get((x % 7, y), 0) + 1
print(sorted(counts.items())[:5], len(counts))
