calls = []
def v(x):
    calls.append(x)
    return x
print(v(1) < v(2) < v(3))
print(calls)
calls.clear()
print(v(3) < v(2) < v(1))
print(calls)
x = 5
print(0 < x <= 5, 0 < x < 5)
print("a" < "b" < "c", "b" < "a" < "c")
print([1, 2] < [1, 3], (1, 2, 3) > (1, 2))
print(1 in [1, 2] in [[1, 2]])
