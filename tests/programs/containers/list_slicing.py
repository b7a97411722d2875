l = list(range(10))
print(l[2:7], l[::3], l[::-1], l[-4:-1], l[7:2:-2], l[:100])
m = l[:]
m[2:5] = ["a", "b"]
print(m)
m[1:1] = [9, 9, 9]
print(m)
m[::2] = [0] * len(m[::2])
print(m)
del m[1::2]
print(m)
try:
    m[::2] = [1, 2, 3, 4, 5, 6, 7]
except ValueError as e:
    print("ValueError", e)
n = list(range(5))
n[len(n):] = [5, 6]
n[:0] = [-1]
print(n)
n[-2:] = []
print(n)
print(l[slice(None, None, -3)], l[slice(2)], slice(1, 5, 2), slice(3))
print(slice(1, 10, 2).indices(5), slice(None, None, -1).indices(4))
try:
    l[::0]
except ValueError as e:
    print("ValueError", e)
