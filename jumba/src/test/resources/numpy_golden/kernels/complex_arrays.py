"""NumPy's functions on complex64/complex128 arrays, elementwise, with zeros and signed zeros among the values."""
import cmath

import numpy as np
from numba import njit


@njit
def functions(a):
    return np.exp(a), np.log(a), np.log10(a), np.sqrt(a), np.abs(a)


@njit
def trigonometric(a):
    return np.sin(a), np.cos(a), np.tan(a), np.sinh(a), np.cosh(a), np.tanh(a)


@njit
def parts(a):
    return np.real(a), np.imag(a), np.conj(a), a.real, a.imag, a.conjugate()


@njit
def tests(a):
    return np.isnan(a), np.isinf(a), np.isfinite(a)


@njit
def divide(a, b):
    return a / b, a * b, a - b, a ** 2


@njit
def with_reals(a, x):
    return a + x, x / a, a * 2.5


@njit
def inverse_trigonometric(a):
    return np.arcsin(a), np.arccos(a), np.arctan(a), np.arcsinh(a), np.arccosh(a), np.arctanh(a)


@njit
def reductions(a):
    return np.sum(a), np.prod(a[:8]), np.mean(a), a.sum(), a.mean()


@njit
def dots(a, b):
    return np.dot(a, b), np.vdot(a, b)


@njit
def reductions_along_axes(m):
    return np.sum(m, axis=0), np.sum(m, axis=1), np.prod(m, axis=0), m.prod(axis=-1), np.mean(m, axis=0), m.mean(axis=1)


@njit
def ordering(a):
    # NumPy orders complex values by real part, then imaginary part; a NaN in either part wins
    return np.min(a), np.max(a), np.argmin(a), np.argmax(a), a.min(), a.max(), a.argmin(), a.argmax()


@njit
def ordering_along_axes(m):
    return np.min(m, axis=0), np.max(m, axis=1), np.argmin(m, axis=0), m.argmax(axis=1), np.amax(m, axis=-2)


@njit
def reductions_3d(t):
    return np.sum(t, axis=1), np.max(t, axis=2), np.argmin(t, axis=0), np.mean(t, axis=2), np.argmax(t)


@njit
def sorted_complex(a):
    # NumPy's order: real part, then imaginary part; values with a NaN last (NaN imaginary, NaN real, both)
    b = a.copy()
    b.sort()
    return np.sort(a), np.argsort(a, kind="stable"), b, a.argsort()


@njit
def unique_complex(a):
    return np.unique(a)


@njit
def sorted_complex_rows(m):
    return np.sort(m)


@njit
def statistics(a):
    return (np.var(a), np.std(a), a.var(), a.std(ddof=1), np.nanvar(a), np.nanstd(a), np.nanmean(a), np.nansum(a),
            np.nanprod(a[:6]), np.ptp(a), np.average(a))


@njit
def statistics_along_axes(m):
    return np.var(m, axis=0), np.std(m, axis=1), m.var(axis=1, ddof=1), np.ptp(m, axis=0), np.average(m, axis=1)


@njit
def cumulative(a):
    return np.cumsum(a), np.cumprod(a[:8]), a.cumsum(), np.nancumsum(a), np.nancumprod(a[:8])


@njit
def rounded(a):
    return np.round(a, 1), np.around(a, -1), np.round(a[3], 2)


@njit
def interpolated(x, xp, fp):
    return np.interp(x, xp, fp), np.interp(x[0], xp, fp), np.interp(x, xp, fp, left=1 + 2j, right=-1j)


@njit
def median_of_complex(a):
    return np.median(a)


@njit
def percentile_of_complex(a):
    return np.percentile(a, 50.0)


@njit
def nanmin_of_complex(a):
    return np.nanmin(a)


@njit
def astype_real(a):
    return a.astype(np.float64)


@njit
def weighted_average_of_complex(a, w):
    return np.average(a, weights=w)


# a.real and a.imag of a complex array are views of its storage that write through, as NumPy's and Numba's

@njit
def parts_write_through(a):
    a.imag[1] = 3.0
    x = a.real
    x += 1
    a.real[::3] = -a.imag[::3]
    y = np.imag(a)
    y[0] = 7.5
    for i in range(2, a.shape[0], 4):
        a.imag[i] = i * 0.5
    return a.real.sum(), x, y


@njit
def add_to(x, v):
    for i in range(x.shape[0]):
        x[i] += v
    return x.sum()


@njit
def parts_passed(a):
    s = add_to(a.imag, 2.0)
    t = add_to(np.real(a), -1.0)
    return s, t, np.abs(a.real) + a.imag, a.real[1:4]


@njit
def parts_of_matrix(m):
    m.real[:, 0] = 0
    m.imag[1] = m.real[1]
    m.imag[2:, 1:] *= 2
    return m.real.T.copy(), np.real(m[::-1, 1:]), m.imag.sum(axis=0)


@njit
def parts_zeroed(a):
    a.real[:] = 0
    a.imag[:] = a.imag[::-1]
    return a.real.shape[0], a.imag.size, a.real.ndim


@njit
def truths(a):
    # an element is true when either part is nonzero (NaN included)
    return np.any(a), np.all(a), a.any(), a.all(), np.any(a[:0]), np.all(a[:0])


@njit
def truths_along_axes(m):
    return np.any(m, axis=0), np.all(m, axis=1), m.any(axis=-1), m.all(axis=0)


@njit
def reductions_at_runtime_axis(m, k):
    return (np.sum(m, axis=k), np.prod(m, axis=k), np.mean(m, axis=k), m.sum(axis=k), np.max(m, axis=k),
            np.argmin(m, axis=k), np.any(m, axis=k), np.all(m, axis=k))


@njit
def sum_at_runtime_axis(a, k):
    return np.sum(a, axis=k), a.mean(axis=k), np.argmax(a, axis=k)


@njit
def dots_2d(a, b):
    return np.dot(a, b), a @ b, a.dot(b)


@njit
def log_base(a, b):
    out = np.empty((4, a.shape[0]), np.complex128)
    for i in range(a.shape[0]):
        out[0, i] = cmath.log(a[i], b[i])
        out[1, i] = cmath.log(a[i], 10)
        out[2, i] = cmath.log(a[i].real, 2.5)
        out[3, i] = cmath.log(b[i], a[i].imag + 3)
    return out
