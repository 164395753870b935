from numba import njit


@njit
def f(a):
    if (n := a.shape[0]) > 3:
        return n
    return 0
