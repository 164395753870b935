# call: f(float64[3])
from numba import njit


@njit
def f(a):
    xs = [1j, a[0]]
    return len(xs)
