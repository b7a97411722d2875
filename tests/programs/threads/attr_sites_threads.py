# Threads read attributes through their own site caches while another thread
# replaces class attributes: each reader sees the replacement.
import _thread
import time


class Config:
    mode = "old"

    def get(self):
        return self.mode


class Point:
    def __init__(self, x):
        self.x = x


cfg = Config()
shared = [Point(i) for i in range(8)]
lock = _thread.allocate_lock()
results = []
done = []


def reader(ident):
    seen_old = seen_new = 0
    total = 0
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        mode = cfg.get()
        for p in shared:
            total += p.x
        if mode == "old":
            seen_old += 1
        else:
            seen_new += 1
            if seen_new > 100:
                break
    with lock:
        results.append((ident, seen_new > 100, total % 28 == 0))
        done.append(ident)


for i in range(4):
    _thread.start_new_thread(reader, (i,))
time.sleep(0.05)
Config.mode = "new"
while len(done) < 4:
    time.sleep(0.01)
print(sorted(results))
print(cfg.get(), [p.x for p in shared])
