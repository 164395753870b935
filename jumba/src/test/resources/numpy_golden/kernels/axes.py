import numpy as np
from numba import njit


@njit
def folds_axis0(a):
    return a.sum(axis=0), np.prod(a, axis=0), a.mean(axis=0), np.min(a, axis=0), a.max(axis=0)


@njit
def folds_last_axis(a):
    return np.sum(a, axis=-1), a.prod(axis=-1), np.mean(a, -1), a.min(axis=-1), np.max(a, axis=-1)


@njit
def arg_axes(a):
    return np.argmin(a, axis=0), a.argmax(axis=0), np.argmin(a, axis=-1), a.argmax(axis=-1)


@njit
def arg_middle_axis(a):
    return a.argmin(axis=1), np.argmax(a, axis=1), a.sum(axis=1), a.min(axis=1)


@njit
def truth_axes(a):
    return np.any(a, axis=0), a.all(axis=0), a.any(axis=-1), np.all(a, axis=-1)


@njit
def truth_middle_axis(a):
    return np.any(a > 0, axis=1), np.all(a > -40, axis=1)


@njit
def runtime_axis(a, k):
    return a.sum(axis=k), np.max(a, axis=k), np.argmin(a, axis=k), a.mean(axis=k)


@njit
def runtime_axis_1d(a, k):
    return np.sum(a, axis=k)


@njit
def var_std_axis(a):
    return np.var(a, axis=0), np.std(a, axis=-1), a.var(axis=1), a.std(axis=0, ddof=1)


@njit
def argmin_empty_axis(a):
    return np.argmin(a, axis=0)


@njit
def axis_out_of_range(a):
    return a.sum(axis=2)


@njit
def float_axis(a):
    return a.sum(axis=1.0)


@njit
def cumulative_axes(a):
    return np.cumsum(a, axis=0), a.cumsum(axis=-1), np.cumprod(a, axis=1), a.cumprod(0), np.cumsum(a, axis=None)


@njit
def spread_axes(a):
    return np.ptp(a, axis=0), np.ptp(a, axis=-1), np.count_nonzero(a, axis=0), np.count_nonzero(a, axis=1)


@njit
def order_axes(a):
    return (np.median(a, axis=0), np.median(a, axis=-1), np.percentile(a, 25.0, axis=1), np.quantile(a, 0.9, axis=0),
            np.nanmedian(a, axis=1), np.nanpercentile(a, 70.0, axis=0), np.nanquantile(a, 0.5, axis=-1))


@njit
def statistics_runtime_axis(a, k):
    return (np.ptp(a, axis=k), np.count_nonzero(a, axis=k), np.median(a, axis=k), np.nanquantile(a, 0.25, axis=k),
            np.diff(a, 1, axis=k), np.average(a, axis=k))


@njit
def diff_axes(a):
    return np.diff(a), np.diff(a, axis=0), np.diff(a, 2, axis=1), np.diff(a, n=0, axis=0), np.diff(a, 20, axis=0)


@njit
def average_axes(a, w_same, w_axis0):
    return (np.average(a, axis=0), np.average(a, weights=w_same), np.average(a, axis=1, weights=w_same),
            np.average(a, axis=0, weights=w_axis0), np.average(a, 0, w_axis0))


@njit
def average_runtime_axis(a, k, w):
    return np.average(a, axis=k, weights=w)


@njit
def median_axis_out_of_range(a):
    return np.median(a, axis=3)


@njit
def average_shapes_differ(a, w):
    return np.average(a, weights=w)


@njit
def average_lengths_differ(a, w):
    return np.average(a, weights=w)


@njit
def average_lengths_differ_on_axis(a, w):
    return np.average(a, axis=0, weights=w)
