import numpy as np
from numba import njit


@njit
def identities(n):
    return np.identity(n), np.identity(n, dtype=np.int64), np.identity(n, np.bool_)


@njit
def eyes(n, m, k):
    return np.eye(n), np.eye(n, m), np.eye(n, m, k), np.eye(n, M=m, k=-k, dtype=np.int32), np.eye(n, None, 1)


@njit
def tris(n, m, k):
    return np.tri(n), np.tri(n, m), np.tri(n, m, k), np.tri(n, m, -k, dtype=np.int64)


@njit
def triangles(a, k):
    return np.tril(a), np.triu(a), np.tril(a, k), np.triu(a, -k), np.tril(a, -100), np.triu(a, k=100)


@njit
def diagonals(v, k):
    return np.diag(v), np.diag(v, k), np.diag(v, -k)


@njit
def diagonal_of(m, k):
    return np.diag(m), np.diag(m, k), np.diag(m, -k), np.diag(m, 50)


@njit
def eye_negative(n):
    return np.eye(n)


@njit
def tril_of_vector(v):
    return np.tril(v)
