# The built-in types called directly: range, list, tuple, dict, set,
# frozenset, int, float and str with positional arguments, their edge
# cases and errors; str methods and operators on the common paths.


def attempt(f, *args):
    try:
        r = f(*args)
    except Exception as e:
        print(f"{getattr(f, '__name__', f)}{args!r:.60} -> {type(e).__name__}: {e}")
    else:
        print(f"{getattr(f, '__name__', f)}{args!r:.60} = {r!r:.80}")


for args in [(), (5,), (2, 9), (9, 2, -3), (1, 10, 0), (1.5,), ("3",), (1, 2, 3, 4), (2**70,), (True,), (-5,)]:
    attempt(range, *args)
print(list(range(3, -7, -2)), range(0, 10**20, 7)[-1], range(5)[-1], range(2, 30, 4)[2:5])
try:
    range(1, x=2)
except TypeError as e:
    print("TypeError:", e)

for args in [(), ([1, 2],), ((3, 4),), ("ab",), (range(3),), ({1: 2, 3: 4},), (5,), ([1], [2]), (None,)]:
    attempt(list, *args)
    attempt(tuple, *args)
it = iter([5, 6])
print(list(it), tuple(it), tuple(iter("xy")), list(x for x in (1, 2)))
t = (1, 2)
print(tuple(t) is t, list(t) == [1, 2], type(tuple([])) is tuple, len(tuple()) == 0)
l1 = [1, [2]]
l2 = list(l1)
print(l2 == l1, l2 is l1, l2[1] is l1[1])
try:
    list(x=1)
except TypeError as e:
    print("TypeError:", e)
try:
    tuple(x=1)
except TypeError as e:
    print("TypeError:", e)

for args in [(), ({1: 2},), ([(1, 2), (3, 4)],), ([(1, 2, 3)],), ([1],), ("ab",), (5,), ({}, {}), ([[1, 2], "xy"],)]:
    attempt(dict, *args)
print(dict(a=1, b=2), dict([(1, 2)], c=3), dict({1: 2}, x=0))
d0 = {1: [2]}
d1 = dict(d0)
print(d1 == d0, d1 is d0, d1[1] is d0[1])

print(sorted(set("abca")), sorted(frozenset("abca")))
for args in [(), ([3, 1, 3],), ({1: 2},), (range(4),), (5,), ([[1]],), ([1], [2])]:
    attempt(set, *args)
    attempt(frozenset, *args)
f = frozenset([1])
print(frozenset(f) is f, set(f) == f, type(set(f)).__name__)
try:
    set(x=1)
except TypeError as e:
    print("TypeError:", e)
try:
    frozenset(x=1)
except TypeError as e:
    print("TypeError:", e)

for args in [(), (7,), (-7.9,), ("  42 ",), ("0x1f", 16), ("0x1f", 0), ("z", 36), ("12", 1), (3.5, 2), ("1_000",), ("abc",), (True,), (2**80,), ("", 10), (None,), (1, 2, 3)]:
    attempt(int, *args)
n = 12345678901234567890
print(int(n) is n, int(5) == 5, type(int(True)).__name__)
for args in [(), (2,), ("1e3",), (" -inf ",), ("nan",), ("x",), (None,), (1.25,), (2**1100,), (1, 2)]:
    attempt(float, *args)
x = 2.5
print(float(x) is x)
for args in [(), (1,), ([1, "a"],), (b"ab",), (b"ab", "ascii"), (b"\xff", "utf-8", "replace"), ("s",), (None,), (1, 2, 3, 4)]:
    attempt(str, *args)
s = "hello"
print(str(s) is s, str(x="y") if False else "-")
for args in [(1,), (1, 2)]:
    attempt(bool, *args)


class MyList(list):
    def __init__(self, *args):
        super().__init__(*args)
        self.extra = len(self)


class MyInt(int):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)


class MyRange:
    pass


ml = MyList([1, 2, 3])
print(type(ml).__name__, ml, ml.extra, type(MyInt(4)).__name__, MyInt(4))
try:
    MyRange(1)
except TypeError as e:
    print("TypeError:", e)
print(type(range).__name__, list.__call__([1]), type(set)(frozenset()) is frozenset)

# Strings: the common methods and operators.
words = "The quick  brown\tfox\njumps over the lazy dog".split()
print(words, "a,b,,c".split(","), "  lead trail  ".split(), "x".split("x"), "".split())
print("a b c d".split(None, 2), "a b c d".rsplit(None, 1), "one\ntwo\r\nthree\rfour".splitlines())
print("|".join(words), "".join([]), "-".join(["é", "ß", "日本"]), ", ".join(("a",)))
try:
    " ".join(["a", 1])
except TypeError as e:
    print("TypeError:", e)
try:
    " ".join(5)
except TypeError as e:
    print("TypeError:", e)
print("MiXeD Case ÀÉ".lower(), "MiXeD Case àé ß".upper(), "hELLO wORLD".capitalize(), "ÉCOLE".capitalize())
print("ΣΑΣ".lower(), "straße".casefold(), "HELLO".casefold(), "".lower(), "abc".capitalize(), "".capitalize())
print("...stop...".rstrip("."), "  pad  ".strip(), "xxhixx".lstrip("x"), "\t\n".strip() == "")
print("ab" + "cd", "é" + "a", "日" + "本", "ab" * 3, 2 * "xy", "ab" * 0, "ab" * -1, [1] * 2, 3 * (1,), [1] + [2], (1,) + (2,))
print("%d-%s-%r" % (5, "x", "y"), "%5.2f" % 3.14159, "%s" % [1], "%(a)s" % {"a": 1}, "100%%" % ())
try:
    "a" + 1
except TypeError as e:
    print("TypeError:", e)
try:
    "ab" * 2.0
except TypeError as e:
    print("TypeError:", e)
try:
    "%d" % "x"
except TypeError as e:
    print("TypeError:", e)
try:
    [1] + (2,)
except TypeError as e:
    print("TypeError:", e)
acc = "a"
acc += "b"
acc *= 2
tt = (1,)
tt += (2,)
ll = [1]
alias = ll
ll += [2]
ll *= 2
print(acc, tt, ll, alias is ll)


class S(str):
    def __radd__(self, other):
        return "radd"

    def __rmod__(self, other):
        return "rmod"


print("x" + S("y"), "%s" % S("z"), S("a") + "b")
counts = {}
for w in "b a b c b a".split():
    counts[w] = counts.get(w, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])), len("日本語"), len({1, 2}), len(frozenset()))


# A list or tuple subclass with its own __iter__ is iterated.
class IterList(list):
    def __iter__(self):
        return iter([9, 9])


class IterTuple(tuple):
    def __iter__(self):
        return iter([7])


il, it2 = IterList([1, 2]), IterTuple((1, 2))
grown = [0]
grown.extend(il)
il.extend(il)
print(list(il), tuple(il), sorted(set(il)), grown, len(il), list(it2), tuple(it2), [*il])

# Identities CPython keeps: a str or tuple repeated once, concatenation
# with an empty operand.
s1, t1 = "abc", (1, 2)
print(s1 * 1 is s1, 1 * s1 is s1, t1 * 1 is t1, t1 + () is t1, () + t1 is t1, "" + s1 is s1)
