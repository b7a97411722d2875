print(len("abc"), len([1, 2]), len({}), len(range(10, 0, -3)), len(b"xy"), len({1, 2, 3}))
print(list(range(5)), list(range(2, 8, 2)), list(range(5, 0, -1)))
print(list(enumerate("abc")), list(enumerate("abc", start=5)), list(enumerate([], 1)))
e = enumerate(["x", "y"])
print(next(e), next(e), next(e, "end"))
for i, (a, b) in enumerate(zip("ab", "cd")):
    print(i, a, b)
class L:
    def __len__(self):
        return 7
print(len(L()))
try:
    len(5)
except TypeError as e:
    print("TypeError", e)
try:
    enumerate(5)
except TypeError as e:
    print("TypeError", e)
