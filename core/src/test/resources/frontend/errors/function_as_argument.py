# call: apply(2.5)
from numba import njit


def square(x):
    return x * x


@njit
def twice(f, x):
    return f(f(x))


@njit
def apply(x):
    return twice(square, x)
