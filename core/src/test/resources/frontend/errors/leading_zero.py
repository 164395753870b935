from numba import njit


@njit
def f(n):
    return n + 010
