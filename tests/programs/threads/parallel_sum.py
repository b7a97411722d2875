import _thread
from mod_join import spawn, join_all
results = [None] * 8
def work(i):
    lo, hi = i * 125000, (i + 1) * 125000
    results[i] = sum(x * x for x in range(lo, hi))
join_all([spawn(work, i) for i in range(8)])
print(results)
print(sum(results), sum(x * x for x in range(1000000)))
