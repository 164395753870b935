"""NumPy's library functions inside kernels: convolve, correlate, cov, corrcoef, vander, sinc, ediff1d and
fill_diagonal, as NumPy 2 computes them."""
import numpy as np
from numba import njit


@njit
def convolved(a, v):
    return np.convolve(a, v), np.convolve(a, v, "same"), np.convolve(a, v, mode="valid")


@njit
def correlated(a, v):
    return np.correlate(a, v), np.correlate(a, v, "same"), np.correlate(a, v, mode="full")


@njit
def convolve_empty(a):
    return np.convolve(a[:0], a)


@njit
def correlate_empty(a):
    return np.correlate(a, a[:0])


@njit
def convolve_bad_mode(a):
    return np.convolve(a, a, mode="wide")


@njit
def convolve_2d(m):
    return np.convolve(m, m)


@njit
def covariances(m):
    return (np.cov(m), np.cov(m, rowvar=False), np.cov(m, bias=True), np.cov(m, ddof=3), np.cov(m, None, True, False, 0),
            np.cov(m, ddof=2.0))


@njit
def covariance_with(m, y):
    return np.cov(m, y), np.cov(m, y, bias=True)


@njit
def covariance_with_columns(m, y):
    return np.cov(m, y, rowvar=False), np.cov(m, y, False, True, 2)


@njit
def variance_of(x):
    # NumPy gives a 0-d array, Jumba the float64 within it
    return float(np.cov(x)), float(np.cov(x, ddof=0)), float(np.corrcoef(x))


@njit
def cov_bad_ddof(m, d):
    return np.cov(m, ddof=d)


@njit
def cov_too_many_dims(t):
    return np.cov(t)


@njit
def correlations(m):
    return np.corrcoef(m), np.corrcoef(m, rowvar=False)


@njit
def correlation_with(x, y):
    return np.corrcoef(x, y)


@njit
def correlation_with_columns(x, y):
    return np.corrcoef(x, y, False)


@njit
def vandermonde(x):
    return np.vander(x), np.vander(x, 3), np.vander(x, increasing=True), np.vander(x, N=5, increasing=True), np.vander(x, 0)


@njit
def vander_negative(x):
    return np.vander(x, -1)


@njit
def vander_2d(m):
    return np.vander(m)


@njit
def sincs(x, s):
    return np.sinc(x), np.sinc(s), np.sinc(0.0), np.sinc(x[::2])


@njit
def differences(a):
    return np.ediff1d(a), np.ediff1d(a, to_end=np.array([7, 8])), np.ediff1d(a, to_begin=-1), np.ediff1d(a, 3, 4)


@njit
def differences_2d(m):
    return np.ediff1d(m, to_begin=m[0])


@njit
def differences_of_one(a):
    return np.ediff1d(a[:1], 5, 6), np.ediff1d(a[:0], to_end=2)


@njit
def differences_float_into_int(a):
    return np.ediff1d(a, to_begin=1.5)


@njit
def differences_of_bool(a):
    return np.ediff1d(a > 0)


@njit
def diagonal_filled(a, v):
    np.fill_diagonal(a, v)
    return a


@njit
def diagonal_wrapped(a, v):
    np.fill_diagonal(a, v, wrap=True)
    return a


@njit
def diagonal_of_1d(a):
    np.fill_diagonal(a, 0)
    return a


@njit
def split_floats(a, x):
    m, e = np.frexp(a)
    f, i = np.modf(a)
    xm, xe = np.frexp(x)
    xf, xi = np.modf(x)
    return m, e, f, i, xm, xe, xf, xi, np.frexp(a[::-3])[0], np.modf(a + a)[0]


@njit
def frexp_with_output(a):
    return np.frexp(a, a)
