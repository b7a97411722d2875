import _thread
from mod_join import spawn, join_all
lock = _thread.allocate_lock()
counter = {"n": 0}
def inc(times):
    for _ in range(times):
        with lock:
            counter["n"] += 1
threads = [spawn(inc, 5000) for _ in range(8)]
join_all(threads)
print(counter["n"])
total = [0]
def add_range(lo, hi):
    s = sum(range(lo, hi))
    with lock:
        total[0] += s
join_all([spawn(add_range, i * 25000, (i + 1) * 25000) for i in range(4)])
print(total[0], sum(range(100000)))
print(lock.locked())
per_thread = {}
def tally(tag):
    local = 0
    for i in range(1000):
        local += i % 7
    with lock:
        per_thread[tag] = local
join_all([spawn(tally, t) for t in "abcdef"])
for tag in sorted(per_thread):
    print(tag, per_thread[tag])
rl = _thread.RLock()
deep = [0]
def deep_inc(n):
    with rl:
        deep[0] += 1
        if n:
            deep_inc(n - 1)
join_all([spawn(deep_inc, 10) for _ in range(5)])
print(deep[0])
