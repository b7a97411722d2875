import _thread
from mod_join import join_all
out = {}
lock = _thread.allocate_lock()
def target(a, b, *, c=0, **kw):
    with lock:
        out[a] = (b, c, sorted(kw.items()))
dones = []
for i in range(3):
    d = _thread.allocate_lock()
    d.acquire()
    def run(i=i, d=d):
        try:
            target(i, i * 2, c=i * 3, extra=i)
        finally:
            d.release()
    _thread.start_new_thread(run, ())
    dones.append(d)
d = _thread.allocate_lock()
d.acquire()
def with_kwargs(x, y=0):
    with lock:
        out["kw"] = (x, y)
    d.release()
_thread.start_new_thread(with_kwargs, (1,), {"y": 2})
dones.append(d)
join_all(dones)
for k in sorted(out, key=str):
    print(k, out[k])
try:
    _thread.start_new_thread(target, [1, 2])
except TypeError as e:
    print("TypeError", e)
try:
    _thread.start_new_thread(5, ())
except TypeError as e:
    print("TypeError", e)
try:
    _thread.start_new_thread(target, (1, 2), [])
except TypeError as e:
    print("TypeError", e)
