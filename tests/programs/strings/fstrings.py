name = "World"
n = 42
pi = 3.14159265
items = [1, 2, 3]
d = {"key": "value"}
print(f"Hello, {name}!")
print(f"{n} {n:5} {n:<5}| {n:x} {n:#b} {n:,}")
print(f"{pi:.2f} {pi:10.4f} {pi:e} {pi!r} {pi!s}")
print(f"{items} {items[0]} {items[-1] * 2} {len(items)}")
print(f"{d['key']} {d!r}")
print(f"{name!r} {name!a} {'é'!a}")
print(f"{n = }", f"{n*2 = }", f"{name = !s}", f"{pi = :.2f}")
print(f"{{braces}} {{{n}}}")
w, p = 12, 3
print(f"{pi:{w}.{p}f}|")
print(f"{'nested ' + f'{n}'}")
print(f"{n if n > 10 else 0}", f"{(lambda x: x * 2)(4)}")
print(f"""multi
line {n}""")
print(f"{3 + 4j}", f"{None}", f"{True:>6}", f"{[x * x for x in range(4)]}")
print(f"{'a' 'b'}", f"{'\n'.join(['x', 'y'])}")
print(f"{name:>{w}}|", f"{name:^{w}}|", f"{n:0{w}d}")
class C:
    def __format__(self, spec):
        return f"C({spec!r})"
print(f"{C()}", f"{C():abc}", f"{C():{n}}")
print(f"{'quote\"s'}", f'{"it\'s"}')
x = 5
print(f"{x:}", f"{x!r:>4}", f"{x}{x}{x}")
