# expect: ok 4 4 0 256
# Lock-free dict lookups racing with writers: reader threads look up keys
# present throughout (str, int and tuple keys, the last compared with
# Python's ==) while writer threads replace their values with fresh objects
# (the replaced ones freed), insert and delete other keys (growing and
# rebuilding the table) and clear and refill a second dict. Readers must
# always find the stable keys, with a value written for that key (never a
# torn entry or another key's value), and every value they get must be
# usable (not freed).
from mod_spawn import run

STABLE = 256
d = {}
for k in range(STABLE):
    d[f"s{k}"] = ("s", k, 0)
    d[k] = ("i", k, 0)
    d[("t", k)] = ("t", k, 0)
other = {}
done = []
readers_done = []


def reader(i):
    for round_ in range(300):
        for k in range(STABLE):
            v = d[f"s{k}"]
            assert v[0] == "s" and v[1] == k, (k, v)
            v = d[k]
            assert v[0] == "i" and v[1] == k, (k, v)
            if k % 8 == i:
                v = d[("t", k)]
                assert v[0] == "t" and v[1] == k, (k, v)
            assert d.get(f"s{k}")[1] == k
            assert k in d
        for v in list(d.copy().values())[:50]:
            assert len(v) == 3
        o = other.get("x")
        assert o is None or o == ["x", 1], o
    readers_done.append(i)


def writer(i):
    for round_ in range(300):
        for k in range(i, STABLE, 4):
            d[f"s{k}"] = ("s", k, round_ * 1000 + i)
            d[k] = ("i", k, [round_])
        for j in range(40):
            d[("w", i, j)] = [j]
        for j in range(40):
            del d[("w", i, j)]
        other["x"] = ["x", 1]
        other.clear()
    done.append(i)


def worker(i):
    if i % 2:
        writer(i // 2)
    else:
        reader(i // 2)


run(8, worker)
print("ok", len(done), len(readers_done), len(other), sum(1 for k in d if type(k) is int))
