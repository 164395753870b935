# call: f(2)
from numba import njit

SMALL = 2**62
BIG = 2**200


@njit
def f(x):
    return x + SMALL + BIG
