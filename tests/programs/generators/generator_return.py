def g(n):
    for i in range(n):
        yield i
    return n * 100
def collect(gen):
    items = []
    while True:
        try:
            items.append(next(gen))
        except StopIteration as stop:
            return items, stop.value
print(collect(g(3)))
print(collect(g(0)))
def wrapper():
    result = yield from g(2)
    yield ("result", result)
print(list(wrapper()))
def early_return(x):
    if x:
        return "early"
    yield "unreached"
print(collect(early_return(True)), collect(early_return(False)))
