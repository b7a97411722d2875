# Comparisons that decide jumps (if/while/and/or/assert/comprehension
# filters): ints, floats, big ints, mixed kinds, rich comparisons returning
# non-bools, and __bool__ raising.


class Truthy:
    def __init__(self, value):
        self.value = value

    def __bool__(self):
        print("bool", self.value)
        return self.value


class Odd:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return Truthy(self.v < other.v)

    def __eq__(self, other):
        return Truthy(self.v == other.v)


class Broken:
    def __bool__(self):
        raise ValueError("no truth")


class Cmp:
    def __gt__(self, other):
        return Broken()


def classify(a, b):
    if a < b:
        return "lt"
    elif a == b:
        return "eq"
    return "gt"


for a, b in [(1, 2), (2, 2), (3, 2), (1.5, 2), (2, 1.5), (2.0, 2), (10**30, 10**30 + 1),
             (-(2**63), 2**63), (float("nan"), 1.0), (True, 2), ("a", "b"), ((1, 2), (1, 3))]:
    print(a, b, classify(a, b))

print(classify(Odd(1), Odd(2)), classify(Odd(2), Odd(2)), classify(Odd(3), Odd(2)))

n, steps = 0, 0
while n < 10**20:
    n = n * 7 + 1
    steps += 1
print("steps", steps)

xs = [i for i in range(20) if i % 3 == 0 if i != 9]
print(xs)
print([x for x in (0.5, 1, 2.5, 3) if 1 <= x < 3])

try:
    if Cmp() > 1:
        print("never")
except ValueError as e:
    print("ValueError", e)

try:
    if 1 < "x":
        print("never")
except TypeError as e:
    print("TypeError", e)


def chained(v):
    return 0 < v < 10 and v != 5


print([chained(v) for v in (-1, 0, 1, 5, 9, 10)])

i = 0
total = 0
while True:
    i += 1
    if i > 1000:
        break
    if i % 2:
        continue
    total += i
print(total)
