from mod_loop import Sleep, run_all
async def job(i):
    total = 0
    for step in range(i % 4 + 1):
        await Sleep()
        total += step * i
    return total
results = run_all([job(i) for i in range(12)])
print(results)
print(sorted(results))
print(sum(v for _, v in results))
