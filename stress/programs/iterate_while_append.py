# expect: ok 40000
# Readers iterate, index and take len() of a list while writers append:
# every element seen is one that was appended (an int), each reader's
# iteration sees a prefix (indices only grow), nothing crashes.
from mod_spawn import run

shared = [0]
N = 10000


def worker(i):
    if i < 4:
        for k in range(N):
            shared.append(k)
    else:
        for _ in range(8):
            count = 0
            for x in shared:
                assert type(x) is int
                count += 1
            n = len(shared)
            assert n >= count
            assert type(shared[n - 1]) is int
            assert type(shared[-1]) is int


run(8, worker)
assert len(shared) == 4 * N + 1
print("ok", len(shared) - 1)
