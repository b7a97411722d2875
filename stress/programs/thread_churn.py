# expect: ok 1600 True
# Many short threads started and finished in waves.
import _thread
from mod_spawn import run

lock = _thread.allocate_lock()
total = [0]
idents = set()


def worker(i):
    local = [i] * 10
    with lock:
        total[0] += len(local) // 10
        idents.add(_thread.get_ident())


for wave in range(100):
    run(16, worker)
print("ok", total[0], len(idents) >= 1)
