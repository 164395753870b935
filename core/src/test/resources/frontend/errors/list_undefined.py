# call: f(1)
from numba import njit


@njit
def f(n):
    xs = []
    return len(xs) + n
