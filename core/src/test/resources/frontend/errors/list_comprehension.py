from numba import njit


@njit
def f(n):
    return sum([i * i for i in range(n)])
