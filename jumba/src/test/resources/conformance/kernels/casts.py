import numpy as np
from numba import njit


@njit
def to_int(x):
    return int(x)


@njit
def to_float(a):
    return float(a)


@njit
def to_f32(x):
    return np.float32(x)


@njit
def f32_arith(x, y):
    a = np.float32(x)
    b = np.float32(y)
    return a * b + a


@njit
def to_int32_wrap(a):
    return np.int32(a)


@njit
def to_int8_wrap(a):
    return np.int8(a)


@njit
def to_uint8(a):
    return np.uint8(a)


@njit
def to_bool(a, x):
    return bool(a), bool(x)


@njit
def np_int64_of_float(x):
    return np.int64(x)


@njit
def np_float64_of_int(a):
    return np.float64(a) / 3


@njit
def round_builtin(x):
    return round(x)


@njit
def round_digits(x):
    return round(x, 2)


@njit
def int_of_bool(p):
    return int(p) + 1
