# call: f(1.5)
from numba import njit


@njit
def f(a):
    return a is None is None
