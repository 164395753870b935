from numba import njit


@njit
def f(a):
    return 1 if a > 0
