"""A return type declared in the signature converts the result, as Numba casts it."""
import numpy as np
from numba import njit, int32, float64


@njit("int32(float64)")
def trunc_to_int32(x):
    return x * 2.0


@njit("float32(float64, float64)")
def narrowed(x, y):
    return x / y


@njit("float64(int64)")
def widened(n):
    s = 0
    for i in range(n):
        s += i * i
    return s


@njit(int32(int32, int32))
def wraps_int32(a, b):
    return a * b


@njit("boolean(int64)")
def as_bool(n):
    return n - 3


@njit("int64(float64)")
def branches(x):
    if x > 0:
        return x + 0.75
    return x - 0.75


@njit("UniTuple(int64, 2)(float64, float64)")
def tuple_of_ints(x, y):
    return x * 3.0, y / 2.0


@njit("float64(float64[:])")
def array_sum(a):
    s = 0
    for v in a:
        s += v > 0
    return s


@njit("int64(int64)")
def recursive_sum(n):
    if n <= 0:
        return 0
    return n + recursive_sum(n - 1)


@njit("float64[:](float64[:])")
def array_view(a):
    return a * 2.0
