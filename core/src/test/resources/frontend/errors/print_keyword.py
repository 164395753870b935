# call: f(1.5)
from numba import njit


@njit
def f(a):
    print(a, 2, sep=",")
    return a
