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
