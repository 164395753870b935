"""Tuples as kernel arguments: homogeneous, heterogeneous, nested, with arrays."""
import numpy as np
from numba import njit


@njit
def tuple_sum(t):
    s = 0
    for v in t:
        s += v
    return s


@njit
def mixed(t):
    n, x, flag = t
    return n * x if flag else n - x


@njit
def nested(t):
    (a, b), c = t
    return a * 100 + b * 10 + c[0] - c[1]


@njit
def swap(t):
    return t[1], t[0]


@njit
def scaled(pair):
    a, f = pair
    return a * f


@njit
def shape_like(shape):
    return np.zeros(shape).sum() + len(shape)


@njit
def compare(t, u):
    return t < u, t == u, len(t + u)
