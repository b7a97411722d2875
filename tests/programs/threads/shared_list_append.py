import _thread
from mod_join import spawn, join_all
shared = []
def worker(tag):
    for i in range(10000):
        shared.append((tag, i))
locks = [spawn(worker, t) for t in range(4)]
join_all(locks)
print(len(shared))
for t in range(4):
    mine = [i for tag, i in shared if tag == t]
    print(t, len(mine), mine == sorted(mine), sum(mine))
print(sorted(set(tag for tag, _ in shared)))
