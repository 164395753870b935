# call: f(2)
from collections import namedtuple

from numba import njit

Point = namedtuple("Point", "x y", rename=True)


@njit
def f(n):
    return Point(n, 1)
