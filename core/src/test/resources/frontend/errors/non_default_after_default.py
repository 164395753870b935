from numba import njit


@njit
def f(a=1, b):
    return a
