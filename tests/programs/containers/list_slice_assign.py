# Slice assignment: same-length slices stored in place, resizing ones,
# extended slices, aliasing and errors.

l = list(range(8))
l[2:5] = ["a", "b", "c"]
print(l)
l[::-1] = l
print(l)
l[:] = l
print(l)
l[0::3] = l[1::3]
print(l)
l[5:2] = [9]
print(l)
l[5:2:-1] = "xyz"
print(l)
l[:3] = []
print(l)
l[-2:] = range(4)
print(l)
l[len(l):] = (1, 2)
print(l)
l[100:200] = [0]
print(l)
l[-100:1] = [None, None]
print(l)

p = [3, 1, 4, 1, 5]
for k in range(len(p)):
    p[: k + 1] = p[k::-1]
    print(p)
p[:3] = p[1:3] + p[:1]
print(p)

for bad in ([1, 2], "abcd", ()):
    try:
        l[::2] = bad
    except ValueError as e:
        print(type(e).__name__, e)
try:
    l[::0] = []
except ValueError as e:
    print(e)
try:
    l[1:2] = 5
except TypeError as e:
    print(e)
try:
    l[::2] = 5
except TypeError as e:
    print(e)


class Box:
    def __init__(self, name):
        self.name = name


n = [Box("a"), Box("b"), Box("c")]
n[0:2] = [Box("d"), Box("e")]
print([x.name for x in n])
n[::-1] = [n[2], n[1], n[0]]
print([x.name for x in n])
n[1:] = [Box("f")]
print([x.name for x in n])
first = n[0]
n[0] = first
n[:] = n[::-1] + n
print([x.name for x in n], n[1] is first)

# Bounds: bools, __index__, huge ints, and non-integers.
a = [0, 1, 2, 3, 4]
a[1:2] = a
print(a)


class I:
    def __index__(self):
        return 1


print(a[True:], a[False::True], a[I() :], a[:: I()], a[10**30 :], a[-(10**30) : 2])
a[I() : 10**30] = "xy"
print(a)
for bad in (1.0, "1"):
    try:
        a[bad:]
    except TypeError as e:
        print(e)
print(a + a[::-1] + [], [] + a[:0])
