# call: f(2.0)
from numba import njit

SCALE = (1, 2**70 * 1.5)


@njit
def f(x):
    return x * SCALE[1]
