# call: f(2)
from numba import njit


@njit
def f(n):
    xs = [3, 1, n]
    xs.rotate(1)
    return xs[0]
