"""Decorator forms Numba code uses: @jit(nopython=True), inline='always' / 'never', options combined."""
import numba
import numpy as np
from numba import jit, njit, vectorize


@njit(inline='always')
def clamp(x, lo, hi):
    return lo if x < lo else hi if x > hi else x


@njit(inline='never')
def sq(x):
    return x * x


@jit(nopython=True)
def clamped_sum(a, lo, hi):
    s = 0.0
    for v in a:
        s += clamp(v, lo, hi)
    return s


@numba.jit(nopython=True, nogil=True, cache=False)
def sum_squares(n):
    s = 0
    for i in range(n):
        s += sq(i)
    return s


@numba.njit(inline='always', fastmath=False, error_model='numpy')
def safe_div(a, b):
    return a / b


@jit("float64(float64, float64)", nopython=True, inline='always')
def hyp(a, b):
    return np.sqrt(a * a + b * b)


@vectorize
def soft_clip(x, hi):
    if x > hi:
        return hi
    return x


@vectorize(nopython=True)
def scaled(x):
    return x * 0.5


@njit
def ufunc_from_kernel(a, hi):
    """@vectorize without signatures (a DUFunc) called from a kernel: elementwise on arrays, plain on scalars."""
    return soft_clip(a, hi), soft_clip(a[0], hi), scaled(a) + soft_clip(hi, a[1])
