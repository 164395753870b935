# call: f(1.5)
from numba import njit


@njit
def f(x):
    assert x < 1.0
    return x
