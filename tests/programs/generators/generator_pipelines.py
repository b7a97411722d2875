def read_lines():
    data = """# config
name = ferropy
version=3.14

# comment
threads = 4
bad line
debug = false"""
    for line in data.splitlines():
        yield line
def strip_comments(lines):
    for line in lines:
        line = line.strip()
        if line and not line.startswith("#"):
            yield line
def parse(lines):
    for line in lines:
        if "=" not in line:
            print("skipping", repr(line))
            continue
        k, _, v = line.partition("=")
        yield k.strip(), v.strip()
config = dict(parse(strip_comments(read_lines())))
print(config)
def numbers():
    n = 0
    while True:
        yield n
        n += 1
def take(n, it):
    for _, x in zip(range(n), it):
        yield x
evens = (x for x in numbers() if x % 2 == 0)
squares = (x * x for x in evens)
print(list(take(8, squares)))
def window(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == size:
            yield tuple(buf)
            buf.pop(0)
print(list(window(range(6), 3)))
def running_avg():
    total, n, avg = 0, 0, None
    while True:
        x = yield avg
        total += x
        n += 1
        avg = total / n
ra = running_avg()
next(ra)
print([ra.send(x) for x in [10, 20, 30, 40]])
