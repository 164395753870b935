from numba import njit


@njit
def f(n):
    s = f'{n}'
    return n
