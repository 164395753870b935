import numpy as np
from numba import njit


@njit
def scale_into(a, out, k):
    for i in range(a.shape[0]):
        out[i] = a[i] * k


@njit
def inplace_add(a, x):
    for i in range(len(a)):
        a[i] += x


@njit
def last_first(a):
    return a[-1] - a[0]


@njit
def negative_index_loop(a):
    s = 0.0
    for i in range(1, a.size + 1):
        s = s * 0.5 + a[-i]
    return s


@njit
def prefix_sum(a, out):
    acc = 0.0
    for i in range(a.size):
        acc += a[i]
        out[i] = acc


@njit
def reverse_inplace(a):
    n = len(a)
    for i in range(n // 2):
        t = a[i]
        a[i] = a[n - 1 - i]
        a[n - 1 - i] = t


@njit
def count_positive(a):
    c = 0
    for i in range(a.shape[0]):
        if a[i] > 0:
            c += 1
    return c


@njit
def sizes(a):
    return a.size, len(a), a.shape[0], a.ndim


@njit
def stencil(a, out):
    for i in range(1, a.shape[0] - 1):
        out[i] = 0.25 * a[i - 1] + 0.5 * a[i] + 0.25 * a[i + 1]


@njit
def int_array_loop(a):
    s = 0
    for i in range(a.shape[0]):
        s += a[i] * (i + 1)
    return s


@njit
def for_over_array(a):
    s = 0.0
    for v in a:
        s += v * v
    return s


@njit
def store_int_to_float(a, out):
    for i in range(a.shape[0]):
        out[i] = a[i] // 2
