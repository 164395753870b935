# call: f(1)
from numba import njit


@njit
def f(n):
    s = "abc"
    return n
