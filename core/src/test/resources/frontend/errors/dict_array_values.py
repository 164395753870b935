# call: f(1)
import numpy as np
from numba import njit, types
from numba.typed import Dict


@njit
def f(k):
    d = Dict.empty(key_type=types.int64, value_type=types.float64[:])
    return len(d)
