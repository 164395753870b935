from numba import njit


@njit
def f(a):
    x = a +
    return x
