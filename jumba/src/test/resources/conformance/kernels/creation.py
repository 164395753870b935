import numpy as np
from numba import njit


@njit
def make_zeros(n):
    return np.zeros(n)


@njit
def make_ones_2d(n, m):
    return np.ones((n, m))


@njit
def make_empty_filled(n):
    a = np.empty(n)
    for i in range(n):
        a[i] = i * 0.5
    return a


@njit
def make_full(n, v):
    return np.full(n, v)


@njit
def make_full_2d(n, m):
    return np.full((n, m), 2.5)


@njit
def make_arange1(n):
    return np.arange(n)


@njit
def make_arange3(a, b, s):
    return np.arange(a, b, s)


@njit
def make_arange_float(x, y, s):
    return np.arange(x, y, s)


@njit
def make_linspace(a, b, n):
    return np.linspace(a, b, n)


@njit
def make_like(a):
    z = np.zeros_like(a)
    o = np.ones_like(a)
    f = np.full_like(a, 3)
    return z, o, f


@njit
def make_empty_like(a):
    e = np.empty_like(a)
    for i in range(a.shape[0]):
        e[i] = a[i] + 1
    return e


@njit
def make_dtype_f32(n):
    return np.zeros(n, dtype=np.float32) + np.float32(1.5)


@njit
def make_dtype_int32(n):
    a = np.ones(n, dtype=np.int32)
    for i in range(n):
        a[i] = i * 3
    return a


@njit
def make_dtype_int64_zeros(n):
    return np.zeros((n, 2), dtype=np.int64)


@njit
def make_bool(n):
    a = np.zeros(n, dtype=np.bool_)
    for i in range(0, n, 2):
        a[i] = True
    return a


@njit
def copy_independent(a):
    b = a.copy()
    b[0] = -100.0
    return b


@njit
def astype_int(a):
    return a.astype(np.int64)


@njit
def astype_float32(a):
    return a.astype(np.float32)


@njit
def astype_float(a):
    return a.astype(np.float64) / 2


@njit
def copy_fortran(m):
    return m.copy()


@njit
def arange_dtype(n):
    return np.arange(n, dtype=np.float64) * 0.5
