# call: f(int64[4], -5)
from numba import njit


@njit
def f(a, i):
    return a[i] * 2
