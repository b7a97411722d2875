# Unpacking lists and storing list items by index: exact sizes, wrong sizes,
# negative and out-of-range indexes, list subclasses, bools as indexes.
rows = [[1, 2, 3], [4, 5], [6, 7, 8, 9], (10, 11, 12)]
for row in rows:
    try:
        a, b, c = row
        print("unpacked", a, b, c)
    except ValueError as e:
        print("ValueError", e)


class L(list):
    def __setitem__(self, i, v):
        print("L.__setitem__", i, v)
        super().__setitem__(i, v)


v = [0.0, 0.0, 0.0]
for i in range(6):
    try:
        v[i - 3] += 1.5
    except IndexError as e:
        print("IndexError", e)
print(v)
for key in (True, False, -1, 2, 3, -4, 10**20):
    try:
        v[key] = key
        print("set", key, v)
    except IndexError as e:
        print("IndexError", key, e)
try:
    v["x"] = 1
except TypeError as e:
    print("TypeError", e)
w = L([1, 2])
w[0] = "a"
w[-1] = "b"
print(w)
pairs = [([1.0, 2.0], [3.0, 4.0])] * 3
total = 0.0
for (x1, y1), (x2, y2) in pairs:
    total += x1 * x2 + y1 * y2
print(total)
