# expect: ok 8 0 64
# Threads set, get and delete their own keys in one dict and read shared
# keys that never change: own keys read back what was written, shared keys
# always read their value, and every own key is gone at the end.
from mod_spawn import run

d = {("shared", k): k * 3 for k in range(64)}
seen = []


def worker(i):
    for round_ in range(300):
        for k in range(16):
            d[(i, k)] = round_ * k
        for k in range(16):
            v = d[(i, k)]
            assert v == round_ * k, (i, k, v)
            s = d[("shared", (k + round_) % 64)]
            assert s == ((k + round_) % 64) * 3
            assert d.get(("shared", k)) == k * 3
        for k in range(16):
            del d[(i, k)]
        assert (i, 0) not in d
        str_key = f"t{i}"
        d[str_key] = round_
        d.pop(str_key)
    seen.append(i)


run(8, worker)
print("ok", len(seen), sum(1 for k in d if k[0] != "shared"), len(d))
