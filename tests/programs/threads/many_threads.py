import _thread
from mod_join import spawn, join_all
lock = _thread.allocate_lock()
total = [0]
def add(n):
    with lock:
        total[0] += n
join_all([spawn(add, i) for i in range(200)])
print(total[0], sum(range(200)))
rounds = []
for r in range(5):
    box = []
    join_all([spawn(box.append, r * 10 + i) for i in range(10)])
    rounds.append(sorted(box))
for row in rounds:
    print(row)
