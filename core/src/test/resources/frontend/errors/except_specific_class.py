from numba import njit


@njit
def f(a):
    try:
        return a[0]
    except IndexError:
        return 0
