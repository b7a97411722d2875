d = {i: i * i for i in range(5)}
try:
    for k in d:
        d[k + 100] = 0
except RuntimeError as e:
    print("RuntimeError", e)
d = {i: i for i in range(5)}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print("RuntimeError", e)
d = {i: i for i in range(5)}
for k in list(d):
    if k % 2:
        del d[k]
print(d)
for k in d:
    d[k] = "changed"
print(d)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError", e)
l = [1, 2, 3, 4]
for x in l:
    if x == 2:
        l.remove(x)
print(l)
