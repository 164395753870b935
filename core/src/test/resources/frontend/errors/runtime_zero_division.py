# call: f(7, 0)
from numba import njit


@njit
def f(n, d):
    q = n // d
    return q
