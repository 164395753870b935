"""None and optional values (Numba's OptionalType): functions returning None on some paths, variables assigned
None and a value, `is None` / `is not None`, parameters defaulting to None."""
import numpy as np
from numba import njit


@njit
def ret_opt(x):
    if x > 0:
        return x
    return None


@njit
def falls_off(x):
    if x > 0:
        return x * 1.5


@njit
def var_opt(n):
    y = None
    for i in range(n):
        y = i * 2
    if y is None:
        return -1
    return y


@njit
def use_opt(n):
    y = None
    if n > 0:
        y = n
    return y + 1


@njit
def is_not_none(x):
    v = ret_opt(x)
    if v is not None:
        return v * 2
    return 0


@njit
def opt_float(x):
    r = None
    if x > 1.0:
        r = x
    return r


@njit
def opt_widen(x):
    r = None
    if x > 0:
        r = x
    if x > 5:
        r = 0.5
    return r


@njit
def arr_opt(a, flag):
    if flag:
        return a
    return None


@njit
def opt_tuple(x):
    if x > 0:
        return (x, 2 * x)
    return None


@njit
def default_none(a, b=None):
    if b is None:
        return a
    return a + b


@njit
def pick(x, y=None):
    return x if y is None else y


@njit
def fill_n(a, n=None):
    if n is None:
        n = a.shape[0]
    s = 0.0
    for i in range(n):
        s += a[i]
    return s


@njit
def call_with_none(a):
    return default_none(a, None) * 10 + default_none(a, 1)


@njit
def first_negative(a):
    found = None
    for i in range(a.shape[0]):
        if a[i] < 0:
            found = i
            break
    return found


@njit
def pos_or_none(v):
    if v > 0:
        return v
    return None


@njit
def sum_opt(a):
    t = 0.0
    for i in range(a.shape[0]):
        v = pos_or_none(a[i])
        if v is not None:
            t += v
    return t


@njit
def passthrough(x):
    v = ret_opt(x)
    w = v
    return w


@njit
def print_opt(x):
    v = ret_opt(x)
    print(v, None)
    return 0


@njit
def scalar_is_none(x):
    return x is None, x is not None, None is None


@njit
def ret_none_explicit(x):
    return None
