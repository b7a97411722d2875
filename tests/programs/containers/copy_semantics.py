orig = [[1, 2], [3, 4]]
shallow = orig[:]
shallow2 = list(orig)
shallow3 = orig.copy()
deep = [row[:] for row in orig]
orig[0].append(99)
orig.append([5])
print(orig, shallow, shallow2, shallow3, deep, sep="\n")
d = {"k": [1]}
dc = dict(d)
dc["k"].append(2)
dc["j"] = 0
print(d, dc)
s = {1, 2}
s2 = set(s)
s2.add(3)
print(sorted(s), sorted(s2))
t = (1, [2])
t2 = tuple(t)
print(t2 is t)
a = b = []
a.append(1)
print(b)
a = a + [2]
print(a, b)
