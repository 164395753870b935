import math
from numba import njit

SCALE = 3
OFFSET = 0.25
LIMIT = 1 << 20
NEG = -7
FLAG = True
THRESH = SCALE * 2.5


@njit
def use_constants(x):
    return x * SCALE + OFFSET


@njit
def use_limit(n):
    return min(n, LIMIT) + NEG


@njit
def use_flag(a):
    if FLAG:
        return a + 1
    return a - 1


@njit
def derived_constant(x):
    return x > THRESH, THRESH


@njit
def mod_constant(n):
    return n % SCALE, math.pi * SCALE
