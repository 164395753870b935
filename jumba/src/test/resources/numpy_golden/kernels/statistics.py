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


@njit
def cumulative(a):
    return np.cumsum(a), np.cumprod(a), np.diff(a), np.diff(a, 2), np.diff(a, n=0)


@njit
def order_statistics(a):
    return (np.median(a), np.percentile(a, 25.0), np.percentile(a, 100), np.quantile(a, 0.5),
            np.quantile(a, 0.9), np.average(a))


@njit
def weighted(a, w):
    return np.average(a, weights=w)


@njit
def diff_negative(a):
    return np.diff(a, -1)


@njit
def percentile_out_of_range(a):
    return np.percentile(a, 101.0)


@njit
def nan_order_statistics(a):
    # NaNs left out of the order statistics, and counted as 0 (sums) or 1 (products) in the running ones.
    return np.nanmedian(a), np.nanpercentile(a, 30.0), np.nanquantile(a, 0.75), np.nancumsum(a), np.nancumprod(a)
