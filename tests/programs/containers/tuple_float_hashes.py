vals = [(), (1,), (1, 2), (1.5, 2), ((1, 2), (3,)), (True, 1.0, 1), 1.0, 1.5, -0.0, float('inf'), float('-inf'), 2.0**70, (2**70,), (None, 7)[1:]]
for v in vals:
    print(repr(v), hash(v) if not (isinstance(v, float) and v != v) else 'nan')
print(hash((1, 2)) == hash((1.0, 2.0)), {(1, 2): 'a'}[(1.0, 2.0)])
try:
    hash(([],))
except TypeError as e:
    print(e)
class T(tuple):
    def __hash__(self): return 42
print(hash(T((1,))))
n = float('nan'); print(hash(n) == hash(n), {n: 1}[n])
