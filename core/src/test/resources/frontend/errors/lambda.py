from numba import njit


@njit
def f(a):
    g = lambda x: x + 1
    return g(a)
