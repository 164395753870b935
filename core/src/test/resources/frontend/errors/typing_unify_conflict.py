# call: f(float64[3], 1)
from numba import njit


@njit
def f(a, n):
    x = a
    if n > 0:
        x = 1
    return x
