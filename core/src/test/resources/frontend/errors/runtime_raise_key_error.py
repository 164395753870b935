# call: f(3)
from numba import njit


@njit
def f(a):
    if a == 3:
        raise KeyError("three")
    return a
