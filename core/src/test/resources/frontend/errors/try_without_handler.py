from numba import njit


@njit
def f(a):
    try:
        x = a[0]
    x = 1
    return x
