from numba import njit


@njit
def f(a):
    with open(a) as fh:
        pass
