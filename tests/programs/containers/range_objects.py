r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[2:4], r[::-1], 8 in r, 9 in r)
print(r.start, r.stop, r.step, r.index(11), r.count(11))
print(range(5) == range(0, 5), range(0) == range(5, 2), range(1, 2, 3) == range(1, 3, 5))
print(list(range(10, 0, -3)), list(range(0)), list(range(-3)), range(0, 10**20, 3)[-1])
big = range(10**18)
print(big[10**17], 10**17 in big, range(-10**20, 10**20, 7)[10**19])
try:
    len(range(10**20))
except OverflowError as e:
    print("OverflowError", e)
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError", e)
try:
    range(5)[10]
except IndexError as e:
    print("IndexError", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError", e)
try:
    r.index(10)
except ValueError as e:
    print("ValueError", e)
print(reversed(range(3)).__class__.__name__, list(reversed(range(1, 10, 4))))
print(sum(range(101)), max(range(5)), sorted(range(5), reverse=True))
print(hash(range(3)) == hash(range(0, 3, 1)), bool(range(0)), bool(range(1)))
