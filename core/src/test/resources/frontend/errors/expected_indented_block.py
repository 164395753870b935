from numba import njit


@njit
def f(x):
    while x > 0:
    x -= 1
