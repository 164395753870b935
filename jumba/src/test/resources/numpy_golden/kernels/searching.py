"""nonzero, one-argument where, argwhere, flatnonzero, clip, round with decimals, isclose, allclose, array_equal."""
import numpy as np
from numba import njit


@njit
def nonzero_forms(a):
    # The tuples' first and last index arrays (nested tuples are not golden values).
    nz = np.nonzero(a)
    w = np.where(a)
    return np.flatnonzero(a), np.argwhere(a), nz[0], nz[-1], w[0], w[-1], len(nz)


@njit
def clipped(a, lo, hi):
    return np.clip(a, lo, hi)


@njit
def rounded(a, d):
    return np.round(a, d), np.around(a, decimals=d), np.round(a, 2)


@njit
def round_scalar(x, d):
    return np.round(x, d)


@njit
def closeness(a, b):
    return (np.isclose(a, b), np.isclose(a, b, rtol=1e-3, atol=0.0), np.isclose(a, b, equal_nan=True),
            np.allclose(a, b), np.allclose(a, b, rtol=0.5, atol=1.0, equal_nan=True))


@njit
def close_scalars(x, y):
    return np.isclose(x, y), np.allclose(x, y, atol=0.5)


@njit
def equal_arrays(a, b):
    return np.array_equal(a, b), np.array_equal(a, a), np.array_equal(a, b[:1])


@njit
def nonzero_method(a):
    nz = a.nonzero()
    return nz[0], nz[-1], len(nz)
