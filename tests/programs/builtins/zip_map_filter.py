print(list(zip("abc", [1, 2, 3], (True, False, None))))
print(list(zip("abcd", [1, 2])), list(zip()), list(zip("a")))
print(list(zip("ab", [1, 2], strict=True)))
try:
    list(zip("abc", [1, 2], strict=True))
except ValueError as e:
    print("ValueError", e)
try:
    list(zip("a", [1, 2], strict=True))
except ValueError as e:
    print("ValueError", e)
print(list(map(str, range(4))), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))
print(list(map(pow, [2, 3, 4], [3, 2, 1])))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(str.isdigit, "a1b2c3")))
print(list(filter(lambda x: x % 3 == 0, range(20))))
m = map(abs, [-1, -2])
print(next(m), list(m), list(m))
pairs = [(1, "one"), (2, "two")]
nums, names = zip(*pairs)
print(nums, names)
print(dict(zip("xyz", range(3))))
print(type(zip()).__name__, type(map(str, [])).__name__, type(filter(None, [])).__name__)
