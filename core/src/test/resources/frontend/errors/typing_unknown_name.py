# call: f(2)
from numba import njit


@njit
def f(x):
    y = x * 2
    return y + z
