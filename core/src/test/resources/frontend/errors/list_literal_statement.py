from numba import njit


@njit
def f(n):
    xs = [1, 2, 3]
    return xs
