def g(tag):
    try:
        yield 1
        yield 2
    finally:
        print("finalized", tag)
a = g("explicit")
next(a)
a.close()
b = g("exhausted")
print(list(b))
c = g("never started")
c.close()
print("never started closes silently")
d = g("partial")
for x in d:
    print("got", x)
    break
d.close()
print("end")
