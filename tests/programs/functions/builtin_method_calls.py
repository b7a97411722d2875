l = []
for i in range(5):
    l.append(i)
print(l, list.append(l, 9), l)
try:
    list.append((1,), 2)
except TypeError as e:
    print(e)
try:
    list.append()
except TypeError as e:
    print(e)
try:
    l.append()
except TypeError as e:
    print(e)
d = {}
print(dict.get(d, 1, 2), d.get(3), str.upper("ab"), "a-b".split("-"))
try:
    str.upper(1)
except TypeError as e:
    print(e)
