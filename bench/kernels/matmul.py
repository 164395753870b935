"""C = A @ B written as the textbook triple loop (i, j, k): B is walked down its columns."""
from numba import njit


@njit
def matmul(A, B, C):
    n, m = A.shape
    p = B.shape[1]
    for i in range(n):
        for j in range(p):
            acc = 0.0
            for k in range(m):
                acc += A[i, k] * B[k, j]
            C[i, j] = acc
