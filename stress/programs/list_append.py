# expect: ok 160000 12799920000
# 8 threads append to one list: no append may be lost.
from mod_spawn import run

N = 20000
shared = []


def worker(i):
    base = i * N
    for k in range(N):
        shared.append(base + k)


run(8, worker)
assert len(shared) == 8 * N, len(shared)
assert sorted(shared) == list(range(8 * N))
print("ok", len(shared), sum(shared))
