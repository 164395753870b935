# call: f(1.5)
from numba import njit


@njit
def f(a, b=None):
    return a * b
