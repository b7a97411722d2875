# expect: ok True
# Iterating a dict while another thread inserts and deletes: either a
# consistent pass or RuntimeError "dictionary changed size during iteration".
from mod_spawn import run

d = {k: k for k in range(100)}
errors = []


def worker(i):
    if i == 0:
        for k in range(20000):
            d[1000 + k % 50] = k
            d.pop(1000 + (k + 25) % 50, None)
    else:
        for _ in range(300):
            try:
                for k, v in d.items():
                    assert k < 100 and v == k or k >= 1000
            except RuntimeError as e:
                assert "changed size during iteration" in str(e), e
                errors.append(1)


run(4, worker)
print("ok", all(d[k] == k for k in range(100)))
