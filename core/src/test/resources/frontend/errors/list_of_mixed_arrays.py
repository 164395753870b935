# call: f(float64[3])
from numba import njit


@njit
def f(a):
    xs = [a, a > 0]
    return len(xs)
