from numba import njit


@njit
def f(n):
    d = {'a': n}
    return n
