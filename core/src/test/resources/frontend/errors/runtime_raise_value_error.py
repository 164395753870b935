# call: f(-2)
from numba import njit


@njit
def f(a):
    if a < 0:
        raise ValueError('negative: ' + 'no')
    return a
