import _thread
from mod_join import spawn, join_all
rlock = _thread.RLock()
shared = []
def nested(depth, tag):
    with rlock:
        shared.append((tag, depth))
        if depth:
            nested(depth - 1, tag)
join_all([spawn(nested, 5, t) for t in range(4)])
print(len(shared))
by_tag = {}
for tag, depth in shared:
    by_tag.setdefault(tag, []).append(depth)
for tag in sorted(by_tag):
    print(tag, by_tag[tag])
blocks = [shared[i:i + 6] for i in range(0, 24, 6)]
print(all(len({t for t, _ in b}) == 1 for b in blocks))
