import numpy as np
from numba import njit


@njit
def swap(a, b):
    return b, a


@njit
def unpack_sum(a, b):
    t = (a, b, a + b)
    x, y, z = t
    return x + y + z


@njit
def tuple_index(a, b):
    t = (a, b, a * b)
    return t[0] + t[2] - t[-1]


@njit
def min_max_pair(a):
    lo = a[0]
    hi = a[0]
    for i in range(1, a.shape[0]):
        if a[i] < lo:
            lo = a[i]
        if a[i] > hi:
            hi = a[i]
    return lo, hi


@njit
def use_pair(a):
    lo, hi = min_max_pair(a)
    return hi - lo


@njit
def mixed_tuple(a, x):
    return a, x, a > x


@njit
def swap_loop(n):
    a, b = 0, 1
    for i in range(n):
        a, b = b, a + b
    return a


@njit
def shape_unpack(m):
    r, c = m.shape
    return r * 100 + c


@njit
def return_arrays(n):
    a = np.zeros(n)
    b = np.ones(n)
    for i in range(n):
        a[i] = i * 1.5
    return a, b
