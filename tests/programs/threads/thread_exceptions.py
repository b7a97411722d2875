import _thread
from mod_join import spawn, join_all
results = []
lock = _thread.allocate_lock()
def risky(n):
    try:
        if n % 2:
            raise ValueError(f"odd {n}")
        value = 100 // (n - 4)
        with lock:
            results.append(("ok", n, value))
    except Exception as e:
        with lock:
            results.append((type(e).__name__, n, str(e)))
join_all([spawn(risky, i) for i in range(7)])
for r in sorted(results, key=lambda r: r[1]):
    print(r)
