import numpy as np
from numba import njit, prange


@njit(parallel=True)
def par_scale(a, out, k):
    for i in prange(a.shape[0]):
        out[i] = a[i] * k + 1.0


@njit(parallel=True)
def par_sum_int(a):
    s = 0
    for i in prange(a.shape[0]):
        s += a[i]
    return s


@njit(parallel=True)
def par_rows(m, out):
    for i in prange(m.shape[0]):
        acc = 0.0
        for j in range(m.shape[1]):
            acc += m[i, j] * j
        out[i] = acc


@njit(parallel=True)
def par_sum_float(a):
    s = 0.0
    for i in prange(a.shape[0]):
        s += a[i]
    return s


@njit(parallel=True)
def par_whole_array(x, y):
    return np.sqrt(x * x + y * y)


@njit(fastmath=True)
def fm_sum(a):
    s = 0.0
    for i in range(a.shape[0]):
        s += a[i]
    return s


@njit(fastmath=True)
def fm_poly(x):
    return x * x * 0.5 + x * 2.0 - 1.0


@njit(fastmath=True, parallel=True)
def fm_par_dot(a, b):
    s = 0.0
    for i in prange(a.shape[0]):
        s += a[i] * b[i]
    return s
