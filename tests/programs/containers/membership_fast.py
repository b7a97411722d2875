# Membership in the built-in containers: int, str, tuple, float and NaN keys,
# unhashable keys' errors, and keys whose == runs Python code.

nan = float("nan")
ints = {0, 1, -1, -2, 2**61 - 1, 2**61, -(2**61), 2**64, 255, 256, 257}
print(sorted(x in ints for x in [0, 1, -1, -2, 2**61 - 1, 2**61, 2**64, 3, 256, 1.0, True, False]))
print([x in ints for x in [0, 1, -1, -2, 2**61 - 1, 2**61, 2**64, 3, 256, 1.0, True, False, 0.0]])
print([hash(x) for x in [-1, -2, 2**61 - 1, 2**61, 2**61 + 5, -(2**61), 2**64, -(2**64) - 3]])

strs = {"a", "bc", "", "déf", "日本", "x" * 50}
print(["a" in strs, "b" in strs, "" in strs, "déf" in strs, "日本" in strs, "x" * 50 in strs, 1 in strs])

pairs = {(1, 2), (3, "a"), ((1, 2), 3), (1.5, 2)}
print([(1, 2) in pairs, (2, 1) in pairs, (3, "a") in pairs, ((1, 2), 3) in pairs, (1.5, 2) in pairs, (1, 2.0) in pairs])

floats = {1.5, 0.0, nan, -0.0, float("inf")}
print([1.5 in floats, 0 in floats, nan in floats, float("nan") in floats, -0.0 in floats, float("inf") in floats])
print([nan in [nan], float("nan") in [nan], nan in (nan,), float("nan") in (float("nan"),)])
print([nan in {nan: 1}, float("nan") in {nan: 1}, nan in frozenset([nan])])

d = {1: "one", "two": 2, (3, 4): 34, 5.0: "five", None: 0}
print([1 in d, 1.0 in d, True in d, "two" in d, (3, 4) in d, 5 in d, None in d, "one" in d])
print([k in d.keys() for k in (1, "two", 7)], [v in d.values() for v in ("one", 2, 9)])
print([(1, "one") in d.items(), (1, "uno") in d.items()])

lst = [1, "a", (1, 2), 2.5, None, [3]]
print([x in lst for x in [1, 1.0, True, "a", "b", (1, 2), 2.5, None, [3], [4]]])
tup = tuple(lst)
print([x in tup for x in [1, 1.0, "a", (1, 2), [3], 0]])

text = "hello world"
print(["lo w" in text, "" in text, "xyz" in text, "h" in "", "" in ""])
for bad in (1, None, ["a"]):
    try:
        bad in text
    except TypeError as e:
        print("TypeError:", e)

r = range(0, 20, 3)
print([x in r for x in [0, 3, 4, 18, 21, -3, 3.0, True, False, 6.5]])
print([x in range(10, 0, -2) for x in [10, 2, 1, 0, 11]])
print(2**70 in range(2**71), 2**70 + 1 in range(0, 2**71, 2))

for container in ({1}, frozenset({1}), {1: 2}):
    for key in ([1], {2}, {3: 4}):
        try:
            key in container
        except TypeError as e:
            print(type(container).__name__, "TypeError:", e)
print({1, 2} in {frozenset({1, 2})}, set() in {frozenset()}, {3} in {frozenset({1})})
try:
    {1: 2}[[1]]
except TypeError as e:
    print("TypeError:", e)
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
try:
    {[1], 2}
except TypeError as e:
    print("TypeError:", e)
try:
    set().add({})
except TypeError as e:
    print("TypeError:", e)
try:
    hash(([],))
except TypeError as e:
    print("TypeError:", e)
try:
    {(1, [2]): 3}
except TypeError as e:
    print("TypeError:", e)


class Key:
    calls = 0

    def __init__(self, v):
        self.v = v

    def __hash__(self):
        Key.calls += 1
        return hash(self.v)

    def __eq__(self, other):
        return self.v == (other.v if isinstance(other, Key) else other)


s = {1, 2, 3}
print(Key(2) in s, Key(5) in s, 2 in {Key(2)}, Key(2) in {Key(2)}, Key(2) in [1, 2], Key(2) in (2,))
t = (Key(1), 2)
h1, h2 = hash(t), hash(t)
print(h1 == h2, Key.calls)
print({t: 1}[t], t in {t})


class Sub(int):
    pass


print(Sub(3) in {3}, 3 in {Sub(3)}, Sub(3) in [3], Sub(3) in range(5))

# A set that loses and regains members keeps answering right (dummies).
s = set()
for i in range(200):
    s.add(i)
    if i % 3:
        s.remove(i)
print(len(s), sum(s), [i in s for i in range(0, 12)])
s.discard(3)
s.discard(1000)
print(len(s), 3 in s, 6 in s)
try:
    s.remove(1000)
except KeyError as e:
    print("KeyError:", e)
try:
    s.remove([1])
except TypeError as e:
    print("TypeError:", e)
print(sorted({-1, -2, -3}), -1 in {-2}, -2 in {-1})
