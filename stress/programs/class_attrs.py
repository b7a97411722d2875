# expect: ok 4000
# Threads rebind class attributes (and a method) while others read them
# through instances: a read sees one of the values written.
from mod_spawn import run


class C:
    x = 0

    def m(self):
        return 0


def m_one(self):
    return 1


obj = C()
reads = []


def worker(i):
    if i % 2 == 0:
        for k in range(2000):
            C.x = k
            setattr(C, f"a{i}", k)
            C.m = m_one if k % 2 else C.__dict__["m"]
    else:
        n = 0
        for _ in range(2000):
            assert 0 <= obj.x < 2000
            assert obj.m() in (0, 1)
            n += 1
        reads.append(n)


run(4, worker)
assert C.a0 == 1999 and C.a2 == 1999 and C.x == 1999
print("ok", sum(reads))
