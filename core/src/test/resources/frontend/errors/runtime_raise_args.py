# call: f(3)
from numba import njit


@njit
def f(a):
    for i in range(a):
        if i == 2:
            raise IndexError("bad index", 2, True)
    return a
