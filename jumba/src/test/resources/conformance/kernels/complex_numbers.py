"""complex64 and complex128: literals, complex(), arithmetic and promotion, parts, cmath, complex arrays."""
import cmath
import numpy as np
from numba import njit


@njit
def arith(z, w):
    return z + w, z - w, z * w, z / w, -z, z ** 2, z ** w, z == w, z != w


@njit
def literals(x):
    a = 2 + 3j
    b = 1j * x
    c = complex(x, -1.5)
    d = complex(x)
    return a, b, c, d, a * b + c - d


@njit
def parts(z):
    return abs(z), z.real, z.imag, z.conjugate(), z * z.conjugate()


@njit
def real_parts(x, n):
    return x.real, x.imag, n.real, n.imag, x.conjugate()


@njit
def promote(x, n, z):
    return z + x, z * n, n - z, x / z, z ** n


@njit
def single(a, x):
    z = a[0]
    return z * z, z + x, z * np.float32(2.0), z / a[1], abs(z), z.real


@njit
def cmath_basic(z):
    r, phi = cmath.polar(z)
    return cmath.exp(z), cmath.log(z), cmath.sqrt(z), cmath.phase(z), r, phi, cmath.log10(z)


@njit
def cmath_log_base(z, base):
    return cmath.log(z, base)


@njit
def cmath_trig(z):
    return cmath.sin(z), cmath.cos(z), cmath.tan(z), cmath.sinh(z), cmath.cosh(z), cmath.tanh(z)


@njit
def cmath_inverse(z):
    return cmath.asin(z), cmath.acos(z), cmath.atan(z), cmath.asinh(z), cmath.acosh(z), cmath.atanh(z)


@njit
def cmath_inverse_of_real(x):
    return cmath.asin(x), cmath.acos(x), cmath.atanh(x)


@njit
def cmath_of_real(x):
    return cmath.exp(x), cmath.sqrt(-x), cmath.rect(x, 0.5), cmath.phase(-x)


@njit
def tests(z):
    return cmath.isnan(z), cmath.isinf(z), cmath.isfinite(z)


@njit
def truth(z):
    if z:
        return 1
    return 0


@njit
def zero_division(z):
    return z / 0j


@njit
def loop_sum(a):
    s = 0j
    for i in range(a.shape[0]):
        s += a[i] * a[i]
    return s


@njit
def mandel_steps(c, limit):
    z = 0j
    for k in range(limit):
        z = z * z + c
        if abs(z) > 2.0:
            return k
    return limit


@njit
def fill(n):
    out = np.empty(n, dtype=np.complex128)
    for i in range(n):
        out[i] = complex(i, -i) * 1j
    zs = np.zeros(n, dtype=np.complex64)
    os = np.ones((2, n), dtype=np.complex128)
    return out, zs, os


@njit
def store(a, z):
    a[1] = z
    a[2] = a[0] * z
    return a[1]


@njit
def elementwise(a, b):
    return a + b, a * b, a / b, -a, a * 2.5, a == b, a != b


@njit
def mixed_arrays(a, x):
    return a + x, x * a, a * (1 + 1j)


@njit
def array_functions(a):
    return np.exp(a), np.abs(a), np.real(a), np.imag(a), np.conj(a), np.sqrt(a), np.log(a)


@njit
def array_attributes(a):
    return a.real, a.imag, a.conjugate(), np.isnan(a), np.isfinite(a)


@njit
def real_array_parts(x):
    return x.real, x.imag


@njit
def astype(x):
    c = x.astype(np.complex128)
    return c, c * 1j


@njit
def returns_array(a):
    return a * 1j


@njit
def print_complex(z, a):
    print(z)
    print(a)
    print(z.real, z * 2)


@njit
def full_power(a):
    f = np.full(3, 1 - 2j)
    return f, a ** 2, a ** (0.5 + 0j), a.astype(np.complex64)


@njit
def reductions(a):
    return np.sum(a), np.prod(a), np.mean(a), a.sum(), a.prod(), a.mean(), sum(a)


@njit
def reductions_2d(m):
    return np.sum(m), m.mean(), np.prod(m.T)


@njit
def dots(a, b):
    return np.dot(a, b), np.vdot(a, b), a @ b


@njit
def accumulate(a, w):
    s = 0j
    for i in range(a.shape[0]):
        s += a[i] * w
    return s
