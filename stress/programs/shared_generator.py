# expect: ok True
# One generator shared by 8 threads: next() either yields a fresh value,
# raises ValueError("generator already executing") or StopIteration;
# no value is produced twice.
from mod_spawn import run
import _thread

lock = _thread.allocate_lock()
got = []


def gen():
    for k in range(20000):
        yield k


g = gen()


def worker(i):
    mine = []
    while True:
        try:
            mine.append(next(g))
        except ValueError as e:
            assert str(e) == "generator already executing", e
        except StopIteration:
            break
    with lock:
        got.extend(mine)


run(8, worker)
print("ok", len(got) == len(set(got)) and set(got) <= set(range(20000)))
