import numpy as np
from numba import njit


@njit
def identities(n):
    return np.identity(n), np.identity(n, dtype=np.int64), np.identity(n, np.bool_)


@njit
def eyes(n, m, k):
    return np.eye(n), np.eye(n, m), np.eye(n, m, k), np.eye(n, M=m, k=-k, dtype=np.int32), np.eye(n, None, 1)


@njit
def tris(n, m, k):
    return np.tri(n), np.tri(n, m), np.tri(n, m, k), np.tri(n, m, -k, dtype=np.int64)


@njit
def triangles(a, k):
    return np.tril(a), np.triu(a), np.tril(a, k), np.triu(a, -k), np.tril(a, -100), np.triu(a, k=100)


@njit
def diagonals(v, k):
    return np.diag(v), np.diag(v, k), np.diag(v, -k)


@njit
def diagonal_of(m, k):
    return np.diag(m), np.diag(m, k), np.diag(m, -k), np.diag(m, 50)


@njit
def eye_negative(n):
    return np.eye(n)


@njit
def tril_of_vector(v):
    return np.tril(v)


@njit
def from_tuples(x, n):
    return (np.array((1, 2, 3)), np.array((1.5, n, x)), np.array(((1, 2, 3), (4, 5, 6))), np.array((True, False)),
            np.array((1, 2), dtype=np.float32), np.asarray((x, x + 1.0)), np.array(((x, 0.0), (0.0, x)), np.int64))


@njit
def from_tuple_value(x):
    t = (x, 2 * x, 3 * x)
    m = (t, t)
    return np.array(t), np.array(m)


@njit
def from_arrays(a):
    b = np.asarray(a)
    c = np.array(a)
    c[0] = -99.0
    return b, c, np.asarray(a, dtype=np.int64), np.array(a, np.float32), a


@njit
def ragged(x):
    return np.array(((x, x), (x,)))


@njit
def limits():
    return (np.finfo(np.float64).eps, np.finfo(np.float64).max, np.finfo(np.float64).min, np.finfo(np.float64).tiny,
            np.finfo(np.float32).eps, np.finfo(np.float32).max, np.finfo(np.float32).tiny,
            np.iinfo(np.int64).max, np.iinfo(np.int64).min, np.iinfo(np.int32).max, np.iinfo(np.int8).min,
            np.iinfo(np.uint8).max, np.finfo(np.float64).bits)


@njit
def limits_of_values(a, n):
    return np.finfo(a).eps, np.iinfo(n).max


@njit
def iinfo_of_float():
    return np.iinfo(np.float64).max


@njit
def spaced(n):
    return (np.linspace(0.0, 1.0, n, endpoint=False), np.linspace(-2, 3, n, False),
            np.linspace(1.0, 2.0, n, endpoint=True), np.linspace(5.0, 5.0, n, endpoint=False))


@njit
def spaced_endpoint_at_run_time(n, e):
    return np.linspace(0.0, 1.0, n, endpoint=e)


@njit
def dtype_of(a, b):
    return (np.empty(a.shape, dtype=a.dtype).shape[0], np.zeros(3, dtype=b.dtype), a.astype(b.dtype),
            np.full(2, 7, a.dtype), np.ones_like(a, dtype=b.dtype), np.arange(4, dtype=b.dtype))


@njit
def dtype_values(a, b, n):
    # a dtype as a value of its own (Numba's dtype(...) type): held in variables, passed to a helper, used as dtype=
    d = a.dtype
    e = np.dtype('int16')
    return (np.zeros(n, dtype=d), np.ones(2, d) + 1, a.astype(b.dtype), b.astype(d), np.arange(n, dtype=e),
            np.full(2, 7, e), np.empty_like(b, dtype=d).itemsize, zeros_of(b.dtype, n))


@njit
def zeros_of(d, n):
    return np.zeros(n, d)


@njit
def dtypes_compared(a, b):
    return a.dtype == b.dtype  # Numba has no == on dtypes: a TypingError


@njit
def frombuffer_views(a, u):
    # np.frombuffer of C-contiguous arrays (Numba's buffers): flat views that write through
    f = np.frombuffer(a)
    f[0] = 100.0
    g = np.frombuffer(u, np.int64)
    g[-1] += 1
    return f, g, np.frombuffer(u, dtype=u.dtype).sum(), np.frombuffer(a[1:]).shape[0]


@njit
def float_ranges(start, stop, step):
    return np.arange(start, stop, step)


@njit
def likes_with_dtype(a, v, n):
    return (np.zeros_like(a, dtype=np.int32), np.full_like(a, v, dtype=np.float32), np.full_like(a, v, dtype=np.int64),
            np.full(n, v, dtype=np.int64), np.full(n, v, dtype=np.float32))
