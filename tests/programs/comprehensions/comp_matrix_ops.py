A = [[1, 2], [3, 4]]
B = [[5, 6], [7, 8]]
def matmul(X, Y):
    return [[sum(a * b for a, b in zip(row, col)) for col in zip(*Y)] for row in X]
print(matmul(A, B))
print(matmul(B, A))
I = [[int(i == j) for j in range(2)] for i in range(2)]
print(matmul(A, I) == A)
def mpow(M, n):
    R = [[int(i == j) for j in range(len(M))] for i in range(len(M))]
    while n:
        if n & 1:
            R = matmul(R, M)
        M = matmul(M, M)
        n >>= 1
    return R
print(mpow([[1, 1], [1, 0]], 50)[0][1])
print([[A[i][j] + B[i][j] for j in range(2)] for i in range(2)])
print([[x * 3 for x in row] for row in A])
det = lambda M: M[0][0] * M[1][1] - M[0][1] * M[1][0]
print(det(A), det(B), det(matmul(A, B)) == det(A) * det(B))
