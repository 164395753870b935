# call: f(5)
from numba import njit


@njit
def f(i):
    xs = [1, 2, 3]
    return xs[i]
