from numba import njit


@njit
def f(a, x):
    return x in a
