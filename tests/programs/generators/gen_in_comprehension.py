def squares(n):
    for i in range(n):
        yield i * i
print([s for s in squares(6) if s % 2])
print({s % 5 for s in squares(10)} == {0, 1, 4})
print({i: s for i, s in enumerate(squares(4))})
print(sum(sum(squares(n)) for n in range(5)))
nested = [[x for x in squares(n)] for n in range(4)]
print(nested)
print(list(zip(squares(3), squares(5))))
print(sorted(squares(5), reverse=True), max(squares(7)), min(squares(7), key=lambda v: abs(v - 10)))
