from numba import njit


@njit
def f(a, b):
    s = (a + b * (a - b)
    return s
