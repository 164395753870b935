from numba import njit


@njit
def f(a):
    x = a 2
    return x
