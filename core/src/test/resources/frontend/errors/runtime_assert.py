# call: f(0)
from numba import njit


@njit
def f(a):
    assert a > 0, "a must be positive"
    return a
