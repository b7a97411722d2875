# `+` on lists, tuples and strs: new objects, identity of empty operands,
# subclasses' overrides, mixed types' errors, in-place forms.
a, b = [1, 2], [3]
c = a + b
print(c, c is a, c is b)
e = ()
t = (1, 2)
print(t + e is t, e + t is t, (t + (3,)), () + () is ())
s = "ab"
print(s + "" is s, "" + s is s, s + "cd")


class L(list):
    def __add__(self, other):
        return "L.__add__"

    def __radd__(self, other):
        return "L.__radd__"


class S(str):
    pass


print(L([1]) + [2], [2] + L([1]), type(S("x") + S("y")).__name__, S("x") + "y")
for x, y in [([1], (2,)), ((1,), [2]), ("a", 1), ([1], "a")]:
    try:
        print(x + y)
    except TypeError as err:
        print("TypeError", err)
acc = []
for i in range(3):
    acc = acc + [i]
    acc += [i * 10]
print(acc)
words = ""
for w in ("x", "y", "z"):
    words = words + w
print(words)
