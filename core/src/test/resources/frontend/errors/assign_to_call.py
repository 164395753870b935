from numba import njit


@njit
def f(a):
    len(a) = 3
