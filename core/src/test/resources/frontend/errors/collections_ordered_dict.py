# call: f(2)
from collections import OrderedDict

from numba import njit


@njit
def f(n):
    return n
