# call: f(2)
from numba import njit


@njit
def f(n):
    xs = [3, 1, n]
    xs.sort(key=abs)
    return xs[0]
