# call: f(1.0)
import math
from numba import njit


@njit
def f(b):
    return math.log(2.0, b)
