"""Python built-ins and math functions that Numba 0.56 refuses (a TypingError) and Jumba compiles as CPython
computes them: their goldens come from CPython + NumPy (cases marked python_only in tools/conformance/cases.py)."""
import math

import numpy as np
from numba import njit


@njit
def pow_mod(a, b, m):
    return pow(a, b, m)


@njit
def any_all_tuple(a, b, c):
    t = (a, b, c)
    return any(t), all(t), any((a, 0.0)), all((b, True))


@njit
def any_all_array(a):
    return any(a), all(a), any(a > 1), all(a != 0)


@njit
def any_all_range(lo, hi):
    return any(range(lo, hi)), all(range(lo, hi)), all(range(lo, hi, 2))


@njit
def any_in_loop(a):
    # any over a generator-free form: a tuple of comparisons built per element
    n = 0
    for x in a:
        if any((x < -1, x > 1)):
            n += 1
    return n


@njit
def tuple_repeat_vars(a, b):
    t = (a, b) * 2
    u = 3 * (a,)
    return t, u, len(t + u)


@njit
def lcm(a, b):
    return math.lcm(a, b)


@njit
def factorial(n):
    return math.factorial(n)


@njit
def comb(n, k):
    return math.comb(n, k)


@njit
def isclose(a, b):
    return math.isclose(a, b), math.isclose(a, b, rel_tol=1e-3), math.isclose(a, b, abs_tol=0.5)


@njit
def isclose_tols(a, b, rel, tol):
    return math.isclose(a, b, rel_tol=rel, abs_tol=tol)


@njit
def log2(x):
    return math.log2(x)


@njit
def log_base(x, base):
    return math.log(x, base)


@njit
def log2_array(a):
    out = np.empty_like(a)
    for i in range(a.shape[0]):
        out[i] = math.log2(a[i]) + math.log(a[i], 10.0)
    return out
