from numba import njit


@njit
def f(a):
    if a < 0:
        raise ValueError('negative')
    return a
