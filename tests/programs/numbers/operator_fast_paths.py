
vals = [0, 1, -1, 2, -2, 3, -3, 7, -7, 63, 64, -64, 9223372036854775807, -9223372036854775808, 2**53, 2**53+1, -(2**53)-1, True, 0.0, -0.0, 1.5, -2.5, 1e308, float('inf'), float('nan'), 3.0]
ops = ['+', '-', '*', '/', '//', '%', '&', '|', '^', '<<', '>>', '<', '<=', '==', '!=', '>', '>=']
for a, b in [(a, b) for a in vals for b in vals]:
    for op in ops:
        if op in ('<<',) and isinstance(b, int) and b > 100: continue
        try:
            r = eval(f"a {op} b")
            print(a, op, b, '=', repr(r), type(r).__name__)
        except Exception as e:
            print(a, op, b, type(e).__name__, e)
