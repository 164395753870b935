import numpy as np
from numba import njit


@njit
def int_div_zero(a, b):
    return a // b


@njit
def int_mod_zero(a, b):
    return a % b


@njit
def float_div_zero(x, y):
    return x / y


@njit
def int_true_div_zero(a, b):
    return a / b


@njit
def float_floordiv_zero(x, y):
    return x // y


@njit
def div_in_loop(a):
    s = 0
    for i in range(a.shape[0]):
        s += 100 // a[i]
    return s


@njit(boundscheck=True)
def index_oob(a, i):
    return a[i]


@njit(boundscheck=True)
def store_oob(a, i):
    a[i] = 1.0


@njit(boundscheck=True)
def loop_oob(a):
    s = 0.0
    for i in range(a.shape[0] + 1):
        s += a[i]
    return s


@njit(boundscheck=True)
def index_oob_2d(m, i, j):
    return m[i, j]


@njit
def empty_min(a):
    return np.min(a)


@njit
def empty_argmax(a):
    return np.argmax(a)


@njit(error_model='numpy')
def np_model_loop(a):
    out = np.empty(a.shape[0])
    for i in range(a.shape[0]):
        out[i] = 1.0 / a[i]
    return out
