import _thread
from mod_join import spawn, join_all
results = [None] * 8
def work(i):
    lo, hi = i * 125000, (i + 1) * 125000
    results[i] = sum(x * x for x in range(lo, hi))
join_all([spawn(work, i) for i in range(8)])
print(results)
print(sum(results), sum(x * x for x in range(1000000)))
import _thread
lock = _thread.allocate_lock()
histogram = {}
def count_digits(lo, hi):
    local = {}
    for n in range(lo, hi):
        d = n % 10
        local[d] = local.get(d, 0) + 1
    with lock:
        for d, c in local.items():
            histogram[d] = histogram.get(d, 0) + c
join_all([spawn(count_digits, i * 10007, (i + 1) * 10007) for i in range(6)])
for d in sorted(histogram):
    print(d, histogram[d])
print(sum(histogram.values()), 6 * 10007)
