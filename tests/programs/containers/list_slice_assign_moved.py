# Slice assignment from a list nobody else holds (its items are moved)
# and from lists that are shared, aliased or subclassed.

perm = [0, 1, 2, 3, 4, 5]
flipped = perm[:]
flipped[:4] = flipped[3::-1]
print(flipped, perm)
perm[:3] = perm[1:3] + perm[:1]
print(perm)

shared = [7, 8, 9]
a = [1, 2, 3, 4]
a[1:3] = shared
shared.append(10)
print(a, shared)

a[:] = a
print(a)
a[::2] = [x * 10 for x in a[::2]]
print(a)
try:
    a[::2] = [1, 2, 3, 4, 5]
except ValueError as e:
    print("ValueError:", e)
print(a)


class L(list):
    def __iter__(self):
        return iter([42])


a[:2] = L([5, 6])
print(a)

big = [object() for _ in range(3)]
b = [0] * 5
b[1:4] = [big[0], big[1], big[2]]
print(b[1] is big[0], b[3] is big[2], len(b))
b[1:4] = []
print(b)
