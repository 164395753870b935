import math
import numpy as np
from numba import njit


@njit
def nan_propagate(x, y):
    return x + y, x * y, x - y


@njit
def nan_compare(x):
    return x == x, x != x, x < 0.0, x > 0.0


@njit
def inf_arith(x):
    return x - x, x * 0.0, 1.0 / x, -x


@njit
def nan_min_loop(a):
    m = a[0]
    for i in range(1, a.shape[0]):
        if a[i] < m:
            m = a[i]
    return m


@njit
def nan_np_min_max(a):
    return np.min(a), np.max(a)


@njit
def nan_sum(a):
    return np.sum(a)


@njit
def nan_argmax(a):
    return np.argmax(a), np.argmin(a)


@njit
def count_nan(a):
    c = 0
    for v in a:
        if np.isnan(v):
            c += 1
    return c


@njit
def replace_nan(a, fill):
    out = a.copy()
    for i in range(a.shape[0]):
        if math.isnan(out[i]):
            out[i] = fill
    return out


@njit
def builtin_min_nan(x, y):
    return min(x, y), max(x, y)


@njit
def signed_zero(x):
    return 1.0 / x, math.copysign(1.0, x), -x
