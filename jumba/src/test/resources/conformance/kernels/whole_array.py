import numpy as np
from numba import njit


@njit
def axpy(a, x, y):
    return a * x + y


@njit
def elementwise_ops(x, y):
    return x - y, x * y, x / y


@njit
def broadcast_row(m, v):
    return m + v


@njit
def broadcast_scalar(m, k):
    return m * k - 1.0


@njit
def ufunc_chain(x):
    return np.sqrt(np.abs(x)) + np.exp(-x * x)


@njit
def where_clip(x, lo, hi):
    y = np.where(x < lo, lo, x)
    return np.where(y > hi, hi, y)


@njit
def where_arrays(c, x, y):
    return np.where(c, x, y)


@njit
def compare_arrays(x, y):
    return x > y


@njit
def int_array_ops(a, b):
    return a + b, a * 2, a // 3, a % 3


@njit
def inplace_array_ops(x, y):
    x += y
    x *= 2.0


@njit
def neg_array(x):
    return -x


@njit
def array_pow(x):
    return x ** 2


@njit
def mixed_dtype_add(a, x):
    return a + x


@njit
def transpose_arith(m):
    return m.T * 2.0 + 1.0


@njit
def np_maximum_arrays(x, y):
    return np.maximum(x, y)
