from numba import njit


@njit
def f(n):
    s = 'abc
    return n
