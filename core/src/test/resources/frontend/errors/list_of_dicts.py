# call: f(1)
from numba import njit, types
from numba.typed import Dict


@njit
def f(n):
    d = Dict.empty(key_type=types.int64, value_type=types.int64)
    xs = [d]
    return len(xs)
