import _thread
main_id = _thread.get_ident()
print(type(main_id).__name__, main_id == _thread.get_ident())
ids = []
lock = _thread.allocate_lock()
done = []
def record(n):
    with lock:
        ids.append(_thread.get_ident())
        done.append(n)
for i in range(5):
    _thread.start_new_thread(record, (i,))
import time
while True:
    with lock:
        if len(done) == 5:
            break
    time.sleep(0.001)
print(len(ids), main_id not in ids, sorted(done))
print(all(isinstance(i, int) for i in ids))
print(_thread.get_native_id() > 0 if hasattr(_thread, "get_native_id") else True)
