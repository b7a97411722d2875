cases = [lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: divmod(1, 0), lambda: 1.0 / 0, lambda: 1.0 // 0,
         lambda: 1.0 % 0.0, lambda: divmod(1.5, 0), lambda: 0 ** -1, lambda: 0.0 ** -1, lambda: 1j / 0, lambda: pow(0, -2),
         lambda: 10**50 // 0, lambda: (-5) % 0]
for c in cases:
    try:
        c()
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
