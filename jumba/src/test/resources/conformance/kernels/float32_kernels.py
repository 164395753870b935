import numpy as np
from numba import njit


@njit
def f32_scale(a, out):
    for i in range(a.shape[0]):
        out[i] = a[i] * np.float32(2.5) + np.float32(1.0)


@njit
def f32_sum(a):
    s = np.float32(0.0)
    for i in range(a.shape[0]):
        s += a[i]
    return s


@njit
def f32_sqrt(a):
    return np.sqrt(a)


@njit
def f32_mixed(a):
    s = 0.0
    for i in range(a.shape[0]):
        s += a[i] * 0.1
    return s


@njit
def f32_whole(a, b):
    return a * b - a


@njit
def f32_max(a):
    return np.max(a), np.argmax(a)


@njit
def f32_math(a, out):
    for i in range(a.shape[0]):
        out[i] = np.exp(a[i]) - np.sin(a[i])


@njit
def f32_element(a, i):
    return a[i]
