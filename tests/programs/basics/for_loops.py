for c in "abc":
    print(c)
for i, v in enumerate([10, 20, 30], start=1):
    print(i, v)
for a, b in [(1, 2), (3, 4)]:
    print(a + b)
for x in range(10):
    if x == 3:
        continue
    if x == 6:
        break
    print("x", x)
else:
    print("never")
for x in []:
    print("never")
else:
    print("empty else")
for k in {"one": 1, "two": 2}:
    print("key", k)
for k, v in {"one": 1, "two": 2}.items():
    print(k, v)
nested = []
for i in range(3):
    for j in range(3):
        if j > i:
            break
        nested.append((i, j))
print(nested)
for i in range(5, 0, -2):
    print("down", i)
x = 100
for x in range(3):
    pass
print("loop var after", x)
