import numpy as np
from numba import njit


@njit
def sorted_and_order(a):
    return np.sort(a), np.argsort(a, kind="stable")


@njit
def sort_in_place(a):
    a.sort()
    return a.argsort(kind="mergesort")


@njit
def search(a, v, x):
    s = np.sort(a)
    return (np.searchsorted(s, v), np.searchsorted(s, v, side="right"), np.searchsorted(s, x),
            np.searchsorted(s, x, side="right"))


@njit
def distinct(a):
    return np.unique(a)


@njit
def counts(x, w):
    return np.bincount(x), np.bincount(x, minlength=60), np.bincount(x, weights=w)


@njit
def negative_count(x):
    return np.bincount(x)


@njit
def bins_of(x, bins, y):
    return np.digitize(x, bins), np.digitize(x, bins, right=True), np.digitize(y, bins), np.digitize(y, bins, True)


@njit
def unordered_bins(x, bins):
    return np.digitize(x, bins)


@njit
def interpolate(x, xp, fp, y):
    return np.interp(x, xp, fp), np.interp(x, xp, fp, left=-1.0, right=99.0), np.interp(y, xp, fp)


@njit
def histograms(a, edges):
    h, e = np.histogram(a)
    h2, e2 = np.histogram(a, bins=7, range=(-3.0, 4.5))
    h3, e3 = np.histogram(a, edges)
    return h, e, h2, e2, h3, e3


@njit
def histogram_of_constant(a):
    return np.histogram(a, 4)


@njit
def binned(a, bins, lo, hi):
    return np.histogram(a, bins, (lo, hi))


@njit
def bad_range(a):
    return np.histogram(a, 3, (2.0, 1.0))


@njit
def partitioned(a, k):
    # Only the k-th place is defined (elements before it sort before it, those after it not); the order within each
    # side is the algorithm's own, so the sides are compared sorted.
    p = np.partition(a, k)
    i = np.argpartition(a, k)
    kk = k if k >= 0 else k + a.shape[0]
    q = a[i]
    return (np.sort(p[:kk]), p[kk], np.sort(p[kk + 1:]), np.sort(q[:kk]), q[kk], np.sort(q[kk + 1:]),
            np.sort(i))


@njit
def partitioned_many(a, ks):
    p = np.partition(a, ks)
    q = a[np.argpartition(a, ks)]
    return p[ks], q[ks], np.sort(p), np.sort(q), p[:2].max() <= p[2], q[:2].max() <= q[2]


@njit
def partitioned_tuple(a):
    p = np.partition(a, (2, -1, 5))
    return p[2], p[5], p[-1], np.sort(p[:2]), np.sort(p[3:5]), np.sort(p[6:-1])


@njit
def partition_out_of_bounds(a, k):
    return np.partition(a, k)


@njit
def sorted_rows(m):
    # N-d: each run along the last axis, as Numba's np.sort
    return np.sort(m), np.sort(m, axis=-1)


@njit
def partitioned_rows(m, k):
    # N-d: each run along the last axis partitioned; the k-th column is defined, each row's sides compared sorted
    p = np.partition(m, k)
    i = np.argpartition(m, k)
    return p[..., k], np.sort(p[..., :k]), np.sort(p[..., k + 1:]), np.sort(i)


@njit
def argpartitioned_rows(m, k):
    i = np.argpartition(m, k)
    q = np.empty_like(m)
    for r in range(m.shape[0]):
        q[r] = m[r][i[r]]
    return q[:, k], np.sort(q[:, :k]), np.sort(q[:, k + 1:])


@njit
def unstable_order(a):
    # NumPy's and Numba's quicksort are not stable (each breaks ties its own way): the cases have no ties
    return np.argsort(a, kind="quicksort"), np.argsort(a), a.argsort(kind="quicksort")
