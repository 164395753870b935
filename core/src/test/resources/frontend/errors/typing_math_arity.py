# call: f(2.0)
import math
from numba import njit


@njit
def f(x):
    return math.sqrt(x, 2.0)
