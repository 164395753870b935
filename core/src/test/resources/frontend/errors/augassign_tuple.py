from numba import njit


@njit
def f(a, b):
    a, b += 1
