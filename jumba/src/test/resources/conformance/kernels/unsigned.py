"""uint16, uint32 and uint64: arrays, scalars, literals, conversions and NumPy's and Numba's promotion rules."""
import numpy as np
from numba import njit

BIG = 10 ** 19
TOP = 2 ** 64 - 1


@njit
def elementwise(a, b):
    return a + b, a - b, a * b, a // b, a % b, a > b, a == b, np.maximum(a, b), np.minimum(a, b)


@njit
def elementwise_scalar(a):
    return a + 1, a * 3, a // 2, a > 1


@njit
def mixed_arrays(a, b):
    return a + b, a * b, a < b


@njit
def shifts(a):
    return a >> a[3], a << a[3], a & a[4], a | a[3], a ^ a[0], ~a


@njit
def loop_ops(a, b):
    n = a.shape[0]
    s = np.empty(n, a.dtype)
    q = np.empty(n, a.dtype)
    r = np.empty(n, a.dtype)
    lt = np.empty(n, np.bool_)
    for i in range(n):
        s[i] = a[i] + b[i]
        q[i] = a[i] // b[i]
        r[i] = a[i] % b[i]
        lt[i] = a[i] < b[i]
    return s, q, r, lt


@njit
def running_sum(a):
    s = a[0]
    for i in range(1, a.shape[0]):
        s += a[i]
    return s


@njit
def running_max(a):
    m = a[0]
    k = 0
    for i in range(a.shape[0]):
        if a[i] > m:
            m = a[i]
            k = i
    return m, k


@njit
def reductions(a):
    return a.sum(), a.min(), a.max(), a.argmin(), a.argmax(), a.mean(), np.prod(a)


@njit
def sorted_copy(a):
    return np.sort(a)


@njit
def scalar_ops(a, i, j):
    x = a[i]
    y = a[j]
    return x + y, x - y, x * y, x // y, x % y, x / y, x ** 2, x < y, x >= y, x == y


@njit
def mixed_scalar(a, i, k):
    x = a[i]
    return x + k, x - k, x // k, x / k, x < k, x == k


@njit
def with_float(a, i, f):
    x = a[i]
    return x + f, x * f, x < f


@njit
def negate(a, i):
    x = a[i]
    return -x, ~x, +x, abs(x)


@njit
def literal_big():
    x = 18446744073709551615
    y = 9223372036854775808
    return x, y, x // 3, x % 7, x > y, y + 1


@njit
def module_big():
    return BIG, BIG // 7, TOP - BIG


@njit
def to_unsigned(f):
    return np.uint64(f), np.uint32(f), np.uint16(f)


@njit
def to_uint64(f):
    return np.uint64(f)


@njit
def from_unsigned(a, i):
    x = a[i]
    return np.float64(x), np.float32(x), np.int64(x), np.uint16(x)


@njit
def astype_all(a):
    return a.astype(np.float64), a.astype(np.int64), a.astype(np.uint16), a.astype(np.uint64)


@njit
def created(n):
    return np.zeros(n, np.uint64), np.ones(n, dtype=np.uint32), np.full(n, 7, np.uint16), np.arange(n, dtype=np.uint64)


@njit
def store_scalar(a, v):
    a[0] = v
    a[1] = a[0] + a[2]
    return a


@njit
def intp_values(n):
    z = np.zeros(n, dtype=np.intp)
    for i in range(n):
        z[i] = np.intp(i * 3)
    return z, np.intp(7.9)


@njit
def print_unsigned(a):
    print(a[0], a)
    return a[0]


@njit
def uint64_arg(x):
    return x, x // 2, x > 1


@njit
def zero_division(a, i):
    x = a[i]
    return x // a[0]


@njit
def u64_with_i64_ufuncs(a, b, k):
    # NumPy's rule: uint64 with int64 (array or scalar) computes in float64, of the exact values
    return (np.add(a, b), np.subtract(a, b), np.multiply(a, b), np.divide(a, b), np.less(a, b), np.maximum(a, b),
            np.add(a, k), np.add(a[1], b), a / b, a < b, a == b)


@njit
def u64_with_i64_operators(a, b, k):
    return a + b, a - b, a * b, a // b, a + k, k - a, a[1] + b, b * a[0]
