from numba import njit


@njit
def f(a):
    print(a)
    return a
