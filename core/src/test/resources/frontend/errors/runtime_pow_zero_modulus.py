# call: f(0)
from numba import njit


@njit
def f(m):
    return pow(2, 3, m)
