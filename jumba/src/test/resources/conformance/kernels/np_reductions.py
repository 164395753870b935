import numpy as np
from numba import njit


@njit
def np_sum(a):
    return np.sum(a)


@njit
def method_sum(a):
    return a.sum()


@njit
def np_min_max(a):
    return np.min(a), np.max(a)


@njit
def method_min_max(a):
    return a.min(), a.max()


@njit
def np_mean(a):
    return np.mean(a)


@njit
def method_mean(a):
    return a.mean()


@njit
def np_prod(a):
    return np.prod(a)


@njit
def method_prod(a):
    return a.prod()


@njit
def np_argmin_argmax(a):
    return np.argmin(a), np.argmax(a)


@njit
def method_argmin_argmax(a):
    return a.argmin(), a.argmax()


@njit
def np_dot(a, b):
    return np.dot(a, b)


@njit
def method_dot(a, b):
    return a.dot(b)


@njit
def sum_2d(m):
    return np.sum(m), m.max(), m.argmax()


@njit
def sum_int(a):
    return np.sum(a), a.min(), np.max(a)


@njit
def sum_bool(a):
    return np.sum(a)


@njit
def mean_int(a):
    return np.mean(a)


@njit
def reduce_of_expr(a, b):
    return np.sum(a * b), np.max(a - b)


@njit
def sum_of_slice(a):
    return np.sum(a[::2]) - np.sum(a[1::2])


@njit
def sum_transpose(m):
    return np.sum(m.T * np.arange(m.shape[0]))
