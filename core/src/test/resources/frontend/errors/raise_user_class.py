# call: f(3)
from numba import njit


@njit
def f(a):
    raise MyError("x")
