fs = [len, str.upper, abs, sorted, max]
args = ["hello", "hello", -5, [3, 1, 2], [4, 9, 2]]
for f, a in zip(fs, args):
    print(f.__name__, f(a))
print(list(map(int, "123")), list(map(float, ["1.5", "2"])))
print(repr(len.__name__), type(len).__name__, callable(len))
m = "abc".upper
print(m(), type(m).__name__, m.__self__)
app = [].append
print(type(app).__name__)
