name = "World"
n = 3
t = t"Hello {name}, you have {n:>4} items {n!r}"
print(type(t).__name__)
print(t.strings)
print(len(t.interpolations))
for i in t.interpolations:
    print(repr(i.value), repr(i.expression), repr(i.conversion), repr(i.format_spec))
e = t""
print(e.strings, e.interpolations)
t2 = t"{1 + 2}{'x'}"
print(t2.strings, [i.value for i in t2.interpolations], [i.expression for i in t2.interpolations])
print(t.values)
