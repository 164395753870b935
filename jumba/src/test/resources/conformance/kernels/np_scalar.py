import numpy as np
from numba import njit


@njit
def np_exp_log(x):
    return np.exp(x), np.log(x), np.log10(x), np.log2(x)


@njit
def np_sqrt(x):
    return np.sqrt(x)


@njit
def np_trig(x):
    return np.sin(x), np.cos(x), np.tan(x), np.arctan(x)


@njit
def np_arctan2(y, x):
    return np.arctan2(y, x)


@njit
def np_abs_sign(x):
    return np.abs(x), np.sign(x), np.fabs(x)


@njit
def np_int_abs_sign(a):
    return np.abs(a), np.sign(a)


@njit
def np_round_floor(x):
    return np.floor(x), np.ceil(x), np.trunc(x), np.rint(x)


@njit
def np_minmax(x, y):
    return np.maximum(x, y), np.minimum(x, y), np.fmax(x, y), np.fmin(x, y)


@njit
def np_isfinite(x):
    return np.isnan(x), np.isinf(x), np.isfinite(x)


@njit
def np_hypot_cbrt(x, y):
    return np.hypot(x, y), np.cbrt(x)


@njit
def np_exp2_expm1(x):
    return np.exp2(x), np.expm1(x), np.log1p(x)


@njit
def np_power(x, y):
    return np.power(x, y)


@njit
def np_constants(x):
    return x * np.pi + np.e, np.inf, np.nan
