# Sorting lists whose keys are all ints, floats, strs or tuples (compared
# without the rich-comparison protocol), and the mixed lists that are not.


def lcg(seed):
    """Deterministic pseudo-random numbers."""
    while True:
        seed = (seed * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        yield seed >> 33


def digest(items):
    """A short fingerprint of a long list's repr."""
    h = 0
    for c in repr(items):
        h = (h * 131 + ord(c)) % (1 << 61)
    return h


nan = float("nan")
inf = float("inf")

# Small ints, big ints, both, and ints mixed with floats.
print(sorted([5, -3, 0, 2**62, -(2**63), 7, 7, -1]))
print(sorted([10**30, -5, 3, -(10**40), 2**64, 2**64 - 1, 0]))
print(sorted([3, 2.5, -1, 10**20, 1e20, 2**53 + 1, float(2**53), -inf, True]))
print(sorted([1, 1.0, 1, 1.0], reverse=True), sorted([0.0, -0.0, 0, False]))

# Floats with NaNs: NaN is neither smaller nor larger, so it splits runs.
print(sorted([3.0, nan, 1.0, 2.0]), sorted([nan, 2.0, 1.0]), sorted([2.0, 1.0, nan, 0.5]))
print(sorted([1.5, -inf, inf, -0.0, 0.0, 2.25]))
g = lcg(1)
floats = [nan if next(g) % 9 == 0 else (next(g) % 200) / 8 for _ in range(300)]
print(digest(sorted(floats)), digest(sorted(floats, reverse=True)))
print(sorted([1, nan, 0, 2.5, nan, -3]))

# Strs: code point order, one byte per character or wider.
print(sorted(["pear", "Apple", "apple", "", "ápple", "pea", "pear "]))
print(sorted(["b", "aé", "a\U0001F600", "aΣ", "a", "A", "a\x00"]))
print(sorted(["zeta", "Ωmega", "alpha", "ΑLPHA", "😀", "~"], reverse=True))

# Tuples: by first items, then by the rest when the first are equal.
rows = [(2, "b", 1.5), (1, "z"), (2, "a", 9), (1, "z", 0), (2, "b"), (0,), (1, "a")]
print(sorted(rows))
print(sorted([(nan, 1), (1.0, 2), (nan, 0), (0.5, 3)]))
same = (nan, 0)
print(sorted([(nan, 2), same, (nan, 1), same]))
print(sorted([("b", 2), ("a", 3), ("b", 1), ("a", 1)], reverse=True))
print(sorted([((1, 2), "x"), ((1, 1), "y"), ((0, 9), "z")]))
print(sorted([(1, 2.5), (1.0, 2), (True, 0), (0.5, 1)]))
print(sorted([(), (1,), (0, 0), ()]))

# Stability, with reverse=True too: equal keys keep their original order.
people = [("ann", 31), ("bob", 25), ("cid", 31), ("dan", 25), ("eve", 40), ("fay", 31)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
by_age = sorted(people, key=lambda p: -p[1])
print(by_age == sorted(people, key=lambda p: p[1], reverse=True))
print(sorted([3, 1, 2, 1.0, 3.0, 2.0], reverse=True))
words = "the quick brown fox jumps over the lazy dog and THE end".split()
print(sorted(words, key=len), sorted(words, key=str.lower, reverse=True))
print(sorted(words, key=lambda w: (len(w), w.lower())))

# Long lists of each kind against a key-based order.
g = lcg(7)
ints = [next(g) % 1000 - 500 for _ in range(2000)]
print(digest(sorted(ints)), sorted(ints)[:5], sorted(ints, reverse=True)[:5])
print(sorted(ints) == sorted(ints, key=lambda x: x * 10**30))
print(sorted(ints, key=abs)[:8], sorted(ints, key=abs, reverse=True)[:8])
texts = ["w%03d" % (x % 300) for x in ints]
print(digest(sorted(texts)), sorted(texts)[:4])
pairs = [(x % 7, t) for x, t in zip(ints, texts)]
print(digest(sorted(pairs)), sorted(pairs)[:3], sorted(pairs, reverse=True)[:3])
indexed = sorted(range(len(ints)), key=lambda i: ints[i] % 10)
print(all(ints[a] % 10 < ints[b] % 10 or (ints[a] % 10 == ints[b] % 10 and a < b)
          for a, b in zip(indexed, indexed[1:])))

# Already sorted, descending (reversed in place), and sawtooth inputs.
print(sorted(range(10, 0, -1)), sorted([3, 3, 2, 2, 1, 1, 0]))
saw = [i % 50 for i in range(500)]
print(digest(sorted(saw)), sorted(saw) == sorted(saw, key=lambda x: (x,)))
print(digest(sorted(list(range(400)) + list(range(200)))))

# Subclasses and bools go through the protocol.
class Int(int):
    def __lt__(self, other):
        print("Int.__lt__", int(self), int(other))
        return int(self) < int(other)


print(sorted([Int(3), Int(1), Int(2)]))
print(sorted([True, 2, False, -1]), sorted([(True, "b"), (1, "a"), (0, "c")]))
l = [4, 1, 3]
print(l.sort(), l, l.sort(reverse=True), l)
