data = [1, 5, 12, 7, 30, 2]
if (n := len(data)) > 5:
    print("long list", n)
print([y for x in data if (y := x * 2) > 10])
print(y)
values = iter([3, 2, 1, 0, 5])
while (v := next(values)) != 0:
    print("got", v)
def f():
    total = 0
    results = [total := total + x for x in range(5)]
    return results, total
print(f())
print((z := 42), z)
import math
print([(r, r2) for r in range(4) if (r2 := r * r) % 2 == 0])
