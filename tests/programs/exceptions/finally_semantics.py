log = []
def f(n):
    try:
        log.append(f"try {n}")
        if n == 1:
            return "early"
        if n == 2:
            raise ValueError("two")
        log.append("end of try")
    except ValueError:
        log.append("except")
        return "from except"
    finally:
        log.append(f"finally {n}")
    return "normal"
for n in range(3):
    print(f(n))
print(log)
def gen_finally():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
g = gen_finally()
print(next(g))
g.close()
print("closed")
def break_in_finally():
    for i in range(5):
        try:
            if i == 2:
                raise ValueError
        finally:
            if i == 2:
                break
    return i
print(break_in_finally())
count = 0
while True:
    try:
        count += 1
        if count > 3:
            break
        continue
    finally:
        print("loop finally", count)
