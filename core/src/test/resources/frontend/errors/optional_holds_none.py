# call: f(-2)
from numba import njit


@njit
def f(n):
    y = None
    if n > 0:
        y = n
    return y + 1
