# call: f(float64[3])
from numba import njit


@njit
def f(a):
    xs = [a, a]
    xs[0] += 1.0
    return len(xs)
