import math
import numpy as np
from numba import njit


@njit
def exp_log(x):
    return math.exp(x), math.log(x), math.log10(x)


@njit
def expm1_log1p(x):
    return math.expm1(x), math.log1p(x)


@njit
def sqrt_f(x):
    return math.sqrt(x)


@njit
def trig(x):
    return math.sin(x), math.cos(x), math.tan(x)


@njit
def inv_trig(x):
    return math.asin(x), math.acos(x), math.atan(x)


@njit
def hyperbolic(x):
    return math.sinh(x), math.cosh(x), math.tanh(x)


@njit
def inv_hyperbolic(x):
    return math.asinh(x), math.atanh(x / 2.0), math.acosh(abs(x) + 1.0)


@njit
def atan2_hypot(y, x):
    return math.atan2(y, x), math.hypot(y, x)


@njit
def floor_ceil_trunc(x):
    return math.floor(x), math.ceil(x), math.trunc(x)


@njit
def fmod_copysign(x, y):
    return np.fmod(x, y), math.copysign(x, y)


@njit
def pow_f(x, y):
    return math.pow(x, y)


@njit
def classify(x):
    return math.isnan(x), math.isinf(x), math.isfinite(x)


@njit
def degrees_radians(x):
    return math.degrees(x), math.radians(x)


@njit
def erf_gamma(x):
    return math.erf(x), math.erfc(x), math.gamma(x), math.lgamma(x)


@njit
def constants(x):
    return x * math.pi, math.e, math.tau, math.inf > x


@njit
def fabs_f(x):
    return math.fabs(x)


@njit
def sqrt_int(n):
    return math.sqrt(n)


@njit
def math_floor_int(n):
    return math.floor(n / 3)
