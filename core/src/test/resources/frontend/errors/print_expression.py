# call: f(1.5)
from numba import njit


@njit
def f(a):
    b = print(a)
    return a
