# call: f(1)
from numba import njit


@njit
def f(n):
    xs = [n, 'a']
    return xs
