i = 0
total = 0
while i < 10:
    total += i
    i += 1
print(total, i)

n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz 27 steps", steps)

k = 0
while True:
    k += 1
    if k % 2:
        continue
    if k > 10:
        break
    print("even", k)

j = 0
while j < 3:
    j += 1
else:
    print("while else ran", j)

j = 0
while j < 3:
    j += 1
    if j == 2:
        break
else:
    print("not printed")
print("broke at", j)
