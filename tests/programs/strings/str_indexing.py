s = "abcdefghij"
print(s[0], s[-1], s[3], s[-3])
print(s[2:5], s[:3], s[7:], s[-3:], s[:-3], s[::2], s[1::3], s[::-1], s[8:2:-2], s[100:], s[-100:2])
print(s[2:2], s[5:1], repr(s[10:]))
try:
    s[10]
except IndexError as e:
    print("IndexError", e)
try:
    s["a"]
except TypeError as e:
    print("TypeError", e)
try:
    s[0] = "z"
except TypeError as e:
    print("TypeError", e)
print(len(s), len(""), min(s), max(s), sorted("hello"), list("abc"))
print(s[slice(1, 8, 3)], slice(1, 8, 3).indices(len(s)))
for i, c in enumerate("héllo"):
    print(i, c, ord(c))
u = "日本語テキスト"
print(u[1:4], u[::-1], len(u), u.encode("utf-8")[:6])
