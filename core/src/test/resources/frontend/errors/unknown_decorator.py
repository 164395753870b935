import numba
from numba import njit


@numba.cfunc("float64(float64)")
def f(x):
    return x
