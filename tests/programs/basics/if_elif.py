def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"

for n in [-5, 0, 3, 10, 99, 100, 10**20]:
    print(n, classify(n))

x = 5
print("yes" if x > 3 else "no")
print("yes" if x > 30 else "no")
if []:
    print("empty list true")
else:
    print("empty list false")
if [0]:
    print("nonempty true")
if not "":
    print("empty str false")
if 0.0 or None or "" or ():
    print("bad")
else:
    print("all falsy")
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 == 2)
