# expect: ok 1000 499500
# Threads move objects between shared lists with pop/append (references
# cross threads constantly); nothing is lost or duplicated.
from mod_spawn import run

a = [(k, str(k)) for k in range(1000)]
b = []


def worker(i):
    src, dst = (a, b) if i % 2 == 0 else (b, a)
    for _ in range(20000):
        try:
            item = src.pop()
        except IndexError:
            continue
        assert item[1] == str(item[0])
        dst.append(item)


run(8, worker)
both = a + b
print("ok", len(both), sum(k for k, _ in both))
