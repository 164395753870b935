# call: f(-3)
import math
from numba import njit


@njit
def f(n):
    return math.factorial(n)
