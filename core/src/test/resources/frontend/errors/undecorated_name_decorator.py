from numba import njit


def trace(fn):
    return fn


@trace
def f(x):
    return x
