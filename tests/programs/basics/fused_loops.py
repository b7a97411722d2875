# Loops whose bodies end in a store or a discarded value before jumping
# back, pairs unpacked into two locals, and generators resumed after a
# yield whose value is unused.


def pairs(items):
    total = 0
    for a, b in items:
        total += a * b
    return total


print(pairs([(1, 2), (3, 4)]), pairs([[5, 6], [7, 8]]), pairs(["ab", "cd"] * 0))
print(pairs(iter([(i, i + 1) for i in range(5)])))
print(pairs({1: 2, 3: 4}.items()), pairs(zip(range(3), range(3, 6))))


def bad_pairs(items):
    for a, b in items:
        pass


for items in [[(1,)], [(1, 2, 3)], [5], ["abc"]]:
    try:
        bad_pairs(items)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)


def same_target(t):
    a, a = t
    return a


print(same_target((1, 2)), same_target([3, 4]))


class Pair:
    def __iter__(self):
        yield "x"
        yield "y"


def custom():
    a, b = Pair()
    return a + b


print(custom())


def store_then_loop(n):
    last = None
    i = 0
    while i < n:
        last = i * 2
        i += 1
    out = []
    for j in range(n):
        out.append(j)
    return last, out


print(store_then_loop(4))


def gen():
    total = 0
    for i in range(3):
        yield i
        total += i
    yield total


g = gen()
print(list(g))


def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            break
        received.append(x)
    yield received


e = echo()
next(e)
print(e.send(1), e.send(2), next(e))
