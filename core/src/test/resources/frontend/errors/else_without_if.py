from numba import njit


@njit
def f(a):
    else:
        return a
