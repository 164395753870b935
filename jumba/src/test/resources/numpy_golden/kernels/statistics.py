import numpy as np
from numba import njit


@njit
def var_std(a):
    return np.var(a), np.std(a), np.var(a, ddof=1), np.std(a, ddof=1)


@njit
def ptp_count(a):
    return np.ptp(a), np.count_nonzero(a)


@njit
def nan_family(a):
    return np.nansum(a), np.nanprod(a), np.nanmean(a), np.nanmin(a), np.nanmax(a), np.nanvar(a), np.nanstd(a)


@njit
def var_of_expression(a, b):
    return np.var(a * b + 1.0), np.std(a - b)


@njit
def too_few_for_ddof(a):
    return np.var(a, ddof=1)
