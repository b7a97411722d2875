import _thread
import time
from mod_join import spawn, join_all
N = 4
lock = _thread.allocate_lock()
arrived = [0]
phase_log = []
def barrier_wait():
    with lock:
        arrived[0] += 1
    while True:
        with lock:
            if arrived[0] >= N:
                return
        time.sleep(0.001)
def worker(i):
    with lock:
        phase_log.append(("phase1", i))
    barrier_wait()
    with lock:
        phase_log.append(("phase2", i))
join_all([spawn(worker, i) for i in range(N)])
first_phase2 = next(k for k, (p, _) in enumerate(phase_log) if p == "phase2")
print(all(p == "phase1" for p, _ in phase_log[:first_phase2]), first_phase2)
print(sorted(i for p, i in phase_log if p == "phase1"), sorted(i for p, i in phase_log if p == "phase2"))
