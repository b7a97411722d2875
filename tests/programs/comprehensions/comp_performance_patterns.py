N = 2000
squares = [i * i for i in range(N)]
print(len(squares), squares[-1], sum(squares))
lookup = {i: i * i for i in range(N)}
print(sum(lookup[i] for i in range(0, N, 7)))
seen = set()
dups = [x for x in [i % 97 for i in range(500)] if x in seen or seen.add(x)]
print(len(dups), len(seen))
grid = [[(r * c) % 10 for c in range(50)] for r in range(50)]
print(sum(map(sum, grid)), grid[7][13], max(max(row) for row in grid))
transposed = [list(col) for col in zip(*grid)]
print(transposed == [[grid[r][c] for r in range(50)] for c in range(50)])
