from numba import njit


@njit
def f(x):
    if x > 0
        return 1
    return 0
