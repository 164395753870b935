from numba import njit


@njit
def f(n):
    return n * 100000000000000000000
