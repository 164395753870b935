# call: f(float64[3])
from numba import njit


@njit
def f(a):
    xs = [a, a]
    return len(xs)
