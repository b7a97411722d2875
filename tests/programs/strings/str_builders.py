rows = [("apple", 3, 1.5), ("banana", 12, 0.25), ("cherry", 100, 10.0)]
print(f"{'name':<10}{'qty':>5}{'price':>8}")
print("-" * 23)
for name, qty, price in rows:
    print(f"{name:<10}{qty:>5}{price:>8.2f}")
print("-" * 23)
print(f"{'total':<10}{sum(r[1] for r in rows):>5}{sum(r[1] * r[2] for r in rows):>8.2f}")
table = [[i * j for j in range(1, 8)] for i in range(1, 8)]
for row in table:
    print(" ".join(f"{v:3d}" for v in row))
print("\n".join(["joined", "lines"]))
print("|".join(c * i for i, c in enumerate("abcde", 1)))
