import numpy as np
from numba import njit


@njit
def matvec(m, v, out):
    for i in range(m.shape[0]):
        s = 0.0
        for j in range(m.shape[1]):
            s += m[i, j] * v[j]
        out[i] = s


@njit
def matmul(a, b):
    n, k = a.shape
    m = b.shape[1]
    c = np.zeros((n, m))
    for i in range(n):
        for j in range(m):
            s = 0.0
            for p in range(k):
                s += a[i, p] * b[p, j]
            c[i, j] = s
    return c


@njit
def double_subscript(m):
    s = 0.0
    for i in range(m.shape[0]):
        for j in range(m.shape[1]):
            s += m[i][j] * (i + 1) - j
    return s


@njit
def negative_2d(m):
    return m[-1, -1] + m[0, -1] * 2.0 + m[-1][0] * 3.0


@njit
def fill_2d(m):
    for i in range(m.shape[0]):
        for j in range(m.shape[1]):
            m[i, j] = i * 10 + j


@njit
def row_sums(m, out):
    for i in range(m.shape[0]):
        out[i] = 0.0
        for j in range(m.shape[1]):
            out[i] += m[i, j]


@njit
def shape_size_2d(m):
    return m.shape[0], m.shape[1], m.size, len(m), m.ndim


@njit
def transpose_sum(m):
    t = m.T
    s = 0.0
    for i in range(t.shape[0]):
        for j in range(t.shape[1]):
            s += t[i, j] * (i - j)
    return s


@njit
def transpose_copy(m):
    return m.T.copy()


@njit
def row_view(m, i):
    r = m[i]
    s = 0.0
    for j in range(r.shape[0]):
        s += r[j]
    return s


@njit
def trace_int(m):
    s = 0
    for i in range(min(m.shape[0], m.shape[1])):
        s += m[i, i]
    return s


@njit
def row_view_store(m, v):
    # a[i][j] = ...: the store goes through the row view m[i] into m itself
    for i in range(m.shape[0]):
        for j in range(m.shape[1]):
            m[i][j] = m[i][j] * 2 + v * i - j
    m[-1][-1] = v
