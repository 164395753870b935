# call: f(2)
import collections

from numba import njit


@njit
def f(n):
    Pair = collections.namedtuple("Pair", "a b")
    return n
