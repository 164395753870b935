"""NumPy's functions on complex64/complex128 arrays, elementwise, with zeros and signed zeros among the values."""
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
