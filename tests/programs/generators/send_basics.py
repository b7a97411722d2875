def accumulator():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    return total
g = accumulator()
print(next(g))
for v in [5, 10, 20]:
    print("sent", v, "got", g.send(v))
try:
    g.send(None)
except StopIteration as e:
    print("finished with", e.value)
def echo():
    received = []
    try:
        while True:
            received.append((yield len(received)))
    finally:
        print("echo saw", received)
e = echo()
print(e.send(None), e.send("a"), e.send("b"))
e.close()
g2 = accumulator()
try:
    g2.send(1)
except TypeError as err:
    print("TypeError", err)
