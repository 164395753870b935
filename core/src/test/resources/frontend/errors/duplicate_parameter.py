from numba import njit


@njit
def f(x, x):
    return x
