# call: f(2)
from numba import njit

N = 10
BIG = N**19


@njit
def f(x):
    return x * BIG
