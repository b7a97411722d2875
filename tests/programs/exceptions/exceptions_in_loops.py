results = []
for item in ["1", "2", "x", "4", None, "6"]:
    try:
        results.append(int(item))
    except ValueError:
        results.append("bad value")
        continue
    except TypeError:
        results.append("bad type")
        break
    finally:
        results.append("|")
print(results)
attempts = 0
while True:
    attempts += 1
    try:
        if attempts < 3:
            raise ConnectionError(f"attempt {attempts}")
        print("succeeded after", attempts)
        break
    except ConnectionError as e:
        print("retry:", e)
total = 0
for a, b in [(10, 2), (3, 0), (8, 4)]:
    try:
        total += a // b
    except ZeroDivisionError as e:
        print("skip", a, b, e)
print("total", total)
