# Errors while sorting: comparisons that raise or are unsupported, key
# functions that fail, lists changed by a comparison, and which comparisons
# a sort makes (its order is CPython's timsort's, step for step).


class Tracked:
    """A value whose comparisons are logged and may raise at call N."""

    log = []
    fail_at = None

    def __init__(self, value, tag):
        self.value = value
        self.tag = tag

    def __lt__(self, other):
        Tracked.log.append(f"{self.tag}<{other.tag}")
        if len(Tracked.log) == Tracked.fail_at:
            raise ValueError(f"compare {len(Tracked.log)} failed")
        return self.value < other.value

    def __repr__(self):
        return f"{self.tag}{self.value}"


def tracked(values):
    return [Tracked(v, chr(ord("a") + i)) for i, v in enumerate(values)]


def run(values, fail_at=None, **kwargs):
    items = tracked(values)
    Tracked.log, Tracked.fail_at = [], fail_at
    try:
        items.sort(**kwargs)
        outcome = "ok"
    except ValueError as e:
        outcome = f"ValueError: {e}"
    print(outcome, items, " ".join(Tracked.log))


# The comparisons made, and the order an error leaves behind.
run([3, 1, 2])
run([1, 2, 3, 4, 0])
run([5, 4, 4, 3, 1, 2])
run([2, 2, 1, 1, 0], reverse=True)
run([4, 1, 3, 1, 2, 5], fail_at=3)
run([4, 1, 3, 1, 2, 5], fail_at=6)
run([4, 1, 3, 1, 2, 5], fail_at=4, reverse=True)
for fail_at in (50, 400, 1200):
    items = tracked([(i * 37) % 101 for i in range(300)])
    Tracked.log, Tracked.fail_at = [], fail_at
    try:
        items.sort()
    except ValueError as e:
        print(e, [t.value for t in items][:12], len(items))

# Unsupported comparisons name the operands in the order compared.
for bad in ([1, "a"], ["a", 1], [1, 2, None], [(1, 2), (1, "x")], [2.5, "x", 1],
            [[1], (1,)], [{1}, {2}, 3], [1j, 2j]):
    try:
        print(sorted(bad))
    except TypeError as e:
        print("TypeError:", e)
print(sorted([{1, 2}, {1}, {3}]))

# An error in the key function stops before any comparison; the list is kept.
calls = []


def key(x):
    calls.append(x)
    if x == 3:
        raise KeyError(x)
    return -x


items = [5, 1, 3, 2]
try:
    items.sort(key=key, reverse=True)
except KeyError as e:
    print("KeyError", e, items, calls)
calls.clear()
print(sorted([2, 1, 4], key=key, reverse=True), calls)
try:
    sorted([7], key=lambda x: 1 / 0)
except ZeroDivisionError as e:
    print("one item still gets its key:", e)
print(sorted([], key=lambda x: 1 / 0), sorted([7]))

# A comparison that changes the list being sorted.
victim = []


class Meddler:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print("during sort the list is", victim)
        victim.append(self.v)
        return self.v < other.v

    def __repr__(self):
        return f"M{self.v}"


victim.extend([Meddler(2), Meddler(1)])
try:
    victim.sort()
except ValueError as e:
    print("ValueError:", e, victim)


class Raiser:
    def __lt__(self, other):
        raise RuntimeError("no order")


try:
    sorted([Raiser(), Raiser()])
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    sorted([(1, Raiser()), (1, Raiser())])
except RuntimeError as e:
    print("RuntimeError from second items:", e)
print(sorted([(1, Raiser()), (0, Raiser())], key=lambda t: t[0]) is not None)
