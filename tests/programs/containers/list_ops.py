a = [1, 2, 3]
b = [4, 5]
print(a + b, a * 2, 2 * b, [0] * 0, [[0] * 2] * 2)
grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid)
grid = [[0] * 3 for _ in range(3)]
grid[0][0] = 1
print(grid)
a += b
print(a)
alias = a
a += [6]
print(alias is a, alias)
a = a + [7]
print(alias is a, alias, a)
print([1, 2] == [1, 2], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 9])
print(3 in a, 30 in a, len(a), min(a), max(a), sum(a))
print(list("abc"), list(range(3)), list((1, 2)), list({"k": 1}), list())
nested = [[1, [2, 3]], [4]]
print(nested[0][1][0], len(nested))
try:
    [1] + (2,)
except TypeError as e:
    print("TypeError", e)
try:
    [1, "a"].sort()
except TypeError as e:
    print("TypeError", e)
l = [1, 2]
l.append(l)
print(l)
try:
    [1][1]
except IndexError as e:
    print("IndexError", e)
try:
    key = "x"
    [1][key]
except TypeError as e:
    print("TypeError", e)
