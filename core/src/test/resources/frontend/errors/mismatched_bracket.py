from numba import njit


@njit
def f(a):
    return a[0)
