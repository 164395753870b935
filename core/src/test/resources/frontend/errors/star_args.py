from numba import njit


@njit
def f(*args):
    return 0
