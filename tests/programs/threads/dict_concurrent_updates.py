import _thread
from mod_join import spawn, join_all
d = {}
def writer(t):
    for i in range(2000):
        d[(t, i)] = i * t
join_all([spawn(writer, t) for t in range(5)])
print(len(d))
print(sum(d.values()), sum(i * t for t in range(5) for i in range(2000)))
counts = {}
lock = _thread.allocate_lock()
def counter(words):
    for w in words:
        with lock:
            counts[w] = counts.get(w, 0) + 1
text = ("alpha beta gamma delta " * 500).split()
chunks = [text[i::4] for i in range(4)]
join_all([spawn(counter, c) for c in chunks])
print(sorted(counts.items()))
s = set()
def adder(t):
    for i in range(1000):
        s.add(i % 500 + t * 1000)
join_all([spawn(adder, t) for t in range(3)])
print(len(s), min(s), max(s))
