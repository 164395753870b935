# call: f(1.5)
from numba import njit


@njit
def f(a):
    b = a
    return a is b
