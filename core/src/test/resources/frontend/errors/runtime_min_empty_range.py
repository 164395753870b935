# call: f(0)
from numba import njit


@njit
def f(n):
    return min(range(n))
