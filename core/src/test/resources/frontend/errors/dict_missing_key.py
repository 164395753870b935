# call: f(3)
from numba import njit, types
from numba.typed import Dict


@njit
def f(k):
    d = Dict.empty(key_type=types.int64, value_type=types.float64)
    d[1] = 2.5
    return d[k]
