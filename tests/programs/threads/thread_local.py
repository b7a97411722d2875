import _thread
from mod_join import spawn, join_all
local = _thread._local()
local.name = "main"
results = {}
lock = _thread.allocate_lock()
def worker(n):
    print_later = hasattr(local, "name")
    local.name = f"worker{n}"
    local.values = [n] * n
    total = sum(local.values)
    with lock:
        results[n] = (print_later, local.name, total)
join_all([spawn(worker, i) for i in range(6)])
for k in sorted(results):
    print(k, results[k])
print(local.name, hasattr(local, "values"))
class MyLocal(_thread._local):
    def __init__(self, start):
        self.count = start
ml = MyLocal(100)
seen = []
def bump():
    ml.count += 1
    with lock:
        seen.append(ml.count)
join_all([spawn(bump) for _ in range(3)])
print(sorted(seen), ml.count)
