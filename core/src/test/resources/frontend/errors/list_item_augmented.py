# call: f(1)
from numba import njit


@njit
def f(n):
    xs = [(1, 2), (n, 4)]
    xs[0] += (5,)
    return len(xs)
