s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None), slice(1, None))
data = list(range(20))
print(data[s], data[slice(None, None, -5)], "abcdefgh"[slice(2, 6)])
print(s.indices(5), slice(-3, None).indices(10), slice(None, None, -2).indices(7))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
class Sliceable:
    def __getitem__(self, key):
        return key
obj = Sliceable()
print(obj[1:2], obj[::3], obj[1:2, 3], obj[...], obj[:, None])
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print("ValueError", e)
print(hash(slice(1, 2)) == hash(slice(1, 2)))
