from numba import njit


@njit
def f(n):
    while n > 0:
        n -= 1
    else:
        n = 5
    return n
