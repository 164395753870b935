# call: f(4)
from numba import njit


@njit
def f(m):
    return pow(2, -1, m)
