from mod_loop import Sleep, run, run_all
async def countdown(name, n):
    for i in range(n, 0, -1):
        print(name, i)
        await Sleep()
    return f"{name} done"
print(run(countdown("solo", 3)))
print(run_all([countdown("A", 3), countdown("B", 1), countdown("C", 2)]))
async def nested():
    a = await inner(2)
    b = await inner(3)
    return a + b
async def inner(n):
    t = await Sleep(n)
    return t * 10
print(run(nested()))
