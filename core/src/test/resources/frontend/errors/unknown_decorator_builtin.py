from numba import njit


@njit
@staticmethod
def f(x):
    return x
