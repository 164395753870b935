from numba import njit


@njit
def f(x):
    y = x
        return y
