import numpy as np
from numba import njit


@njit
def loop_sum(a):
    s = 0.0
    for i in range(a.shape[0]):
        s += a[i]
    return s


@njit
def loop_dot(a, b):
    s = 0.0
    for i in range(a.shape[0]):
        s += a[i] * b[i]
    return s


@njit
def loop_min(a):
    m = np.inf
    for i in range(a.shape[0]):
        if a[i] < m:
            m = a[i]
    return m


@njit
def loop_max(a):
    m = -np.inf
    for i in range(a.shape[0]):
        m = max(m, a[i])
    return m


@njit
def loop_argmax(a):
    best = 0
    for i in range(1, a.shape[0]):
        if a[i] > a[best]:
            best = i
    return best


@njit
def loop_argmin_int(a):
    best = 0
    for i in range(1, a.shape[0]):
        if a[i] < a[best]:
            best = i
    return best


@njit
def loop_mean_var(a):
    n = a.shape[0]
    s = 0.0
    for i in range(n):
        s += a[i]
    mean = s / n
    v = 0.0
    for i in range(n):
        d = a[i] - mean
        v += d * d
    return mean, v / n


@njit
def loop_prod_int(a):
    p = 1
    for i in range(a.shape[0]):
        p *= a[i]
    return p


@njit
def loop_any_all(a):
    anyp = False
    allp = True
    for i in range(a.shape[0]):
        if a[i] > 0:
            anyp = True
        else:
            allp = False
    return anyp, allp


@njit
def loop_norm2(m):
    s = 0.0
    for i in range(m.shape[0]):
        for j in range(m.shape[1]):
            s += m[i, j] ** 2
    return np.sqrt(s)
