matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([[row[i] for row in matrix] for i in range(3)])
print([x for row in matrix for x in row if x % 2])
print([[x * 10 for x in row] for row in matrix])
print([sum(row) for row in matrix], sum(x for row in matrix for x in row))
print([[1 if i == j else 0 for j in range(4)] for i in range(4)])
print([(a, b, c) for a in range(1, 20) for b in range(a, 20) for c in range(b, 20) if a * a + b * b == c * c])
print({i: [j for j in range(i)] for i in range(4)})
print([[(r, c) for c in range(2)] for r in range(2)])
chess = [f"{f}{r}" for r in range(8, 6, -1) for f in "abcdefgh"]
print(chess)
