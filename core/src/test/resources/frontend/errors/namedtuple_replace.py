# call: f(2)
from collections import namedtuple

from numba import njit

Point = namedtuple("Point", ["x", "y"])


@njit
def f(n):
    p = Point(n, 2.5)
    return p._replace(x=3)
