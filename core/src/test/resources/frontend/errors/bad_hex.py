from numba import njit


@njit
def f(x):
    return x + 0xZ1
