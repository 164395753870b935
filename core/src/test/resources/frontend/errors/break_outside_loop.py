from numba import njit


@njit
def f(n):
    if n:
        break
