def bubble(a):
    a = list(a)
    for i in range(len(a)):
        for j in range(len(a) - 1 - i):
            if a[j] > a[j + 1]:
                a[j], a[j + 1] = a[j + 1], a[j]
    return a
def quick(a):
    if len(a) <= 1:
        return list(a)
    p, *rest = a
    return quick([x for x in rest if x < p]) + [p] + quick([x for x in rest if x >= p])
def merge_sort(a):
    if len(a) <= 1:
        return list(a)
    m = len(a) // 2
    l, r = merge_sort(a[:m]), merge_sort(a[m:])
    out = []
    while l and r:
        out.append((l if l[0] <= r[0] else r).pop(0))
    return out + l + r
seed = 12345
data = []
for _ in range(30):
    seed = (seed * 1103515245 + 12345) % 2**31
    data.append(seed % 100)
print(data)
print(bubble(data))
print(quick(data) == sorted(data), merge_sort(data) == sorted(data))
print(sorted(data, reverse=True)[:10])
