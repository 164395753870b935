# call: f(1.5)
from numba import njit


def scale(x, k):
    return x * k


@njit
def f(x):
    return scale(x) + 1.0
